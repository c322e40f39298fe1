package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.outlet.ChangeFilingService;
import cn.bjip.outlets.outlet.OutletChange;
import cn.bjip.outlets.outlet.OutletDetails;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Filed changes of outlet details over HTTP. */
@Path("changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChangeResource {

    @EJB
    private ChangeFilingService changes;

    public record ChangeView(long id, String outletCode, OutletChange.State state, OutletDetails details, String changes,
                             Instant filedAt, String filedBy, Instant decidedAt, String decidedBy, String decisionNote) {
        static ChangeView of(OutletChange c) {
            return new ChangeView(c.getId(), c.getOutlet().getCode(), c.getState(), c.getDetails(), c.getPrevious(),
                    c.getFiledAt(), c.getFiledBy(), c.getDecidedAt(), c.getDecidedBy(), c.getDecisionNote());
        }
    }

    /** Outlet staff: their outlet's filings; center and office: those waiting, or one outlet's with {@code ?outlet=}. */
    @GET
    public List<ChangeView> list(@QueryParam("outlet") String outlet, @QueryParam("mine") boolean mine) {
        List<OutletChange> found = mine ? changes.myHistory() : outlet != null ? changes.historyOf(outlet) : changes.waiting();
        return found.stream().map(ChangeView::of).toList();
    }

    @POST
    public Response file(OutletDetails details) {
        return Response.status(Response.Status.CREATED).entity(ChangeView.of(changes.file(details))).build();
    }

    @POST
    @Path("{id}/approve")
    public ChangeView approve(@PathParam("id") long id, Reason note) {
        return ChangeView.of(changes.approve(id, note == null ? null : note.reason()));
    }

    @POST
    @Path("{id}/reject")
    public ChangeView reject(@PathParam("id") long id, Reason note) {
        return ChangeView.of(changes.reject(id, note == null ? null : note.reason()));
    }
}
