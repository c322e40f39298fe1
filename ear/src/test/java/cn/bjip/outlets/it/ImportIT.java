package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Library staff import service records from a CSV file (R-14.1 ledgers kept in spreadsheets today). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-14.1")
@Tag("R-8.1")
class ImportIT {

    private static final String HEADER =
            "serviceDate,formId,serviceKind,ipFields,beneficiaryKind,beneficiaryCount,charged,feeAmount,summary,topic,channel,questions\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-8.1 a bad date, an unknown service kind, a negative count and a missing required field are each reported by row and field; nothing is stored unless the valid rows are accepted; a clean 10 000-row file is stored whole and exported again, each record once, in date order")
    void importWithReport() throws Exception {
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("library-staff");
        String file = HEADER
                + "2022-03-01,referenceConsultation,AFFAIRS_CONSULTATION,PATENT,PUBLIC,1,否,,专利咨询,专利检索方法,onSite,2\n"
                + "2022-13-45,referenceConsultation,AFFAIRS_CONSULTATION,PATENT,PUBLIC,1,否,,日期错误,主题,onSite,1\n"
                + "2022-03-02,referenceConsultation,CONSULTING_MAGIC,PATENT,PUBLIC,1,否,,类型错误,主题,phone,1\n"
                + "2022-03-03,referenceConsultation,AFFAIRS_CONSULTATION,PATENT,PUBLIC,-3,否,,人数为负,主题,phone,1\n"
                + "2022-03-04,referenceConsultation,AFFAIRS_CONSULTATION,TRADEMARK,PUBLIC,2,否,,缺少主题,,online,1\n";

        JsonObject checked = send(staff, file, "store=false");
        assertEquals(5, checked.getInt("rows"));
        assertEquals(1, checked.getInt("valid"));
        assertEquals(0, checked.getInt("imported"));
        List<String> problems = checked.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("line") + ":" + p.getString("field")).toList();
        assertEquals(List.of("3:serviceDate", "4:serviceKind", "5:beneficiaryCount", "6:topic"), problems);
        assertTrue(checked.toString().contains("\\\"2022-13-45\\\" is not a date"), checked.toString());
        assertEquals(0, recordsOf2022(staff));

        assertEquals(0, send(staff, file, "store=true").getInt("imported"), "a file with errors stores nothing");
        assertEquals(0, recordsOf2022(staff));
        assertEquals(1, send(staff, file, "store=true&acceptValidRows=true").getInt("imported"));
        assertEquals(1, recordsOf2022(staff));

        StringBuilder clean = new StringBuilder(HEADER);
        LocalDate first = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < 10_000; i++) {
            clean.append(first.plusDays(i % 365)).append(",referenceConsultation,AFFAIRS_CONSULTATION,PATENT,PUBLIC,")
                    .append(1 + i % 5).append(",否,,导入记录 ").append(i).append(",专利检索,onSite,").append(1 + i % 9).append('\n');
        }
        JsonObject stored = send(staff, clean.toString(), "store=true");
        assertEquals(10_000, stored.getInt("imported"), stored.toString().substring(0, Math.min(500, stored.toString().length())));
        assertEquals(10_001, recordsOf2022(staff));
        assertExportedOnceInDateOrder(staff, 10_001);
        assertEquals(403, Portal.send(Portal.request("api/records/import?store=true", Portal.token("center"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(file)).build()).statusCode());
    }

    /** The year's export: every record once, across the chunks it is read in (ties of a day included), by date. */
    private static void assertExportedOnceInDateOrder(String staff, int records) throws Exception {
        HttpResponse<byte[]> export = Portal.sendForBytes(Portal.request("api/records/export?from=2022-01-01&to=2022-12-31", staff)
                .setHeader("Accept", "*/*").timeout(Duration.ofMinutes(2)).GET().build());
        assertEquals(200, export.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            var sheet = book.getSheet("服务记录-参考咨询");
            assertEquals(records, sheet.getLastRowNum(), "every record, once");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            int date = header.indexOf("服务日期");
            int summary = header.indexOf("摘要");
            Set<String> summaries = new HashSet<>();
            String previous = "";
            for (int r = 1; r <= records; r++) {
                String day = sheet.getRow(r).getCell(date).getStringCellValue();
                assertTrue(day.compareTo(previous) >= 0, "row " + r + ": " + day + " after " + previous);
                previous = day;
                assertTrue(summaries.add(sheet.getRow(r).getCell(summary).getStringCellValue()), "row " + r + " twice");
            }
        }
    }

    @Test
    @Tag("RS-2")
    @DisplayName("R-8.1 each chunk of 1 000 rows is stored in its own transaction: when the database refuses the second, the first stays stored and the report says exactly which rows were not; RS-2 sent again with the same Idempotency-Key, the import stores only the rest, and a third time nothing")
    void laterChunkFails() throws Exception {
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("library-staff");
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            // row 1 200 (file line 1 202) passes every check, and the database refuses it (the trigger below)
            file.append("2019-03-").append(String.format("%02d", 1 + i % 28)).append(
                    ",referenceConsultation,AFFAIRS_CONSULTATION,PATENT,PUBLIC,1,否,,").append(i == 1_199 ? "拒绝保存" : "分块 " + i)
                    .append(",专利检索,onSite,1\n");
        }
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.execute("""
                    CREATE FUNCTION it_refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN IF NEW.summary = '拒绝保存' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$""");
            sql.execute("CREATE TRIGGER it_refuse_marked BEFORE INSERT ON service_record FOR EACH ROW EXECUTE FUNCTION it_refuse_marked()");
        }
        String key = UUID.randomUUID().toString();
        JsonObject report;
        try {
            report = send(staff, file.toString(), "store=true", key);
        } finally {
            try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
                sql.execute("DROP TRIGGER it_refuse_marked ON service_record");
                sql.execute("DROP FUNCTION it_refuse_marked()");
            }
        }
        assertEquals(1_500, report.getInt("valid"), "every row passed the checks");
        assertEquals(1_000, report.getInt("imported"), "the first chunk is stored");
        JsonObject problem = report.getJsonArray("problems").getJsonObject(0);
        assertEquals(1_002, problem.getInt("line"), "the failed chunk starts at file line 1 002");
        assertTrue(problem.getString("message").contains("1002") && problem.getString("message").contains("1501")
                && problem.getString("message").contains("1000"), problem.getString("message"));
        assertEquals(1_000, recordsOf2019(staff), "exactly the stored chunk is in the database");

        for (int attempt = 2; attempt <= 3; attempt++) {
            JsonObject again = send(staff, file.toString(), "store=true", key);
            assertEquals(1_500, again.getInt("imported"), "attempt " + attempt + ": " + again);
            assertEquals(0, again.getJsonArray("problems").size(), again.toString());
            assertEquals(1_500, recordsOf2019(staff), "attempt " + attempt + " stored only the chunk not stored before");
        }
        String otherFile = file.toString().replace("分块 1,", "分块 一,");
        HttpResponse<String> reused = Portal.send(Portal.request("api/records/import?name=r.csv&store=true", staff)
                .header("Content-Type", "text/csv").header("Accept-Language", "en").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(otherFile, StandardCharsets.UTF_8)).build());
        assertEquals(400, reused.statusCode(), reused.body());
        assertTrue(reused.body().contains("Idempotency-Key"), reused.body());
        assertEquals(1_500, recordsOf2019(staff), "a key sent with another file stores nothing");
    }

    private static int recordsOf2019(String token) throws Exception {
        return Portal.json(Portal.get("api/records?from=2019-01-01&to=2019-12-31&size=0", token).body())
                .getJsonNumber("total").intValue();
    }

    @Test
    @Tag("UX-4")
    @DisplayName("UX-4 the same rows saved as UTF-8, UTF-8 with a byte order mark, GBK and .xlsx, with Chinese column titles and labels or codes for choices, store the same records; a row with five problems reports all five")
    void realFiles() throws Exception {
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("library-staff");
        List<List<String>> rows = List.of(
                List.of("服务日期", "记录类型", "服务类型", "知识产权领域", "服务对象类型", "服务对象数量", "是否收费", "收费金额（元）", "摘要",
                        "咨询主题", "咨询方式", "问题数"),
                List.of("2021-04-01", "参考咨询", "事务咨询", "专利、商标", "社会公众", "2", "否", "", "按中文名称导入", "商标注册流程", "电话", "3"),
                List.of("2021-04-02", "referenceConsultation", "AFFAIRS_CONSULTATION", "PATENT", "Enterprises", "1", "no", "",
                        "按编码导入", "专利检索", "onSite", "1"));
        String csv = rows.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\r\n")) + "\r\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("UTF-8", csv.getBytes(StandardCharsets.UTF_8));
        files.put("UTF-8 with BOM", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        files.put("GBK", csv.getBytes(Charset.forName("GBK")));
        files.put("xlsx", workbook(rows));
        List<String> stored = null;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            clear2021(staff);
            JsonObject report = sendBytes(staff, file.getValue(), "store=true");
            assertEquals(2, report.getInt("imported"), file.getKey() + ": " + report);
            List<String> records = Portal.json(Portal.get("api/records?from=2021-04-01&to=2021-04-30&size=10", staff).body())
                    .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                    .map(r -> String.join("|", r.getString("serviceDate"), r.getString("serviceKind"), r.get("ipFields").toString(),
                            r.getString("beneficiaryKind"), r.getString("summary"), r.getJsonObject("values").toString()))
                    .sorted().toList();
            assertTrue(records.get(0).contains("按中文名称导入") && records.get(0).contains("\"channel\":\"phone\""), records.toString());
            if (stored != null) {
                assertEquals(stored, records, file.getKey() + " stores what UTF-8 stored");
            }
            stored = records;
        }
        clear2021(staff);

        String fiveProblems = String.join(",", rows.get(0)) + "\n"
                + "2021-02-30,参考咨询,魔法咨询,专利,社会公众,很多,也许,,五处错误,,电话,3\n";
        JsonObject report = sendBytes(staff, fiveProblems.getBytes(StandardCharsets.UTF_8), "store=false");
        List<String> fields = report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("field")).sorted().toList();
        assertEquals(List.of("beneficiaryCount", "charged", "serviceDate", "serviceKind", "topic"), fields, report.toString());
        assertTrue(report.toString().contains("Service date: \\\"2021-02-30\\\" is not a date"), report.toString());
    }

    @Test
    @Tag("UX-4")
    @DisplayName("UX-4 every form of every network type has an .xlsx and a CSV template, in Chinese and English: titles with keys, drop-down lists for choices, and an example row that imports as it is")
    void templatesImportAsTheyAre() throws Exception {
        int templates = 0;
        for (String type : List.of("library", "university", "research", "park", "association", "market")) {
            Portal.ensureOutlet(type, "模板测试网点");
            String staff = Portal.token(type + "-staff");
            for (JsonObject form : Portal.json("{\"f\":" + Portal.get("api/records/forms", staff).body() + "}")
                    .getJsonArray("f").getValuesAs(JsonObject.class)) {
                for (String language : List.of("zh-CN", "en")) {
                    for (String format : List.of("xlsx", "csv")) {
                        HttpResponse<byte[]> template = Portal.sendForBytes(Portal.request("api/records/forms/"
                                + form.getString("id") + "/template?format=" + format, staff)
                                .header("Accept", "*/*").header("Accept-Language", language).GET().build());
                        assertEquals(200, template.statusCode(), type + " " + form.getString("id"));
                        assertTrue(template.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
                        if (format.equals("xlsx")) {
                            assertTemplateWorkbook(template.body(), language);
                        }
                        JsonObject report = sendBytes(staff, template.body(), "store=false");
                        assertEquals(1, report.getInt("valid"), type + " " + form.getString("id") + " " + language + " " + format
                                + ": " + report);
                        templates++;
                    }
                }
            }
        }
        assertTrue(templates >= 48, "templates checked: " + templates);
        HttpResponse<String> otherType = Portal.get("api/records/forms/outreachEvent/template", Portal.token("park-staff"));
        assertEquals(404, otherType.statusCode(), "another type's form");
        HttpResponse<String> badFormat = Portal.get("api/records/forms/outreachEvent/template?format=pdf",
                Portal.token("library-staff"));
        assertEquals(400, badFormat.statusCode(), badFormat.body());
    }

    private static void assertTemplateWorkbook(byte[] file, String language) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            String firstTitle = sheet.getRow(0).getCell(0).getStringCellValue();
            assertEquals(language.equals("en") ? "Service date" : "服务日期", firstTitle);
            assertTrue(sheet.getRow(0).getCell(0).getCellComment().getString().getString().contains("serviceDate"),
                    "each title carries its key");
            int serviceKind = 2;
            assertTrue(sheet.getDataValidations().stream().anyMatch(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()
                    == serviceKind), "a drop-down list of service kinds");
            assertEquals(language.equals("en") ? "Affairs consultation" : "事务咨询",
                    sheet.getRow(1).getCell(serviceKind).getStringCellValue(), "the example row");
        }
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("records");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (r > 0 && text.matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(text));
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void clear2021(String staff) throws Exception {
        for (JsonObject record : Portal.json(Portal.get("api/records?from=2021-04-01&to=2021-04-30&size=50", staff).body())
                .getJsonArray("rows").getValuesAs(JsonObject.class)) {
            assertEquals(204, Portal.delete("api/records/" + record.getJsonNumber("id") + "?version="
                    + record.getJsonNumber("version"), staff).statusCode());
        }
    }

    private static JsonObject sendBytes(String token, byte[] file, String query) throws Exception {
        HttpResponse<String> response = Portal.send(Portal.request("api/records/import?name=r&" + query, token)
                .header("Content-Type", "application/octet-stream").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build());
        assertEquals(200, response.statusCode(), response.body());
        return Portal.json(response.body());
    }

    @Test
    @Tag("RS-4")
    @DisplayName("RS-4 hostile import files: oversize, a million columns, a zip bomb, a truncated and a macro workbook are refused by name; nothing is stored")
    void hostileFilesAreRefused() throws Exception {
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("library-staff");
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var header = book.createSheet("records").createRow(0);
            header.createCell(0).setCellValue("serviceDate");
            book.write(out);
            workbook = out.toByteArray();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("oversize", new byte[6 * 1024 * 1024]);
        files.put("a million columns", ",".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));
        files.put("zip bomb", zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.US_ASCII),
                "xl/worksheets/sheet1.xml", ("<worksheet><sheetData>" + "<row/>".repeat(4_000_000) + "</sheetData></worksheet>")
                        .getBytes(StandardCharsets.US_ASCII))));
        files.put("truncated", Arrays.copyOf(workbook, workbook.length / 2));
        files.put("macros", withMacros(workbook));
        Map<String, String> expected = Map.of("oversize", "larger than the limit of 5 MB", "a million columns", "more than 100 columns",
                "zip bomb", "cannot be read", "truncated", "cannot be read", "macros", "macros are not accepted");
        TreeMap<String, String> before = TestDatabase.fingerprint();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            HttpResponse<String> answer = Portal.send(Portal.request("api/records/import?name=r.xlsx&store=true&acceptValidRows=true", staff)
                    .header("Content-Type", "application/octet-stream").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file.getValue())).build());
            assertEquals(400, answer.statusCode(), file.getKey() + ": " + answer.body());
            assertTrue(answer.body().contains(expected.get(file.getKey())), file.getKey() + ": " + answer.body());
        }
        assertEquals(before, TestDatabase.fingerprint(), "nothing stored");
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The workbook as Excel saves it with macros (.xlsm), renamed: a VBA project part, declared. */
    private static byte[] withMacros(byte[] workbook) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                entries.put(entry.getName(), entry.getName().equals("[Content_Types].xml")
                        ? new String(content, StandardCharsets.UTF_8).replace("<Default ",
                                "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ")
                        .getBytes(StandardCharsets.UTF_8) : content);
            }
        }
        entries.put("xl/vbaProject.bin", new byte[64]);
        return zip(entries);
    }

    private static JsonObject send(String token, String csv, String query) throws Exception {
        return send(token, csv, query, null);
    }

    private static JsonObject send(String token, String csv, String query, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = Portal.request("api/records/import?name="
                + URLEncoder.encode("台账.csv", StandardCharsets.UTF_8) + "&" + query, token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = Portal.send(request
                .header("Content-Type", "text/csv").header("Accept-Language", "en")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
        assertEquals(200, response.statusCode(), response.body());
        return Portal.json(response.body());
    }

    private static int recordsOf2022(String token) throws Exception {
        return Portal.json(Portal.get("api/records?from=2022-01-01&to=2022-12-31&size=0", token).body())
                .getJsonNumber("total").intValue();
    }
}
