package cn.bjip.outlets.web.export;

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

/** Writes a quarter's ledger workbook from the services, for the page and the API alike. */
@RequestScoped
public class LedgerExport {

    @EJB
    private LedgerService ledgers;

    @EJB
    private RecordService records;

    @Inject
    private NetworkTypes types;

    @EJB
    private MetricService metrics;

    public void write(String outletCode, int year, int quarter, OutputStream out) throws IOException {
        Ledger ledger = ledgers.ledger(outletCode, year, quarter);
        var period = LedgerDue.quarter(year, quarter);
        RecordQuery query = RecordQuery.all().forOutlet(outletCode)
                .between(period.start(), period.endExclusive().minusDays(1));
        String type = ledger.outlet().networkType();
        LedgerWorkbook.write(ledger, after -> records.chunk(query, after, RecordService.MAX_CHUNK),
                form -> types.formTitleInChinese(type, form), out);
    }

    /** The outlet's figures and records of a whole year. */
    public void writeYear(String outletCode, int year, OutputStream out) throws IOException {
        MetricReport figures = metrics.forOutlet(outletCode, ReportPeriod.year(year), null);
        RecordQuery query = RecordQuery.all().forOutlet(outletCode).between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        OutletView outlet = ledgers.ledger(outletCode, year, 1).outlet();
        LedgerWorkbook.writeYear(outlet, year, figures, after -> records.chunk(query, after, RecordService.MAX_CHUNK),
                form -> types.formTitleInChinese(outlet.networkType(), form), out);
    }

    public static String fileName(String outletCode, int year, int quarter) {
        return "ledger-" + outletCode + "-" + year + "-Q" + quarter + ".xlsx";
    }
}
