package cn.bjip.outlets.web.export;

import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.RecordForm;
import cn.bjip.outlets.record.FieldWords;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.RecordCheck;
import cn.bjip.outlets.record.RecordCursor;
import cn.bjip.outlets.record.RecordView;
import cn.bjip.outlets.supervision.Ledger;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A quarterly ledger as an .xlsx workbook: the figures on the first sheet, the quarter's service records
 * on a sheet per form, with every field of the form. Streaming: the records are read chunk by chunk and at most {@link #ROWS_IN_MEMORY} rows are held in
 * memory, so that an outlet with tens of thousands of records exports in bounded memory.
 */
public final class LedgerWorkbook {

    public static final String MEDIA_TYPE = RecommendationWorkbook.MEDIA_TYPE;
    static final int ROWS_IN_MEMORY = 200;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String[] RECORD_HEADERS = Stream.concat(Stream.of("serviceDate", "serviceKind", "formId", "ipFields",
            "beneficiaryKind", "beneficiaryCount", "charged", "feeAmount", "summary").map(key -> RecordCheck.label(key).zh()),
            Stream.of("登记人")).toArray(String[]::new);

    private LedgerWorkbook() {
    }

    /**
     * Writes a quarter's ledger; {@code chunkAfter} gives the records after a position in service date order (null:
     * from the first; empty when there are no more), {@code forms} a record's form.
     */
    public static void write(Ledger ledger, Function<RecordCursor, List<RecordView>> chunkAfter, FormLookup forms,
                             OutputStream out) throws IOException {
        write("台账", ledger.year() + " 年第 " + ledger.quarter() + " 季度工作台账", List.of(
                new String[] {"网点编码", ledger.outlet().code()}, new String[] {"网点名称", ledger.outlet().nameZh()},
                new String[] {"状态", ledger.state().label().in(ZH)}, new String[] {"报送期限", String.valueOf(ledger.dueOn())},
                new String[] {"备注", ledger.remarks() == null ? "" : ledger.remarks()}),
                ledger.figures(), chunkAfter, forms, out);
    }

    /** Writes a year's figures and records of an outlet (the annual figures that go with the year-end summary). */
    public static void writeYear(OutletView outlet, int year, MetricReport figures, Function<RecordCursor, List<RecordView>> chunkAfter,
                                 FormLookup forms, OutputStream out) throws IOException {
        write("年度数据", year + " 年度服务数据", List.of(new String[] {"网点编码", outlet.code()},
                new String[] {"网点名称", outlet.nameZh()}, new String[] {"年度", String.valueOf(year)}),
                figures, chunkAfter, forms, out);
    }

    /** Writes the records a list's filter chose: the filter on the first sheet, the records on a sheet per form. */
    public static void writeList(List<String[]> filter, Function<RecordCursor, List<RecordView>> chunkAfter, FormLookup forms,
                                 OutputStream out) throws IOException {
        write("筛选条件", "服务记录导出", filter, null, chunkAfter, forms, out);
    }

    private static void write(String sheetName, String heading, List<String[]> facts, MetricReport figures,
                              Function<RecordCursor, List<RecordView>> chunkAfter, FormLookup forms,
                              OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet first = workbook.createSheet(sheetName);
            if (figures == null) {
                facts(first, heading, facts, bold);
            } else {
                figures(first, heading, facts, figures, bold);
            }
            records(workbook, chunkAfter, forms, bold);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static int facts(Sheet sheet, String heading, List<String[]> facts, CellStyle bold) {
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(heading);
        title.getCell(0).setCellStyle(bold);
        for (String[] fact : facts) {
            r = pair(sheet, r, fact[0], fact[1]);
        }
        sheet.setColumnWidth(0, 20 * 256);
        return r;
    }

    private static void figures(Sheet sheet, String heading, List<String[]> facts, MetricReport figures, CellStyle bold) {
        int r = facts(sheet, heading, facts, bold);
        r++;
        Row header = sheet.createRow(r++);
        header.createCell(0).setCellValue("服务类型");
        header.createCell(1).setCellValue("记录数");
        header.createCell(2).setCellValue("服务人次");
        for (int i = 0; i < 3; i++) {
            header.getCell(i).setCellStyle(bold);
        }
        for (MetricReport.KindFigure kind : figures.byServiceKind()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(kind.kind().label().in(ZH));
            row.createCell(1).setCellValue(kind.records());
            row.createCell(2).setCellValue(kind.beneficiaries());
        }
        Row total = sheet.createRow(r++);
        total.createCell(0).setCellValue("合计");
        total.createCell(1).setCellValue(figures.records());
        total.createCell(2).setCellValue(figures.beneficiaries());
        r++;
        Row metricHeader = sheet.createRow(r++);
        metricHeader.createCell(0).setCellValue("指标");
        metricHeader.createCell(1).setCellValue("数值");
        metricHeader.getCell(0).setCellStyle(bold);
        metricHeader.getCell(1).setCellStyle(bold);
        for (MetricReport.Figure metric : figures.metrics()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(metric.metric().label().in(ZH));
            if (metric.value() != null) {
                row.createCell(1).setCellValue(metric.value().doubleValue());
            }
        }
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    /**
     * The records, a sheet per form (its fields after the core columns, their values in words); records of a form
     * no longer installed go to a sheet of the core columns. Rows stream chunk by chunk into whichever sheet.
     */
    private static void records(SXSSFWorkbook workbook, Function<RecordCursor, List<RecordView>> chunkAfter, FormLookup forms,
                                CellStyle bold) {
        Map<String, FormSheet> sheets = new LinkedHashMap<>();
        RecordCursor after = null;
        for (List<RecordView> chunk = chunkAfter.apply(after); !chunk.isEmpty(); chunk = chunkAfter.apply(after)) {
            for (RecordView record : chunk) {
                sheets.computeIfAbsent(record.networkType() + "/" + record.formId(),
                        key -> FormSheet.create(workbook, forms.find(record.networkType(), record.formId()), record.formId(), bold))
                        .add(record);
                after = RecordCursor.after(record);
            }
        }
        if (sheets.isEmpty()) {
            FormSheet.create(workbook, Optional.empty(), "", bold);
        }
    }

    /** A form of a network type, by its id: where the export finds its title and fields. */
    @FunctionalInterface
    public interface FormLookup {
        Optional<RecordForm> find(String networkType, String formId);
    }

    private static final class FormSheet {

        private final Sheet sheet;
        private final List<FormField> fields;
        private final String title;
        private int next = 1;

        private FormSheet(Sheet sheet, List<FormField> fields, String title) {
            this.sheet = sheet;
            this.fields = fields;
            this.title = title;
        }

        static FormSheet create(SXSSFWorkbook workbook, Optional<RecordForm> form, String formId, CellStyle bold) {
            String title = form.map(f -> f.title().zh()).orElse(formId);
            String name = WorkbookUtil.createSafeSheetName("服务记录" + (title.isEmpty() ? "" : "-" + title));
            for (int n = 2; workbook.getSheet(name) != null; n++) {
                name = WorkbookUtil.createSafeSheetName(name.substring(0, Math.min(name.length(), 27)) + " (" + n + ")");
            }
            FormSheet sheet = new FormSheet(workbook.createSheet(name), form.map(RecordForm::fields).orElse(List.of()), title);
            Row header = sheet.sheet.createRow(0);
            List<String> titles = new ArrayList<>(List.of(RECORD_HEADERS));
            titles.addAll(titles.size() - 1, sheet.fields.stream().map(f -> f.label().zh()).toList());
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            return sheet;
        }

        void add(RecordView record) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(record.serviceDate().toString());
            row.createCell(1).setCellValue(record.serviceKind().label().in(ZH));
            row.createCell(2).setCellValue(title);
            row.createCell(3).setCellValue(record.ipFields().stream().sorted().map(f -> f.label().in(ZH))
                    .collect(Collectors.joining("、")));
            row.createCell(4).setCellValue(record.beneficiaryKind().label().in(ZH));
            row.createCell(5).setCellValue(record.beneficiaryCount());
            row.createCell(6).setCellValue(record.charged() ? "是" : "否");
            if (record.feeAmount() != null) {
                row.createCell(7).setCellValue(record.feeAmount().doubleValue());
            }
            row.createCell(8).setCellValue(record.summary() == null ? "" : record.summary());
            int c = 9;
            for (FormField field : fields) {
                Object value = record.values().get(field.key());
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(FieldWords.of(field, value, ZH));
                }
                c++;
            }
            row.createCell(c).setCellValue(record.createdBy());
        }
    }
}
