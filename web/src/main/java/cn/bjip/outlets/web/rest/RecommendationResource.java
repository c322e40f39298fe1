package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.accreditation.Recommendation;
import cn.bjip.outlets.accreditation.RecommendationService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.web.export.RecommendationWorkbook;
import cn.bjip.outlets.web.export.Exports;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.List;

/** The office's national recommendation list over HTTP, and as an Excel workbook. */
@Path("recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @EJB
    private RecommendationService recommendations;

    @Inject
    private Exports export;

    public record RecommendationView(long id, int year, String outletCode, String outletName, String reason,
                                     Instant recommendedAt, String recommendedBy) {
        static RecommendationView of(Recommendation r) {
            return new RecommendationView(r.id(), r.year(), r.outlet().code(), r.outlet().nameZh(), r.reason(),
                    r.recommendedAt(), r.recommendedBy());
        }
    }

    public record NewRecommendation(int year, String outletCode, String reason) {
    }

    @GET
    public List<RecommendationView> list(@QueryParam("year") int year) {
        return recommendations.list(year).stream().map(RecommendationView::of).toList();
    }

    @POST
    public Response recommend(NewRecommendation recommendation) {
        if (recommendation == null) {
            throw new BusinessRuleViolation("request.bodyMissing", null);
        }
        return Response.status(Response.Status.CREATED).entity(RecommendationView.of(recommendations.recommend(
                recommendation.year(), recommendation.outletCode(), recommendation.reason()))).build();
    }

    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") long id) {
        recommendations.withdraw(id);
        return Response.noContent().build();
    }

    @GET
    @Path("export")
    @Produces(RecommendationWorkbook.MEDIA_TYPE)
    public Response export(@QueryParam("year") int year) {
        recommendations.list(year); // refuses before the download starts
        StreamingOutput body = out -> export.writeRecommendations(year, out);
        return Response.ok(body, RecommendationWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=national-recommendations-" + year + ".xlsx").build();
    }
}
