package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.supervision.BarReason;
import cn.bjip.outlets.supervision.ComplianceService;
import cn.bjip.outlets.supervision.RectificationView;
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

/** Rectifications and revocations over HTTP. */
@Path("compliance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @EJB
    private ComplianceService compliance;

    /** Center staff and the office: every open rectification; outlet staff: their own ({@code ?mine=true}). */
    @GET
    @Path("rectifications")
    public List<RectificationView> list(@QueryParam("mine") boolean mine) {
        return mine ? compliance.mine() : compliance.open();
    }

    @POST
    @Path("outlets/{code}/rectifications")
    public Response open(@PathParam("code") String code, Reason reasons) {
        return Response.status(Response.Status.CREATED)
                .entity(compliance.open(code, reasons == null ? null : reasons.reason())).build();
    }

    @POST
    @Path("rectifications/{id}/answer")
    public RectificationView answer(@PathParam("id") long id, Reason measures) {
        return compliance.answer(id, measures == null ? null : measures.reason());
    }

    @POST
    @Path("rectifications/{id}/resolve")
    public RectificationView resolve(@PathParam("id") long id, Reason note) {
        return compliance.resolve(id, note == null ? null : note.reason());
    }

    @POST
    @Path("rectifications/{id}/disqualify")
    public RectificationView disqualify(@PathParam("id") long id, Reason note) {
        return compliance.disqualify(id, note == null ? null : note.reason());
    }

    public record Revocation(BarReason ground, String reason) {
    }

    @POST
    @Path("outlets/{code}/revoke")
    public Response revoke(@PathParam("code") String code, Revocation revocation) {
        compliance.revoke(code, revocation == null ? null : revocation.ground(), revocation == null ? null : revocation.reason());
        return Response.noContent().build();
    }
}
