package cn.bjip.outlets.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-5.1")
class UploadCheckTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    @DisplayName("R-5.1 a PDF is accepted with its media type, size and digest; the name loses any path")
    void acceptsPdf() {
        UploadCheck.Accepted accepted = UploadCheck.check("C:\\docs\\..\\申报书.pdf", PDF);
        assertEquals("申报书.pdf", accepted.fileName());
        assertEquals("application/pdf", accepted.mediaType());
        assertEquals(PDF.length, accepted.size());
        assertEquals(64, accepted.sha256().length());
    }

    @Test
    @DisplayName("R-5.1 an empty file, an oversized file and a file whose content is not its type are refused, saying why")
    void refusals() {
        assertEquals("The file \"a.pdf\" is empty.",
                assertThrows(BusinessRuleViolation.class, () -> UploadCheck.check("a.pdf", new byte[0])).message(Locale.ENGLISH));
        byte[] big = new byte[UploadCheck.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("文件“big.pdf”超过 10 MB 的上限。",
                assertThrows(BusinessRuleViolation.class, () -> UploadCheck.check("big.pdf", big)).message(Locale.CHINA));
        BusinessRuleViolation mismatch = assertThrows(BusinessRuleViolation.class,
                () -> UploadCheck.check("photo.png", "MZ this is an executable".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("upload.contentMismatch", mismatch.messageKey());
        assertEquals("file", mismatch.field());
        assertEquals("upload.contentMismatch",
                assertThrows(BusinessRuleViolation.class, () -> UploadCheck.check("report.docx", PDF)).messageKey());
        assertEquals("upload.typeNotAccepted",
                assertThrows(BusinessRuleViolation.class, () -> UploadCheck.check("run.exe", PDF)).messageKey());
    }

    @Test
    @Tag("RS-4")
    @DisplayName("RS-4 an Office document is accepted without macros; with a VBA project, or one that cannot be opened, it is refused")
    void officeMacros() throws Exception {
        byte[] plain;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("a").createRow(0).createCell(0).setCellValue("x");
            book.write(out);
            plain = out.toByteArray();
        }
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                UploadCheck.check("figures.xlsx", plain).mediaType());
        ByteArrayOutputStream withMacros = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain)); ZipOutputStream zip = new ZipOutputStream(withMacros)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                zip.write(entry.getName().equals("[Content_Types].xml") ? new String(content, StandardCharsets.UTF_8)
                        .replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ")
                        .getBytes(StandardCharsets.UTF_8) : content);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write(new byte[64]);
            zip.closeEntry();
        }
        assertEquals("upload.macros", assertThrows(BusinessRuleViolation.class,
                () -> UploadCheck.check("figures.xlsx", withMacros.toByteArray())).messageKey());
        assertEquals("upload.contentMismatch", assertThrows(BusinessRuleViolation.class,
                () -> UploadCheck.check("report.docx", "PK\u0003\u0004 not a package".getBytes(StandardCharsets.ISO_8859_1))).messageKey());
    }
}
