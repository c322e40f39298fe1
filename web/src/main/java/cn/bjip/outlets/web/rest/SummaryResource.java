package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.DocumentView;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.supervision.LedgerService;
import cn.bjip.outlets.supervision.SummaryService;
import cn.bjip.outlets.supervision.SummaryStatus;
import cn.bjip.outlets.supervision.YearEndSummary;
import cn.bjip.outlets.web.export.Exports;
import cn.bjip.outlets.web.export.LedgerWorkbook;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/** Year-end work summaries over HTTP. */
@Path("summaries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @EJB
    private SummaryService summaries;

    @EJB
    private LedgerService ledgers;

    @Inject
    private Exports export;

    public record Sections(String achievements, String problems, String plans) {
    }

    @GET
    @Path("mine/{year}")
    public YearEndSummary mine(@PathParam("year") int year) {
        return summaries.mine(year);
    }

    @PUT
    @Path("mine/{year}")
    public YearEndSummary save(@PathParam("year") int year, Sections sections) {
        Sections s = sections == null ? new Sections(null, null, null) : sections;
        return summaries.save(year, s.achievements(), s.problems(), s.plans());
    }

    @POST
    @Path("mine/{year}/submit")
    public YearEndSummary submit(@PathParam("year") int year, Sections sections) {
        Sections s = sections == null ? new Sections(null, null, null) : sections;
        return summaries.submit(year, s.achievements(), s.problems(), s.plans());
    }

    /** An outlet's figures and records of a whole year as an Excel workbook, to go with its summary. */
    @GET
    @Path("figures/{outlet}/{year}")
    @Produces(LedgerWorkbook.MEDIA_TYPE)
    public Response figures(@PathParam("outlet") String outlet, @PathParam("year") int year) {
        ledgers.ledger(outlet, year, 1); // refuses before the download starts
        StreamingOutput body = out -> export.writeYear(outlet, year, out);
        return Response.ok(body, LedgerWorkbook.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=figures-" + outlet + "-" + year + ".xlsx").build();
    }

    /** Attaches a document (the raw bytes as the body, the file name in {@code name}) to the caller's summary. */
    @POST
    @Path("mine/{year}/documents")
    @Consumes({UploadTypes.BINARY, UploadTypes.PDF, UploadTypes.PNG, UploadTypes.JPEG, UploadTypes.DOCX, UploadTypes.XLSX,
            UploadTypes.PPTX, UploadTypes.DOC, UploadTypes.XLS, UploadTypes.PPT})
    public Response attach(@PathParam("year") int year, @QueryParam("name") String name, byte[] bytes) {
        return Response.status(Response.Status.CREATED)
                .entity(summaries.attach(year, name, bytes)).build();
    }

    /** An outlet's attachments of a year: for its own staff, center staff and the office. */
    @GET
    @Path("{outlet}/{year}/documents")
    public List<DocumentView> documentsOf(@PathParam("outlet") String outlet, @PathParam("year") int year) {
        return summaries.documentsOf(outlet, year);
    }

    @GET
    @Path("documents/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id) {
        return Downloads.attachment(summaries.download(id));
    }

    @GET
    @Path("mine/{year}/documents")
    public List<DocumentView> documents(@PathParam("year") int year) {
        return summaries.documents(year);
    }

    @GET
    @Path("overview/{year}")
    public PageResult<SummaryStatus> overview(@PathParam("year") int year, @QueryParam("first") @DefaultValue("0") int first,
                                              @QueryParam("size") @DefaultValue("50") int size) {
        return summaries.overview(year, first, size);
    }
}
