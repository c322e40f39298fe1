package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.outlet.ChangeFiling;
import cn.bjip.outlets.outlet.ChangeFilingService;
import cn.bjip.outlets.outlet.InstitutionProfile;
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
import java.util.List;

/** Filed changes of outlet details over HTTP. */
@Path("changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChangeResource {

    @EJB
    private ChangeFilingService changes;

    /** Outlet staff: their outlet's filings; center and office: those waiting, or one outlet's with {@code ?outlet=}. */
    @GET
    public List<ChangeFiling> list(@QueryParam("outlet") String outlet, @QueryParam("mine") boolean mine) {
        return mine ? changes.myHistory() : outlet != null ? changes.historyOf(outlet) : changes.waiting();
    }

    @POST
    public Response file(InstitutionProfile details) {
        return Response.status(Response.Status.CREATED).entity(changes.file(details)).build();
    }

    @POST
    @Path("{id}/approve")
    public ChangeFiling approve(@PathParam("id") long id, Reason note) {
        return changes.approve(id, note == null ? null : note.reason());
    }

    @POST
    @Path("{id}/reject")
    public ChangeFiling reject(@PathParam("id") long id, Reason note) {
        return changes.reject(id, note == null ? null : note.reason());
    }
}
