package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.accreditation.ExpertReviewService;
import cn.bjip.outlets.accreditation.ItemScore;
import cn.bjip.outlets.accreditation.NewExpert;
import cn.bjip.outlets.accreditation.PanelExpert;
import cn.bjip.outlets.accreditation.SheetView;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** The expert panel and score sheets over HTTP. */
@Path("experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertResource {

    @EJB
    private ExpertReviewService review;

    @GET
    public List<PanelExpert> panel() {
        return review.panel();
    }

    @POST
    public Response register(NewExpert expert) {
        if (expert == null) {
            throw new BusinessRuleViolation("request.bodyMissing", null);
        }
        return Response.status(Response.Status.CREATED).entity(review.register(expert)).build();
    }

    /** The calling expert declares a conflict of interest: body {@code {"reason": "<institution>"}}. */
    @POST
    @Path("me/conflicts")
    public PanelExpert declareConflict(Reason institution) {
        return review.declareConflict(institution == null ? null : institution.reason());
    }

    @GET
    @Path("sheets")
    public List<SheetView> mySheets() {
        return review.mySheets();
    }

    @GET
    @Path("sheets/{id}")
    public SheetView sheet(@PathParam("id") long id) {
        return review.sheet(id);
    }

    @PUT
    @Path("sheets/{id}")
    public SheetView score(@PathParam("id") long id, @QueryParam("version") long version, Scores scores) {
        if (scores == null) {
            throw new BusinessRuleViolation("request.bodyMissing", null);
        }
        List<ItemScore> items = new ArrayList<>();
        for (Score score : scores.items() == null ? List.<Score>of() : scores.items()) {
            if (score == null || score.score() == null) {
                throw new BusinessRuleViolation("sheet.score.missing", "items[" + items.size() + "].score",
                        score == null ? "" : String.valueOf(score.itemKey()));
            }
            items.add(new ItemScore(score.itemKey(), score.score(), score.comment()));
        }
        return review.score(id, version, items, scores.remarks(), Boolean.TRUE.equals(scores.submit()));
    }

    /** One rubric item's score as the API takes it. */
    public record Score(String itemKey, Integer score, String comment) {
    }

    public record Scores(List<Score> items, String remarks, Boolean submit) {
    }
}
