package cn.bjip.outlets.web.export;

import cn.bjip.outlets.accreditation.Recommendation;
import cn.bjip.outlets.outlet.OutletView;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The national recommendation list of a year as an .xlsx workbook, one row per outlet. */
public final class RecommendationWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADERS = {"序号", "网点编码", "网点名称", "网点类型", "所在区", "服务类别", "地址",
        "负责人", "联系电话", "认定日期", "有效期至", "推荐理由"};

    private RecommendationWorkbook() {
    }

    /** Writes the list; {@code typeName} turns a network type id into its Chinese name. */
    public static void write(int year, List<Recommendation> recommendations, Function<String, String> typeName,
                             OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(year + "年度国家网点备案推荐名单");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(year + " 年度国家知识产权信息公共服务网点备案推荐名单");
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int rowIndex = 2;
            for (Recommendation recommendation : recommendations) {
                OutletView o = recommendation.outlet();
                Row row = sheet.createRow(rowIndex);
                row.createCell(0).setCellValue(rowIndex - 1);
                row.createCell(1).setCellValue(o.code());
                row.createCell(2).setCellValue(o.nameZh());
                row.createCell(3).setCellValue(typeName.apply(o.networkType()));
                row.createCell(4).setCellValue(o.district().label().in(Locale.SIMPLIFIED_CHINESE));
                row.createCell(5).setCellValue(o.ipFields().stream().sorted()
                        .map(f -> f.label().in(Locale.SIMPLIFIED_CHINESE)).collect(Collectors.joining("、")));
                row.createCell(6).setCellValue(o.address());
                row.createCell(7).setCellValue(o.principal());
                row.createCell(8).setCellValue(o.contactPhone() == null ? "" : o.contactPhone());
                row.createCell(9).setCellValue(String.valueOf(o.accreditedOn()));
                row.createCell(10).setCellValue(String.valueOf(o.expiresOn().minusDays(1)));
                row.createCell(11).setCellValue(recommendation.reason());
                rowIndex++;
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
