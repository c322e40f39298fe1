package cn.bjip.outlets.web.export;

import cn.bjip.outlets.supervision.LedgerService;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The network-wide quarterly overview for the office: one row per outlet, as an .xlsx workbook. */
public final class OverviewWorkbook {

    private static final String[] HEADERS = {"网点编码", "网点名称", "网点类型", "台账状态", "报送时间", "是否逾期", "服务记录数",
        "服务人次"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private OverviewWorkbook() {
    }

    public static void write(int year, int quarter, List<LedgerService.OverviewLine> lines,
                             Function<String, String> typeName, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(LedgerWorkbook.ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet(year + "年第" + quarter + "季度");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (LedgerService.OverviewLine line : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.status().outletCode());
                row.createCell(1).setCellValue(line.status().outletName());
                row.createCell(2).setCellValue(typeName.apply(line.status().networkType()));
                row.createCell(3).setCellValue(line.status().state().label().in(Locale.SIMPLIFIED_CHINESE));
                row.createCell(4).setCellValue(line.status().submittedAt() == null ? "" : TIME.format(line.status().submittedAt()));
                row.createCell(5).setCellValue(line.status().overdue() ? "是" : "否");
                row.createCell(6).setCellValue(line.records());
                row.createCell(7).setCellValue(line.beneficiaries());
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
