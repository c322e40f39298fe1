package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.it.SampleRecords.Sample;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists people can work with (UX-6): the records list filtered by dates and words and exported exactly as filtered,
 * with every field of each form; the audit log filtered by person, action, object and period and exported; one
 * outlet of the public directory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("UX-6")
class ListsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("UX-6 the records of a date range holding a word: listed, and exported exactly (a sheet per form, every field in words); a range that ends before it starts is refused")
    void recordsByDateAndWords() throws Exception {
        String code = Portal.ensureOutlet("park", "北京示例科技园区知识产权服务网点");
        String staff = Portal.token("park-staff");
        NetworkTypePlugin park = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("park")).findFirst().orElseThrow();
        LocalDate day = LocalDate.of(2019, 3, 4);
        int made = 0;
        for (RecordForm form : park.recordForms()) {
            for (String summary : List.of("列表测试 专利导航", "列表测试 其他")) {
                Sample sample = SampleRecords.sample(form, 300 + made);
                JsonObject body = Json.createObjectBuilder(SampleRecords.json(sample, day.plusDays(made)))
                        .add("summary", summary).build();
                assertEquals(201, Portal.postJson("api/records", staff, body.toString(), "zh-CN").statusCode());
                made++;
            }
        }
        // one outside the range, with the word
        Sample outside = SampleRecords.sample(park.recordForms().get(0), 399);
        assertEquals(201, Portal.postJson("api/records", staff, Json.createObjectBuilder(
                SampleRecords.json(outside, LocalDate.of(2019, 6, 1))).add("summary", "列表测试 专利导航").build().toString(),
                "zh-CN").statusCode());

        String filter = "from=2019-03-01&to=2019-04-30&q=" + URLEncoder.encode("专利导航", StandardCharsets.UTF_8);
        JsonObject listed = Portal.json(Portal.get("api/records?" + filter + "&size=100", staff).body());
        assertEquals(park.recordForms().size(), listed.getJsonNumber("total").intValue(), "one per form in the range has the word");
        assertTrue(listed.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getString("summary").contains("专利导航") && r.getString("outletCode").equals(code)));

        HttpResponse<byte[]> export = Portal.sendForBytes(Portal.request("api/records/export?" + filter, staff)
                .setHeader("Accept", "*/*").GET().build());
        assertEquals(200, export.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            int rows = 0;
            for (RecordForm form : park.recordForms()) {
                Sheet sheet = book.getSheet(WorkbookUtil.createSafeSheetName("服务记录-" + form.title().zh()));
                assertNotNull(sheet, "a sheet for " + form.id());
                rows += sheet.getLastRowNum();
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                Row first = sheet.getRow(1);
                for (FormField field : form.fields()) {
                    int column = header.indexOf(field.label().zh());
                    assertTrue(column > 0, field.key() + " is a column of " + form.id() + ": " + header);
                    if (!field.choices().isEmpty() && first.getCell(column) != null) {
                        String shown = first.getCell(column).getStringCellValue();
                        assertTrue(field.choices().stream().noneMatch(c -> c.value().equals(shown) && !c.label().zh().equals(shown)),
                                field.key() + " shows a label, not a code: " + shown);
                    }
                }
            }
            assertEquals(listed.getJsonNumber("total").intValue(), rows, "exactly the filtered rows");
            assertEquals("2019-03-01 至 2019-04-30", book.getSheet("筛选条件").getRow(2).getCell(1).getStringCellValue());
        }

        AccreditationLifecycleIT.assertRefused(Portal.get("api/records?from=2019-05-01&to=2019-04-01", staff),
                "起始日期 2019-05-01 晚于截止日期 2019-04-01");
    }

    @Test
    @DisplayName("UX-6 the audit log filtered by person, action, object and period, and exported as CSV with the same entries in words")
    void auditByPersonActionObjectAndPeriod() throws Exception {
        Portal.ensureLibraryOutlet();
        Sample sample = SampleRecords.sample(libraryForm(), 7);
        assertEquals(201, Portal.postJson("api/records", Portal.token("library-staff"),
                SampleRecords.json(sample, LocalDate.of(2017, 2, 2)).toString(), "zh-CN").statusCode());
        String office = Portal.token("office");
        String filter = "actor=library-staff&action=record.created&entity=ServiceRecord&from=" + Portal.TODAY + "&to=" + Portal.TODAY;
        JsonObject found = Portal.json(Portal.get("api/audit?" + filter + "&size=200", office).body());
        long total = found.getJsonNumber("total").longValue();
        assertTrue(total >= 1, found.toString());
        assertTrue(found.getJsonArray("rows").getValuesAs(JsonObject.class).stream().allMatch(e -> e.getString("actor")
                .equals("library-staff") && e.getString("action").equals("record.created")), found.toString());
        assertEquals(0, Portal.json(Portal.get("api/audit?" + filter.replace("from=" + Portal.TODAY, "from=" + Portal.TODAY.plusDays(1))
                .replace("to=" + Portal.TODAY, "to=" + Portal.TODAY.plusDays(1)), office).body()).getJsonNumber("total").longValue(),
                "nothing of that day on the next");

        HttpResponse<String> csv = Portal.send(Portal.request("api/audit/export?" + filter, office)
                .setHeader("Accept", "text/csv").GET().build());
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFF序号,时间,操作人,操作,操作代码,对象,对象编号,详情,结果", lines.get(0));
        assertEquals(total, lines.size() - 1, "the same entries");
        assertTrue(lines.get(1).contains(",library-staff,登记服务记录,record.created,服务记录,") && lines.get(1).endsWith(",已执行"),
                lines.get(1));
        assertEquals(403, Portal.send(Portal.request("api/audit/export?" + filter, Portal.token("center"))
                .setHeader("Accept", "text/csv").GET().build()).statusCode());
    }

    @Test
    @DisplayName("UX-6 paging on from the last row (after=date_id) lists the same records in the same order as paging by offset, ties on a day included; a bad position is refused, naming it")
    void pagingOnFromTheLastRow() throws Exception {
        Portal.ensureOutlet("park", "北京示例科技园区知识产权服务网点");
        String staff = Portal.token("park-staff");
        RecordForm form = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("park")).findFirst().orElseThrow().recordForms().get(0);
        for (int i = 0; i < 7; i++) { // three days, several records a day
            JsonObject body = Json.createObjectBuilder(SampleRecords.json(SampleRecords.sample(form, 700 + i),
                    LocalDate.of(2017, 5, 1 + i % 3))).add("summary", "翻页测试").build();
            assertEquals(201, Portal.postJson("api/records", staff, body.toString(), "zh-CN").statusCode());
        }
        String filter = "from=2017-05-01&to=2017-05-31";
        List<String> byOffset = ids(Portal.get("api/records?" + filter + "&size=100", staff));
        assertEquals(7, byOffset.size());
        List<String> byCursor = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 4; page++) {
            JsonObject answer = Portal.json(Portal.get("api/records?" + filter + "&size=3"
                    + (after == null ? "" : "&after=" + after), staff).body());
            assertEquals(7, answer.getJsonNumber("total").intValue(), "the whole list's total on every page");
            List<JsonObject> rows = answer.getJsonArray("rows").getValuesAs(JsonObject.class);
            if (rows.isEmpty()) {
                break;
            }
            rows.forEach(r -> byCursor.add(String.valueOf(r.getJsonNumber("id").longValue())));
            JsonObject last = rows.get(rows.size() - 1);
            after = last.getString("serviceDate") + "_" + last.getJsonNumber("id").longValue();
        }
        assertEquals(byOffset, byCursor);

        HttpResponse<String> bad = Portal.get("api/records?after=" + URLEncoder.encode("2017-05-01;1", StandardCharsets.UTF_8), staff);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("after") && bad.body().contains("2026-05-01_12345"), bad.body());
        assertEquals(400, Portal.get("api/records?first=3&after=2017-05-01_1", staff).statusCode());
    }

    @Test
    @DisplayName("UX-6 the audit log pages on from the last entry (before=seq) as it pages by offset, filtered and whole; the whole trail's total is its newest number; a position with a first row, or not a number, is refused, naming it")
    void auditPagingOnFromTheLastEntry() throws Exception {
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("library-staff");
        for (int i = 0; i < 10; i++) {
            assertEquals(201, Portal.postJson("api/records", staff,
                    SampleRecords.json(SampleRecords.sample(libraryForm(), 40 + i), LocalDate.of(2017, 2, 3)).toString(), "zh-CN")
                    .statusCode());
        }
        String office = Portal.token("office");
        String filter = "actor=library-staff&action=record.created&size=3";
        JsonObject firstPage = Portal.json(Portal.get("api/audit?" + filter.replace("size=3", "size=9"), office).body());
        List<Long> byOffset = seqs(firstPage);
        assertEquals(9, byOffset.size(), firstPage.toString());
        List<Long> byPosition = new ArrayList<>();
        String before = "";
        for (int page = 0; page < 3; page++) {
            JsonObject answer = Portal.json(Portal.get("api/audit?" + filter + before, office).body());
            assertEquals(firstPage.getJsonNumber("total").longValue(), answer.getJsonNumber("total").longValue(), "the total on every page");
            byPosition.addAll(seqs(answer));
            before = "&before=" + byPosition.get(byPosition.size() - 1);
        }
        assertEquals(byOffset, byPosition);

        long countedBefore = auditEntries();
        JsonObject newest = Portal.json(Portal.get("api/audit?size=2", office).body());
        long total = newest.getJsonNumber("total").longValue();
        assertTrue(total >= countedBefore && total <= auditEntries(), "the whole trail's total is its count: " + total);
        long last = seqs(newest).get(0);
        assertEquals(List.of(last - 2, last - 3), seqs(Portal.json(Portal.get("api/audit?size=2&before=" + (last - 1), office).body())));

        HttpResponse<String> both = Portal.get("api/audit?first=3&before=" + last, office);
        assertEquals(400, both.statusCode(), both.body());
        assertTrue(both.body().contains("first"), both.body());
        HttpResponse<String> notANumber = Portal.get("api/audit?before=abc", office);
        assertEquals(400, notANumber.statusCode(), notANumber.body());
        assertTrue(notANumber.body().contains("before"), notANumber.body());
    }

    private static long auditEntries() throws Exception {
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("SELECT count(*) FROM audit_entry")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static List<Long> seqs(JsonObject page) {
        return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(e -> e.getJsonNumber("seq").longValue()).toList();
    }

    private static List<String> ids(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Portal.json(answer.body()).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> String.valueOf(r.getJsonNumber("id").longValue())).toList();
    }

    @Test
    @DisplayName("UX-6 one outlet of the public directory, without signing in; one not listed is not found")
    void directoryEntry() throws Exception {
        String code = Portal.ensureOutlet("association", "北京示例知识产权协会服务网点");
        HttpResponse<String> entry = Portal.get("api/public/directory/" + code, null);
        assertEquals(200, entry.statusCode(), entry.body());
        assertEquals(code, Portal.json(entry.body()).getString("code"));
        assertTrue(!entry.body().contains("principal"), "no personal names");
        assertEquals(404, Portal.get("api/public/directory/NO-SUCH-OUTLET", null).statusCode());

        assertEquals(0, total(Portal.get("api/public/directory?name=%25", null)), "a % in the name is a character, not a wildcard");
        assertTrue(total(Portal.get("api/public/directory?name="
                + URLEncoder.encode("TEST ASSOCIATION OUTLET", StandardCharsets.UTF_8), null)) > 0,
                "English names are searched too, ignoring case");
    }

    private static long total(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Portal.json(answer.body()).getJsonNumber("total").longValue();
    }

    private static RecordForm libraryForm() {
        return ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("library")).findFirst().orElseThrow().recordForms().get(0);
    }
}
