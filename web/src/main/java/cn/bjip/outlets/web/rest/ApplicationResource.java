package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.accreditation.ApplicationContent;
import cn.bjip.outlets.accreditation.ApplicationService;
import cn.bjip.outlets.accreditation.ApplicationView;
import cn.bjip.outlets.accreditation.DecisionService;
import cn.bjip.outlets.accreditation.ExpertReviewService;
import cn.bjip.outlets.accreditation.SheetView;
import cn.bjip.outlets.accreditation.Transition;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.DocumentView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Applications over HTTP: drafting, documents, review, experts and decisions. The services decide who may. */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @EJB
    private ApplicationService applications;

    @EJB
    private ExpertReviewService review;

    @EJB
    private DecisionService decisions;

    @Context
    private HttpHeaders headers;

    @GET
    public List<ApplicationView> mine() {
        return applications.mine();
    }

    @POST
    public Response start(@QueryParam("round") long round, ApplicationContent content, @Context UriInfo uri) {
        return created(applications.start(round, content), uri);
    }

    @POST
    @Path("renewal")
    public Response renew(@QueryParam("round") long round, @Context UriInfo uri) {
        return created(applications.startRenewal(round), uri);
    }

    private Response created(ApplicationView application, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("applications").path(String.valueOf(application.id())).build())
                .entity(application).build();
    }

    @GET
    @Path("{id}")
    public ApplicationView find(@PathParam("id") long id) {
        return applications.find(id);
    }

    @PUT
    @Path("{id}")
    public ApplicationView save(@PathParam("id") long id, @QueryParam("version") long version, ApplicationContent content) {
        return applications.save(id, version, content);
    }

    @POST
    @Path("{id}/submit")
    public ApplicationView submit(@PathParam("id") long id, @QueryParam("version") long version) {
        return applications.submit(id, version);
    }

    /** What is still missing against Art. 4, in the caller's language. */
    @GET
    @Path("{id}/eligibility")
    public ErrorBody eligibility(@PathParam("id") long id) {
        List<BusinessRuleViolation> gaps = applications.eligibility(id);
        return new ErrorBody(gaps.stream().map(g -> new ErrorBody.FieldError(g.field(),
                g.message(RefusalMappers.locale(headers)))).toList());
    }

    @GET
    @Path("{id}/history")
    public List<Transition> history(@PathParam("id") long id) {
        return applications.history(id);
    }

    @POST
    @Path("{id}/pass")
    public ApplicationView pass(@PathParam("id") long id, Reason reason) {
        return applications.pass(id, reason == null ? null : reason.reason());
    }

    @POST
    @Path("{id}/return")
    public ApplicationView returnToApplicant(@PathParam("id") long id, Reason reason) {
        return applications.returnToApplicant(id, reason == null ? null : reason.reason());
    }

    @POST
    @Path("{id}/accredit")
    public ApplicationView accredit(@PathParam("id") long id, Reason reason) {
        return decisions.accredit(id, reason == null ? null : reason.reason());
    }

    @POST
    @Path("{id}/reject")
    public ApplicationView reject(@PathParam("id") long id, Reason reason) {
        return decisions.reject(id, reason == null ? null : reason.reason());
    }

    /** Assigns an expert: body {@code {"expert": "<username>"}}. */
    @POST
    @Path("{id}/sheets")
    public Response assign(@PathParam("id") long id, Assignment assignment, @Context UriInfo uri) {
        SheetView sheet = review.assign(id, assignment == null ? null : assignment.expert());
        return Response.created(uri.getBaseUriBuilder().path("experts/sheets").path(String.valueOf(sheet.id())).build())
                .entity(sheet).build();
    }

    public record Assignment(String expert) {
    }

    @GET
    @Path("{id}/sheets")
    public List<SheetView> sheets(@PathParam("id") long id) {
        return review.sheetsOf(id);
    }

    @GET
    @Path("{id}/documents")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return applications.documents(id);
    }

    /** Uploads a document: the raw bytes as the body, the file name in the {@code name} query parameter. */
    @POST
    @Path("{id}/documents")
    @Consumes({UploadTypes.BINARY, UploadTypes.PDF, UploadTypes.PNG, UploadTypes.JPEG, UploadTypes.DOCX, UploadTypes.XLSX,
            UploadTypes.PPTX, UploadTypes.DOC, UploadTypes.XLS, UploadTypes.PPT})
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name, byte[] bytes,
                           @Context UriInfo uri) {
        DocumentView document = applications.addDocument(id, name, bytes);
        return Response.created(uri.getBaseUriBuilder().path("applications/documents").path(String.valueOf(document.id())).build())
                .entity(document).build();
    }

    @GET
    @Path("documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("documentId") long documentId) {
        return Downloads.attachment(applications.download(documentId));
    }

    @DELETE
    @Path("documents/{documentId}")
    public Response remove(@PathParam("documentId") long documentId) {
        applications.removeDocument(documentId);
        return Response.noContent().build();
    }
}
