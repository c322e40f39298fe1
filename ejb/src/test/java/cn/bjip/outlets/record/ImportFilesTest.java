package cn.bjip.outlets.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-14.1")
class ImportFilesTest {

    private static final int ROWS = 20_000;

    @Test
    @DisplayName("a CSV with a byte order mark, quoted commas, quotes and line breaks reads into rows by header with file line numbers")
    void csv() throws Exception {
        String text = "\uFEFFserviceDate,summary,title\r\n2026-03-01,\"展览, 讲座\",\"说 \"\"专利\"\"\"\r\n\r\n2026-03-02,\"两行\n摘要\",x\n";
        List<ImportRow> rows = ImportFiles.read(text.getBytes(StandardCharsets.UTF_8), ROWS);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("展览, 讲座", rows.get(0).cells().get("summary"));
        assertEquals("说 \"专利\"", rows.get(0).cells().get("title"));
        assertEquals(4, rows.get(1).line());
        assertEquals("两行\n摘要", rows.get(1).cells().get("summary"));
    }

    @Test
    @Tag("UX-4")
    @DisplayName("UX-4 the same CSV saved as UTF-8, UTF-8 with a byte order mark, GBK and GB18030 reads into the same rows")
    void csvEncodings() throws Exception {
        String text = "serviceDate,summary,title\r\n2026-03-01,专利检索讲座,“知识产权”信息服务与𠀀\r\n";
        List<ImportRow> utf8 = ImportFiles.read(text.getBytes(StandardCharsets.UTF_8), ROWS);
        assertEquals("专利检索讲座", utf8.get(0).cells().get("summary"));
        String gbkSafe = text.replace("𠀀", "");
        assertEquals(ImportFiles.read(gbkSafe.getBytes(StandardCharsets.UTF_8), ROWS),
                ImportFiles.read(gbkSafe.getBytes(Charset.forName("GBK")), ROWS), "GBK, as Excel on Chinese Windows saves it");
        assertEquals(utf8, ImportFiles.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), ROWS), "with a byte order mark");
        assertEquals(utf8, ImportFiles.read(text.getBytes(Charset.forName("GB18030")), ROWS), "GB18030, beyond GBK too");
    }

    @Test
    @Tag("UX-4")
    @DisplayName("UX-4 a CSV in neither UTF-8 nor GB18030 (Latin-1, CP1252, Big5, UTF-16, binary), or holding replacement or control characters, is refused, never stored garbled")
    void csvInNoKnownEncodingRefused() {
        assertRefused("import.encoding", "serviceDate,summary\n2026-03-01,café\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("import.encoding", "serviceDate,summary\n2026-03-01,Müller Straße Größe cafés\n"
                .getBytes(Charset.forName("windows-1252")));
        assertRefused("import.encoding", "serviceDate,summary\n2026-03-01,專利檢索講座\n".getBytes(Charset.forName("Big5")));
        assertRefused("import.encoding", "serviceDate,summary\n2026-03-01,讲座\n".getBytes(StandardCharsets.UTF_16LE));
        assertRefused("import.encoding", "serviceDate,summary\n2026-03-01,\uFFFD\uFFFD\n".getBytes(StandardCharsets.UTF_8));
        assertRefused("import.encoding", new byte[] {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFE, 0, 1, 2});
        assertRefused("import.encoding", "\uFEFFa,b\n\u0000,1\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("an .xlsx is read as a stream: dates as ISO dates, empty rows and cells keep line numbers and columns")
    void xlsx() throws Exception {
        List<ImportRow> rows = ImportFiles.read(workbook(), ROWS);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("2026-03-15", rows.get(0).cells().get("serviceDate"));
        assertEquals("", rows.get(0).cells().get("summary"));
        assertEquals("30", rows.get(0).cells().get("count"));
        assertEquals(4, rows.get(1).line());
        assertEquals("讲座", rows.get(1).cells().get("summary"));
    }

    @Test
    @DisplayName("dates of a workbook that counts from 1904 (old Mac Excel) read as the same days")
    void xlsx1904() throws Exception {
        byte[] workbook = workbook(true);
        assertEquals("2026-03-15", ImportFiles.read(workbook, ROWS).get(0).cells().get("serviceDate"));
    }

    @Test
    @Tag("RS-4")
    @DisplayName("RS-4 bounds: over 5 MB, more rows than allowed, over 100 columns, a cell over 4 000 characters are refused by name")
    void bounds() {
        assertRefused("import.tooLarge", new byte[ImportFiles.MAX_BYTES + 1]);
        assertRefused("import.tooManyRows", ("a\n" + "1\n".repeat(11)).getBytes(StandardCharsets.UTF_8), 10);
        assertRefused("import.tooManyColumns", ",".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        assertRefused("import.cellTooLong", ("a\n" + "x".repeat(4001) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Tag("RS-4")
    @DisplayName("RS-4 a workbook with macros is refused; a zip bomb and a truncated workbook cannot be read")
    void hostileWorkbooks() throws Exception {
        // what Excel saves as .xlsm, renamed: a VBA project part, declared in the content types
        byte[] macros = withEntry(workbook(), "xl/vbaProject.bin", new byte[64]);
        macros = withEntry(macros, "[Content_Types].xml", contentTypes(macros)
                .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused("import.macros", macros);
        byte[] bomb = withEntry(workbook(), "xl/worksheets/sheet1.xml",
                ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "a".repeat(20_000_000) + "</t></is></c></row>"
                        + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> ImportFiles.read(bomb, ROWS));
        byte[] whole = workbook();
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThrows(Exception.class, () -> ImportFiles.read(truncated, ROWS));
    }

    private static void assertRefused(String key, byte[] file) {
        assertRefused(key, file, ROWS);
    }

    private static void assertRefused(String key, byte[] file, int maxRows) {
        BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class, () -> ImportFiles.read(file, maxRows));
        assertEquals(key, refused.messageKey());
    }

    /** A header, a row with a date, an empty cell and a number, an empty row, and a last row. */
    private static byte[] workbook() throws IOException {
        return workbook(false);
    }

    private static byte[] workbook(boolean date1904) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (date1904) {
                var properties = book.getCTWorkbook().isSetWorkbookPr() ? book.getCTWorkbook().getWorkbookPr()
                        : book.getCTWorkbook().addNewWorkbookPr();
                properties.setDate1904(true);
            }
            XSSFSheet sheet = book.createSheet("records");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("serviceDate");
            header.createCell(1).setCellValue("summary");
            header.createCell(2).setCellValue("count");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            var first = sheet.createRow(1);
            first.createCell(0).setCellValue(LocalDate.of(2026, 3, 15));
            first.getCell(0).setCellStyle(date);
            first.createCell(2).setCellValue(30);
            sheet.createRow(3).createCell(1).setCellValue("讲座");
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String contentTypes(byte[] workbook) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no content types");
    }

    /** The workbook with {@code name} added, or replaced by {@code content}. */
    private static byte[] withEntry(byte[] workbook, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.getName().equals(name)) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
