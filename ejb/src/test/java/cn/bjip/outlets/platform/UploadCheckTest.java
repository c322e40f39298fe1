package cn.bjip.outlets.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
}
