package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.outlet.OutletRegistration;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.platform.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("outlets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutletResource {

    @EJB
    private OutletService outlets;

    @GET
    public PageResult<OutletView> page(@QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        return outlets.page(first, size);
    }

    @GET
    @Path("mine")
    public OutletView mine() {
        return outlets.myOutlet();
    }

    @POST
    public Response create(OutletRegistration registration, @Context UriInfo uri) {
        OutletView created = outlets.create(registration);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }
}
