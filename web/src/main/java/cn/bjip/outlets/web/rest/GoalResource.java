package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.supervision.Goal;
import cn.bjip.outlets.supervision.GoalProgress;
import cn.bjip.outlets.supervision.GoalService;
import jakarta.ejb.EJB;
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
import java.math.BigDecimal;
import java.util.List;

/** Annual work goals and each outlet's progress toward them, over HTTP. */
@Path("goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource {

    @EJB
    private GoalService goals;

    public record ProgressView(String metricId, BigDecimal target, boolean ownTarget, BigDecimal actual, Integer percent) {
        static ProgressView of(GoalProgress p) {
            return new ProgressView(p.metric().id(), p.target(), p.ownTarget(), p.actual(), p.percent());
        }
    }

    /** A target as the API takes it. */
    public record GoalInput(Integer year, String networkType, String outletCode, String metricId, BigDecimal target) {
    }

    @GET
    public List<Goal> ofYear(@QueryParam("year") int year) {
        return goals.ofYear(year);
    }

    /** Sets a target: body {@code {"year":2027,"networkType":"library","outletCode":null,"metricId":"eventsHeld","target":12}}. */
    @POST
    public Response set(GoalInput goal) {
        if (goal == null) {
            throw new BusinessRuleViolation("request.bodyMissing", null);
        }
        return Response.status(Response.Status.CREATED).entity(goals.set(goal.year() == null ? 0 : goal.year(), goal.networkType(),
                goal.outletCode(), goal.metricId(), goal.target())).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        goals.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path("progress/{outlet}")
    public List<ProgressView> progress(@PathParam("outlet") String outlet, @QueryParam("year") int year) {
        return goals.progress(outlet, year).stream().map(ProgressView::of).toList();
    }
}
