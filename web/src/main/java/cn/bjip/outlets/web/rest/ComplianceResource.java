package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.supervision.BarReason;
import cn.bjip.outlets.supervision.ComplianceService;
import cn.bjip.outlets.supervision.Rectification;
import cn.bjip.outlets.supervision.RectificationState;
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
import java.time.LocalDate;
import java.util.List;

/** Rectifications and revocations over HTTP. */
@Path("compliance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @EJB
    private ComplianceService compliance;

    public record RectificationView(long id, String outletCode, RectificationState state, LocalDate openedOn,
                                    LocalDate deadline, String reasons, String measures, LocalDate closedOn,
                                    String closingNote) {
        static RectificationView of(Rectification r) {
            return new RectificationView(r.getId(), r.getOutlet().getCode(), r.getState(), r.getOpenedOn(),
                    r.getDeadline(), r.getReasons(), r.getMeasures(), r.getClosedOn(), r.getClosingNote());
        }
    }

    /** Center staff and the office: every open rectification; outlet staff: their own ({@code ?mine=true}). */
    @GET
    @Path("rectifications")
    public List<RectificationView> list(@QueryParam("mine") boolean mine) {
        return (mine ? compliance.mine() : compliance.open()).stream().map(RectificationView::of).toList();
    }

    @POST
    @Path("outlets/{code}/rectifications")
    public Response open(@PathParam("code") String code, Reason reasons) {
        return Response.status(Response.Status.CREATED)
                .entity(RectificationView.of(compliance.open(code, reasons == null ? null : reasons.reason()))).build();
    }

    @POST
    @Path("rectifications/{id}/answer")
    public RectificationView answer(@PathParam("id") long id, Reason measures) {
        return RectificationView.of(compliance.answer(id, measures == null ? null : measures.reason()));
    }

    @POST
    @Path("rectifications/{id}/resolve")
    public RectificationView resolve(@PathParam("id") long id, Reason note) {
        return RectificationView.of(compliance.resolve(id, note == null ? null : note.reason()));
    }

    @POST
    @Path("rectifications/{id}/disqualify")
    public RectificationView disqualify(@PathParam("id") long id, Reason note) {
        return RectificationView.of(compliance.disqualify(id, note == null ? null : note.reason()));
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
