package cn.bjip.outlets.web.export;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.record.ImportTemplate;
import cn.bjip.outlets.record.ImportTemplate.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An import template as a file (UX-4): an .xlsx with the column titles in the user's language (each with a comment
 * giving its key and whether it is required), a drop-down list for every column of choices (from a sheet of lists),
 * and the example row; or a CSV (UTF-8 with a byte order mark, so that Excel opens it right) with titles and example.
 */
public final class ImportTemplateFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";
    /** Widest column Excel takes, in characters. */
    private static final int MAX_WIDTH = 255;
    /** Rows of the records sheet that get the drop-down lists. */
    private static final int ROWS = 20_000;

    private ImportTemplateFiles() {
    }

    public static String fileName(ImportTemplate template, Locale locale, String extension) {
        return (locale.getLanguage().equals("en") ? "import-template-" : "导入模板-") + template.formTitle().in(locale) + "." + extension;
    }

    public static byte[] csv(ImportTemplate template, Locale locale) {
        String titles = line(template.columns().stream().map(c -> c.title().in(locale)).toArray(String[]::new));
        String example = line(template.columns().stream().map(c -> c.example().in(locale)).toArray(String[]::new));
        return ("\uFEFF" + titles + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String[] cells) {
        return String.join(",", Csv.cells(cells));
    }

    public static byte[] xlsx(ImportTemplate template, Locale locale) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet records = workbook.createSheet(locale.getLanguage().equals("en") ? "records" : "服务记录");
            Sheet lists = workbook.createSheet(locale.getLanguage().equals("en") ? "lists" : "可选值");
            Row titles = records.createRow(0);
            Row example = records.createRow(1);
            Drawing<?> drawing = records.createDrawingPatriarch();
            DataValidationHelper validations = records.getDataValidationHelper();
            CellStyle required = style(workbook, true);
            CellStyle optional = style(workbook, false);
            List<Column> columns = template.columns();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                titles.createCell(c).setCellValue(column.title().in(locale));
                titles.getCell(c).setCellStyle(column.required() ? required : optional);
                titles.getCell(c).setCellComment(comment(workbook, drawing, c, column, locale));
                example.createCell(c).setCellValue(column.example().in(locale));
                records.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(12, column.title().in(locale).length() * 2 + 4)) * 256);
                if (!column.choices().isEmpty()) {
                    String range = list(lists, c, column.title().in(locale), column.choices(), locale);
                    DataValidation validation = validations.createValidation(validations.createFormulaListConstraint(range),
                            new CellRangeAddressList(1, ROWS, c, c));
                    validation.setShowErrorBox(!column.several());
                    records.addValidationData(validation);
                }
            }
            records.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Writes the labels into column {@code c} of the lists sheet; the range they fill. */
    private static String list(Sheet lists, int c, String title, List<LocalizedText> choices, Locale locale) {
        row(lists, 0).createCell(c).setCellValue(title);
        for (int i = 0; i < choices.size(); i++) {
            row(lists, i + 1).createCell(c).setCellValue(choices.get(i).in(locale));
        }
        String letter = CellReference.convertNumToColString(c);
        return "'" + lists.getSheetName() + "'!$" + letter + "$2:$" + letter + "$" + (choices.size() + 1);
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static Comment comment(XSSFWorkbook workbook, Drawing<?> drawing, int c, Column column, Locale locale) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(c);
        anchor.setCol2(c + 3);
        anchor.setRow1(0);
        anchor.setRow2(4);
        Comment comment = drawing.createCellComment(anchor);
        boolean english = locale.getLanguage().equals("en");
        String text = (english ? "Key: " : "字段编码：") + column.key() + "\n"
                + (column.required() ? (english ? "Required" : "必填") : (english ? "Optional" : "选填"))
                + (column.several() ? (english ? "; several values separated by 、 or ," : "；可填多个，用“、”分隔") : "");
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        return comment;
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean required) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        if (required) {
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
