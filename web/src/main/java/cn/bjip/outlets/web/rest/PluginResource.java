package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.plugin.FieldDraft;
import cn.bjip.outlets.plugin.PluginAdminService;
import cn.bjip.outlets.plugin.PluginStatus;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Plugin management over HTTP (P-3): state per network type and form versions. */
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PluginResource {

    @EJB
    private PluginAdminService admin;

    @GET
    public List<PluginStatus> overview() {
        return admin.overview();
    }

    @PUT
    @Path("{type}/enabled")
    public Response setEnabled(@PathParam("type") String type, boolean enabled) {
        admin.setEnabled(type, enabled);
        return Response.noContent().build();
    }

    @GET
    @Path("{type}/forms/{form}/versions")
    public List<RecordForm> history(@PathParam("type") String type, @PathParam("form") String form) {
        return admin.history(type, form);
    }

    @POST
    @Path("{type}/forms/{form}/versions")
    public Response revise(@PathParam("type") String type, @PathParam("form") String form, List<FieldDraft> drafts) {
        return Response.status(Response.Status.CREATED).entity(admin.reviseForm(type, form, drafts)).build();
    }
}
