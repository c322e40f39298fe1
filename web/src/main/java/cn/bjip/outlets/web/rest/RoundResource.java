package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.accreditation.ApplicationService;
import cn.bjip.outlets.accreditation.ApplicationState;
import cn.bjip.outlets.accreditation.ApplicationView;
import cn.bjip.outlets.accreditation.DecisionService;
import cn.bjip.outlets.accreditation.RoundDraft;
import cn.bjip.outlets.accreditation.RoundService;
import cn.bjip.outlets.accreditation.RoundView;
import cn.bjip.outlets.platform.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Accreditation rounds over HTTP; who may do what is decided by the services. */
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResource {

    @EJB
    private RoundService rounds;

    @EJB
    private ApplicationService applications;

    @EJB
    private DecisionService decisions;

    @GET
    public List<RoundView> all() {
        return rounds.all();
    }

    @POST
    public Response open(RoundDraft draft, @Context UriInfo uri) {
        RoundView opened = rounds.open(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build())
                .entity(opened).build();
    }

    @GET
    @Path("{id}")
    public RoundView find(@PathParam("id") long id) {
        return rounds.find(id);
    }

    @POST
    @Path("{id}/close-scoring")
    public RoundView closeScoring(@PathParam("id") long id) {
        return rounds.closeScoring(id);
    }

    @GET
    @Path("{id}/applications")
    public PageResult<ApplicationView> applications(@PathParam("id") long id, @QueryParam("state") ApplicationState state,
                                                    @QueryParam("first") @DefaultValue("0") int first,
                                                    @QueryParam("size") @DefaultValue("50") int size) {
        return applications.inRound(id, state, first, size);
    }

    /** The scored applications by rank, proposed ones marked: the proposed list (建议名单). */
    @GET
    @Path("{id}/ranking")
    public List<ApplicationView> ranking(@PathParam("id") long id) {
        return decisions.ranking(id);
    }
}
