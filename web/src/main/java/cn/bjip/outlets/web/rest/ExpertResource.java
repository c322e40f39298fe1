package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.accreditation.Expert;
import cn.bjip.outlets.accreditation.ExpertReviewService;
import cn.bjip.outlets.accreditation.ItemScore;
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
import java.util.List;

/** The expert panel and score sheets over HTTP. */
@Path("experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertResource {

    @EJB
    private ExpertReviewService review;

    @GET
    public List<Expert> panel() {
        return review.panel();
    }

    @POST
    public Response register(NewExpert expert) {
        if (expert == null) {
            throw new BusinessRuleViolation("request.bodyMissing", null);
        }
        return Response.status(Response.Status.CREATED)
                .entity(review.register(new Expert(expert.username(), expert.name(), expert.affiliation()))).build();
    }

    public record NewExpert(String username, String name, String affiliation) {
    }

    /** The calling expert declares a conflict of interest: body {@code {"reason": "<institution>"}}. */
    @POST
    @Path("me/conflicts")
    public Expert declareConflict(Reason institution) {
        return review.declareConflict(institution == null ? null : institution.reason());
    }

    @GET
    @Path("sheets")
    public List<SheetView> mySheets() {
        return review.mySheets().stream().map(SheetView::of).toList();
    }

    @GET
    @Path("sheets/{id}")
    public SheetView sheet(@PathParam("id") long id) {
        return SheetView.of(review.sheet(id));
    }

    @PUT
    @Path("sheets/{id}")
    public SheetView score(@PathParam("id") long id, @QueryParam("version") long version, Scores scores) {
        if (scores == null) {
            throw new BusinessRuleViolation("request.bodyMissing", null);
        }
        return SheetView.of(review.score(id, version, scores.items() == null ? List.of() : scores.items(),
                scores.remarks(), scores.submit()));
    }

    public record Scores(List<ItemScore> items, String remarks, boolean submit) {
    }
}
