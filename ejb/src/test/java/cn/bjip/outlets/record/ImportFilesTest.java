package cn.bjip.outlets.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-14.1")
class ImportFilesTest {

    @Test
    @DisplayName("a CSV with a byte order mark, quoted commas, quotes and line breaks reads into rows by header with file line numbers")
    void csv() throws Exception {
        String text = "\uFEFFserviceDate,summary,title\r\n2026-03-01,\"展览, 讲座\",\"说 \"\"专利\"\"\"\r\n\r\n2026-03-02,\"两行\n摘要\",x\n";
        List<ImportRow> rows = ImportFiles.read("records.csv", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("展览, 讲座", rows.get(0).cells().get("summary"));
        assertEquals("说 \"专利\"", rows.get(0).cells().get("title"));
        assertEquals(4, rows.get(1).line());
        assertEquals("两行\n摘要", rows.get(1).cells().get("summary"));
    }
}
