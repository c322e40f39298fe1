package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.supervision.NoticeDraft;
import cn.bjip.outlets.supervision.NoticeService;
import cn.bjip.outlets.supervision.PublishedNotice;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Notices to outlets: {@code GET ?mine=true} for outlet staff, all of them for the center and the office. */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @EJB
    private NoticeService notices;

    @GET
    public PageResult<PublishedNotice> list(@QueryParam("mine") boolean mine, @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return mine ? notices.mine(first, size) : notices.all(first, size);
    }

    @POST
    public Response publish(NoticeDraft draft) {
        return Response.status(Response.Status.CREATED).entity(notices.publish(draft)).build();
    }
}
