package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.Idempotency;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.record.ImportReport;
import cn.bjip.outlets.record.ImportTemplate;
import cn.bjip.outlets.record.RecordCursor;
import cn.bjip.outlets.record.RecordImportService;
import cn.bjip.outlets.record.RecordInput;
import cn.bjip.outlets.record.RecordQuery;
import cn.bjip.outlets.record.RecordService;
import cn.bjip.outlets.record.RecordView;
import cn.bjip.outlets.record.ServiceKind;
import cn.bjip.outlets.web.export.Exports;
import cn.bjip.outlets.web.export.ImportTemplateFiles;
import cn.bjip.outlets.web.export.LedgerWorkbook;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Service records over HTTP. Who may see or change which record is decided by {@link RecordService} alone. */
@Path("records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordResource {

    @EJB
    private RecordService records;

    @EJB
    private RecordImportService imports;

    @Inject
    private Exports exports;

    /**
     * A page of records, newest service date first: {@code first} and {@code size} for any page, or, to page on through
     * a long list, {@code after} = the last row's {@code serviceDate}_{@code id} (e.g. {@code 2026-05-01_12345}).
     */
    @GET
    public PageResult<RecordView> page(@QueryParam("outlet") String outlet, @QueryParam("form") String form,
                                       @QueryParam("kind") ServiceKind kind, @QueryParam("from") LocalDate from,
                                       @QueryParam("to") LocalDate to, @QueryParam("q") String text,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("50") int size,
                                       @QueryParam("after") String after) {
        RecordQuery query = query(outlet, form, kind, from, to, text);
        if (after == null) {
            return records.page(query, first, size);
        }
        if (first != 0) {
            throw new BusinessRuleViolation("record.cursorFirst", "first");
        }
        return records.pageAfter(query, RecordCursor.parse(after), size);
    }

    /** Exactly the records the same filter lists, as an Excel workbook: a sheet per form with all its fields. */
    @GET
    @Path("export")
    @Produces(LedgerWorkbook.MEDIA_TYPE)
    public Response export(@QueryParam("outlet") String outlet, @QueryParam("form") String form,
                           @QueryParam("kind") ServiceKind kind, @QueryParam("from") LocalDate from,
                           @QueryParam("to") LocalDate to, @QueryParam("q") String text) {
        RecordQuery query = query(outlet, form, kind, from, to, text);
        records.page(query, 0, 0); // refuses before the download starts
        StreamingOutput body = out -> exports.writeRecords(query, out);
        return Response.ok(body, LedgerWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=" + Exports.RECORDS_FILE).build();
    }

    private static RecordQuery query(String outlet, String form, ServiceKind kind, LocalDate from, LocalDate to, String text) {
        return RecordQuery.all().forOutlet(outlet).withForm(form).withKind(kind).between(from, to).containing(text);
    }

    @GET
    @Path("forms")
    public List<RecordForm> forms() {
        return records.formsForNewRecords();
    }

    /** The import template of a form, as .xlsx ({@code ?format=xlsx}, the default) or CSV, in the caller's language. */
    @GET
    @Path("forms/{form}/template")
    @Produces({ImportTemplateFiles.XLSX, UploadTypes.CSV, MediaType.APPLICATION_JSON})
    public Response template(@PathParam("form") String form, @QueryParam("format") @DefaultValue("xlsx") String format,
                             @Context HttpHeaders headers) throws IOException {
        Locale locale = RefusalMappers.locale(headers);
        ImportTemplate template = imports.template(form);
        boolean csv = switch (format) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw new BusinessRuleViolation("download.format", "format", format);
        };
        byte[] file = csv ? ImportTemplateFiles.csv(template, locale) : ImportTemplateFiles.xlsx(template, locale);
        String name = URLEncoder.encode(ImportTemplateFiles.fileName(template, locale, format), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(file, csv ? ImportTemplateFiles.CSV : ImportTemplateFiles.XLSX)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public RecordView find(@PathParam("id") long id) {
        return records.find(id);
    }

    /** The form in the version the record was entered with: how to show it, retired fields included. */
    @GET
    @Path("{id: [0-9]+}/form")
    public RecordForm formOf(@PathParam("id") long id) {
        return records.formOf(id);
    }

    /**
     * Imports records from a CSV or Excel file (the raw bytes as the body): {@code ?store=false} checks only;
     * {@code store=true} stores them, and if some rows are invalid, only with {@code acceptValidRows=true}. Sent again
     * with the same {@code Idempotency-Key} and file, stores only what the first attempt did not, and answers the same.
     */
    @POST
    @Path("import")
    @Consumes({UploadTypes.CSV, UploadTypes.XLSX, UploadTypes.BINARY})
    public ImportReport importRecords(@QueryParam("name") String name, @QueryParam("store") boolean store,
                                      @QueryParam("acceptValidRows") boolean acceptValidRows, byte[] file,
                                      @HeaderParam(Idempotency.HEADER) String key, @Context HttpHeaders headers) {
        Locale locale = RefusalMappers.locale(headers);
        return store ? imports.store(name, file, acceptValidRows, key, locale, done -> { })
                : imports.check(name, file, locale);
    }

    /** A new record of the caller's outlet; a retry with the same {@code Idempotency-Key} answers the first record again. */
    @POST
    public Response create(RecordInput input, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        RecordView created = records.create(input, key);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    public RecordView update(@PathParam("id") long id, @QueryParam("version") long version, RecordInput input) {
        return records.update(id, version, input);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") long version) {
        records.delete(id, version);
        return Response.noContent().build();
    }
}
