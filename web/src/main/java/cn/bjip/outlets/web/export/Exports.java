package cn.bjip.outlets.web.export;

import cn.bjip.outlets.accreditation.Recommendation;
import cn.bjip.outlets.accreditation.RecommendationService;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.MetricService;
import cn.bjip.outlets.record.RecordQuery;
import cn.bjip.outlets.record.RecordService;
import cn.bjip.outlets.record.ReportPeriod;
import cn.bjip.outlets.supervision.Ledger;
import cn.bjip.outlets.supervision.LedgerDue;
import cn.bjip.outlets.supervision.LedgerService;
import cn.bjip.outlets.web.view.NetworkTypes;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The one way out for the portal's Excel exports, for the pages and the API alike: each writes its workbook from the
 * services, which check the caller first, and is put in the audit trail (RS-5: who exported what).
 */
@RequestScoped
public class Exports {

    @EJB
    private LedgerService ledgers;

    @EJB
    private RecordService records;

    @Inject
    private NetworkTypes types;

    @EJB
    private MetricService metrics;

    @EJB
    private RecommendationService recommendations;

    @EJB
    private AuditService audit;

    public void write(String outletCode, int year, int quarter, OutputStream out) throws IOException {
        Ledger ledger = ledgers.ledger(outletCode, year, quarter);
        var period = LedgerDue.quarter(year, quarter);
        RecordQuery query = RecordQuery.all().forOutlet(outletCode)
                .between(period.start(), period.endExclusive().minusDays(1));
        String type = ledger.outlet().networkType();
        audit.record("export.ledger", "Outlet", outletCode, year + "-Q" + quarter);
        LedgerWorkbook.write(ledger, after -> records.chunk(query, after, RecordService.MAX_CHUNK),
                form -> types.formTitleInChinese(type, form), out);
    }

    /** The outlet's figures and records of a whole year. */
    public void writeYear(String outletCode, int year, OutputStream out) throws IOException {
        MetricReport figures = metrics.forOutlet(outletCode, ReportPeriod.year(year), null);
        RecordQuery query = RecordQuery.all().forOutlet(outletCode).between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        OutletView outlet = ledgers.ledger(outletCode, year, 1).outlet();
        audit.record("export.yearFigures", "Outlet", outletCode, String.valueOf(year));
        LedgerWorkbook.writeYear(outlet, year, figures, after -> records.chunk(query, after, RecordService.MAX_CHUNK),
                form -> types.formTitleInChinese(outlet.networkType(), form), out);
    }

    /** Every outlet's ledger state of a quarter, with totals. */
    public void writeOverview(int year, int quarter, OutputStream out) throws IOException {
        List<LedgerService.OverviewLine> lines = ledgers.overviewWithTotals(year, quarter);
        audit.record("export.ledgerOverview", "Quarter", year + "-Q" + quarter, lines.size() + " lines");
        OverviewWorkbook.write(year, quarter, lines, types::nameInChinese, out);
    }

    /** The national recommendation list of a year. */
    public void writeRecommendations(int year, OutputStream out) throws IOException {
        List<Recommendation> list = recommendations.list(year);
        audit.record("export.recommendations", "Year", String.valueOf(year), list.size() + " outlets");
        RecommendationWorkbook.write(year, list, types::nameInChinese, out);
    }

    public static String fileName(String outletCode, int year, int quarter) {
        return "ledger-" + outletCode + "-" + year + "-Q" + quarter + ".xlsx";
    }
}
