package cn.bjip.outlets.web.export;

import cn.bjip.outlets.accreditation.Recommendation;
import cn.bjip.outlets.accreditation.RecommendationService;
import cn.bjip.outlets.audit.AuditFilter;
import cn.bjip.outlets.audit.AuditLine;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.PortalClock;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.MetricService;
import cn.bjip.outlets.record.RecordCheck;
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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one way out for the portal's Excel exports, for the pages and the API alike: each writes its workbook from the
 * services, which check the caller first, and is put in the audit trail (RS-5: who exported what).
 */
@RequestScoped
public class Exports {

    public static final String RECORDS_FILE = "service-records.xlsx";
    public static final String AUDIT_FILE = "audit-trail.csv";
    private static final String[] AUDIT_TITLES_ZH = {"序号", "时间", "操作人", "操作", "操作代码", "对象", "对象编号", "详情", "结果"};
    private static final String[] AUDIT_TITLES_EN = {"No.", "Time", "By", "Action", "Action code", "Object", "Object id",
        "Detail", "Result"};
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(PortalClock.BEIJING);

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
        audit.record("export.ledger", "Outlet", outletCode, year + "-Q" + quarter);
        LedgerWorkbook.write(ledger, after -> records.chunk(query, after, RecordService.MAX_CHUNK), records::latestForm, out);
    }

    /** The outlet's figures and records of a whole year. */
    public void writeYear(String outletCode, int year, OutputStream out) throws IOException {
        MetricReport figures = metrics.forOutlet(outletCode, ReportPeriod.year(year), null);
        RecordQuery query = RecordQuery.all().forOutlet(outletCode).between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        OutletView outlet = ledgers.ledger(outletCode, year, 1).outlet();
        audit.record("export.yearFigures", "Outlet", outletCode, String.valueOf(year));
        LedgerWorkbook.writeYear(outlet, year, figures, after -> records.chunk(query, after, RecordService.MAX_CHUNK),
                records::latestForm, out);
    }

    /** The records a list's filter chose, every field, in Chinese (as filed with the authorities). */
    public void writeRecords(RecordQuery query, OutputStream out) throws IOException {
        long total = records.page(query, 0, 0).total();
        audit.record("export.records", "ServiceRecord", query.outletCode() == null ? "*" : query.outletCode(), "共 " + total + " 条记录");
        List<String[]> filter = new ArrayList<>();
        filter.add(new String[] {"网点编码", query.outletCode() == null ? "全部" : query.outletCode()});
        filter.add(new String[] {"服务日期", (query.from() == null ? "" : query.from()) + " 至 " + (query.to() == null ? "" : query.to())});
        filter.add(new String[] {RecordCheck.label("serviceKind").zh(),
                query.serviceKind() == null ? "全部" : query.serviceKind().label().zh()});
        filter.add(new String[] {RecordCheck.label("formId").zh(), query.formId() == null ? "全部" : formTitle(query)});
        filter.add(new String[] {"摘要包含", query.text() == null ? "" : query.text()});
        filter.add(new String[] {"记录数", String.valueOf(total)});
        LedgerWorkbook.writeList(filter, after -> records.chunk(query, after, RecordService.MAX_CHUNK), records::latestForm, out);
    }

    /**
     * The audit entries {@code filter} chooses, newest first, as CSV (UTF-8 with a byte order mark, for Excel): actions
     * and objects in words of {@code locale}, the program's names beside them. The export is itself audited.
     */
    public void writeAudit(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
        boolean english = "en".equals(locale.getLanguage());
        audit.record("export.audit", "AuditTrail", "*", "共 " + auditTotal(filter) + " 条日志");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", english ? AUDIT_TITLES_EN : AUDIT_TITLES_ZH) + "\r\n");
        long before = Long.MAX_VALUE;
        for (List<AuditLine> chunk = audit.chunk(filter, before, PageResult.MAX_SIZE); !chunk.isEmpty();
             chunk = audit.chunk(filter, before, PageResult.MAX_SIZE)) {
            for (AuditLine line : chunk) {
                writer.write(String.join(",", Csv.cells(String.valueOf(line.seq()), AUDIT_TIME.format(line.at()), line.actor(),
                        line.actionName().in(locale), line.action(), line.entityName().in(locale), line.entityId(),
                        line.detail(), line.result().label().in(locale))) + "\r\n");
                before = line.seq();
            }
        }
        writer.flush();
    }

    /** The chosen form's Chinese title, found through a record it lists (the form id if it lists none). */
    private String formTitle(RecordQuery query) {
        return records.page(query, 0, 1).rows().stream().findFirst()
                .flatMap(r -> records.latestForm(r.networkType(), r.formId())).map(f -> f.title().zh()).orElse(query.formId());
    }

    private long auditTotal(AuditFilter filter) {
        return audit.find(filter, 0, 0).total();
    }

    /** Every outlet's ledger state of a quarter, with totals. */
    public void writeOverview(int year, int quarter, OutputStream out) throws IOException {
        List<LedgerService.OverviewLine> lines = ledgers.overviewWithTotals(year, quarter);
        audit.record("export.ledgerOverview", "Quarter", year + "-Q" + quarter, "共 " + lines.size() + " 个网点");
        OverviewWorkbook.write(year, quarter, lines, types::nameInChinese, out);
    }

    /** The national recommendation list of a year. */
    public void writeRecommendations(int year, OutputStream out) throws IOException {
        List<Recommendation> list = recommendations.list(year);
        audit.record("export.recommendations", "Year", String.valueOf(year), "共 " + list.size() + " 个网点");
        RecommendationWorkbook.write(year, list, types::nameInChinese, out);
    }

    public static String fileName(String outletCode, int year, int quarter) {
        return "ledger-" + outletCode + "-" + year + "-Q" + quarter + ".xlsx";
    }
}
