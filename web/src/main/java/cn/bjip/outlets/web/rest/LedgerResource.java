package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.supervision.Ledger;
import cn.bjip.outlets.supervision.LedgerService;
import cn.bjip.outlets.supervision.LedgerState;
import cn.bjip.outlets.supervision.LedgerStatus;
import cn.bjip.outlets.web.export.Exports;
import cn.bjip.outlets.web.export.LedgerWorkbook;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Quarterly work ledgers over HTTP: {@code /api/ledgers/{outlet}/{year}/{quarter}} and the overview. */
@Path("ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @EJB
    private LedgerService ledgers;

    @Inject
    private Exports export;

    /** A ledger's figures as plain numbers: records and beneficiaries per service kind, and each plugin metric. */
    public record LedgerView(String outletCode, int year, int quarter, LedgerState state, LocalDate dueOn, boolean overdue,
                             boolean quarterOver, String remarks, Instant submittedAt, int daysLate, String submittedBy,
                             String reopenReason, long records, long beneficiaries, Map<String, Long> recordsByKind,
                             Map<String, BigDecimal> metrics) {
        static LedgerView of(Ledger l) {
            Map<String, Long> byKind = new LinkedHashMap<>();
            l.figures().byServiceKind().forEach(k -> byKind.put(k.kind().name(), k.records()));
            Map<String, BigDecimal> metrics = new LinkedHashMap<>();
            l.figures().metrics().forEach(f -> metrics.put(f.metric().id(), f.value()));
            return new LedgerView(l.outlet().code(), l.year(), l.quarter(), l.state(), l.dueOn(), l.overdue(),
                    l.quarterOver(), l.remarks(), l.submittedAt(), l.daysLate(), l.submittedBy(), l.reopenReason(),
                    l.figures().records(), l.figures().beneficiaries(), byKind, metrics);
        }
    }

    @GET
    @Path("{outlet}/{year}/{quarter}")
    public LedgerView ledger(@PathParam("outlet") String outlet, @PathParam("year") int year,
                             @PathParam("quarter") int quarter) {
        return LedgerView.of(ledgers.ledger(outlet, year, quarter));
    }

    /** The caller's outlet submits: body {@code {"reason": "<remarks>"}}. */
    @POST
    @Path("mine/{year}/{quarter}/submit")
    public LedgerView submit(@PathParam("year") int year, @PathParam("quarter") int quarter, Reason remarks) {
        return LedgerView.of(ledgers.submit(year, quarter, remarks == null ? null : remarks.reason()));
    }

    @POST
    @Path("{outlet}/{year}/{quarter}/reopen")
    public LedgerView reopen(@PathParam("outlet") String outlet, @PathParam("year") int year,
                             @PathParam("quarter") int quarter, Reason reason) {
        return LedgerView.of(ledgers.reopen(outlet, year, quarter, reason == null ? null : reason.reason()));
    }

    /** The ledger as an Excel workbook: the figures, then every record of the quarter (streamed). */
    @GET
    @Path("{outlet}/{year}/{quarter}/export")
    @Produces(LedgerWorkbook.MEDIA_TYPE)
    public Response export(@PathParam("outlet") String outlet, @PathParam("year") int year, @PathParam("quarter") int quarter) {
        ledgers.ledger(outlet, year, quarter); // refuses before the download starts
        StreamingOutput body = out -> export.write(outlet, year, quarter, out);
        return Response.ok(body, LedgerWorkbook.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=" + Exports.fileName(outlet, year, quarter)).build();
    }

    /** The quarter's overview of every outlet as an Excel workbook, for the office. */
    @GET
    @Path("overview/{year}/{quarter}/export")
    @Produces(LedgerWorkbook.MEDIA_TYPE)
    public Response exportOverview(@PathParam("year") int year, @PathParam("quarter") int quarter) {
        ledgers.overviewWithTotals(year, quarter); // refuses before the download starts
        StreamingOutput body = out -> export.writeOverview(year, quarter, out);
        return Response.ok(body, LedgerWorkbook.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=ledger-overview-" + year + "-Q" + quarter + ".xlsx").build();
    }

    @GET
    @Path("overview/{year}/{quarter}")
    public PageResult<LedgerStatus> overview(@PathParam("year") int year, @PathParam("quarter") int quarter,
                                             @QueryParam("first") @DefaultValue("0") int first,
                                             @QueryParam("size") @DefaultValue("50") int size) {
        return ledgers.overview(year, quarter, first, size);
    }
}
