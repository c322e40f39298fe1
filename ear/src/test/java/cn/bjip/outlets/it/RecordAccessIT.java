package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outlet staff of outlet A (library) and outlet B (park), with real Keycloak tokens: refused input stores nothing,
 * and A reaches none of B's records by any API route.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-8.1")
@Tag("security")
class RecordAccessIT {

    private static final String EXHIBITION = """
            {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"2026-03-12",
             "beneficiaryKind":"PUBLIC","beneficiaryCount":80,"charged":false,"summary":"专利文献展",
             "values":{"eventKind":"exhibition","title":"专利文献展","attendance":%s}}""";
    private static final String MATCHMAKING = """
            {"formId":"matchmakingEvent","serviceKind":"AFFAIRS_CONSULTATION","ipFields":["PATENT","TRADEMARK"],
             "serviceDate":"2026-03-20","beneficiaryKind":"ENTERPRISE","beneficiaryCount":30,"charged":false,
             "values":{"title":"新材料供需对接会","eventKind":"matchmaking","enterprises":25,"institutions":3,"deals":4}}""";

    private static String libraryStaff;
    private static String parkStaff;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void outlets() throws Exception {
        Portal.ensureLibraryOutlet();
        Portal.ensureOutlet("park", "测试园区网点");
        libraryStaff = Portal.token("library-staff");
        parkStaff = Portal.token("park-staff");
    }

    @Test
    @Tag("P-4")
    @DisplayName("R-8.1 a missing field, an out-of-range number, a wrong choice and an over-long text are refused, each named, in zh and en; nothing is stored")
    void invalidRecordRefused() throws Exception {
        long before = total(libraryStaff);
        String bad = """
                {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"2026-03-12",
                 "beneficiaryKind":"PUBLIC","beneficiaryCount":80,"charged":false,
                 "values":{"eventKind":"concert","title":"%s","attendance":100001}}""".formatted("展".repeat(201));
        HttpResponse<String> zh = Portal.postJson("api/records", libraryStaff, bad, "zh-CN");
        assertEquals(400, zh.statusCode(), zh.body());
        assertEquals(List.of("eventKind", "title", "attendance"), fields(zh));
        assertEquals(List.of("“活动类型”没有“concert”这一选项。", "“活动名称”最多 200 个字。", "“参与人数”不能大于 100,000。"),
                messages(zh));

        String missing = EXHIBITION.formatted("null").replace(",\"attendance\":null", "");
        HttpResponse<String> en = Portal.postJson("api/records", libraryStaff, missing, "en");
        assertEquals(400, en.statusCode(), en.body());
        assertEquals(List.of("Attendance is required."), messages(en));
        assertEquals(before, total(libraryStaff), "nothing stored");
    }

    @Test
    @DisplayName("R-8.1 outlet A cannot read, change or delete outlet B's record by changing the id in the URL")
    void otherOutletsRecordUnreachable() throws Exception {
        JsonObject theirs = created(Portal.postJson("api/records", parkStaff, MATCHMAKING, "zh-CN"));
        String path = "api/records/" + theirs.getJsonNumber("id").longValue();
        String version = "?version=" + theirs.getJsonNumber("version").longValue();

        assertEquals(404, Portal.get(path, libraryStaff).statusCode());
        assertEquals(404, Portal.putJson(path + version, libraryStaff, EXHIBITION.formatted(10), "zh-CN").statusCode());
        assertEquals(404, Portal.delete(path + version, libraryStaff).statusCode());

        HttpResponse<String> still = Portal.get(path, parkStaff);
        assertEquals(200, still.statusCode());
        assertEquals(theirs.getJsonNumber("version"), Portal.json(still.body()).getJsonNumber("version"), "unchanged");
        assertEquals(200, Portal.get(path, Portal.token("center")).statusCode(), "center staff read every outlet's records");
    }

    @Test
    @DisplayName("R-8.1 asking the list or the metrics for outlet B yields A's own records only, or nothing")
    void otherOutletsListAndMetricsUnreachable() throws Exception {
        created(Portal.postJson("api/records", parkStaff, MATCHMAKING, "zh-CN"));
        created(Portal.postJson("api/records", libraryStaff, EXHIBITION.formatted(40), "zh-CN"));

        HttpResponse<String> list = Portal.get("api/records?outlet=BJ-PARK-001&size=200", libraryStaff);
        assertEquals(200, list.statusCode());
        assertFalse(Portal.json(list.body()).getJsonArray("rows").isEmpty(), "the caller's own records are listed");
        for (JsonValue row : Portal.json(list.body()).getJsonArray("rows")) {
            assertEquals("BJ-LIBRARY-001", row.asJsonObject().getString("outletCode"));
        }
        assertEquals(404, Portal.get("api/metrics/outlets/BJ-PARK-001?period=2026", libraryStaff).statusCode());
        assertEquals(403, Portal.get("api/metrics/types/park?period=2026", libraryStaff).statusCode());
        assertEquals(403, Portal.get("api/metrics/network?period=2026", libraryStaff).statusCode());
    }

    @Test
    @DisplayName("R-8.1 forged fields cannot move a record to outlet B: an outlet in the body and an unknown form field are refused, naming them")
    void forgedFieldsIgnoredOrRefused() throws Exception {
        long theirsBefore = total(parkStaff);
        String forgedOutlet = EXHIBITION.formatted(12).replace("{\"formId\"", "{\"outletCode\":\"BJ-PARK-001\",\"formId\"");
        long mineBefore = total(libraryStaff);
        HttpResponse<String> response = Portal.postJson("api/records", libraryStaff, forgedOutlet, "en");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(List.of("outletCode"), fields(response));
        assertEquals(mineBefore, total(libraryStaff), "nothing stored in the caller's outlet either");
        String forgedField = EXHIBITION.formatted(12).replace("\"attendance\":12", "\"attendance\":12,\"outletId\":1");
        HttpResponse<String> refused = Portal.postJson("api/records", libraryStaff, forgedField, "en");
        assertEquals(400, refused.statusCode());
        assertEquals(List.of("outletId"), fields(refused));
        assertEquals(theirsBefore, total(parkStaff));
    }

    @Test
    @DisplayName("R-8.1 reading leaves the version alone; a change against a stale version is refused with 409 (optimistic locking); the current version succeeds")
    void optimisticLocking() throws Exception {
        JsonObject mine = created(Portal.postJson("api/records", libraryStaff, EXHIBITION.formatted(30), "zh-CN"));
        String path = "api/records/" + mine.getJsonNumber("id").longValue() + "?version=";
        long version = mine.getJsonNumber("version").longValue();
        assertEquals("library-staff", mine.getString("createdBy"), "the record names who logged it");
        Portal.get("api/records/" + mine.getJsonNumber("id").longValue(), libraryStaff);
        Portal.get("api/records?size=200", libraryStaff);
        assertEquals(version, Portal.json(Portal.get("api/records/" + mine.getJsonNumber("id").longValue(), libraryStaff)
                .body()).getJsonNumber("version").longValue(), "reading a record does not change its version");
        HttpResponse<String> updated = Portal.putJson(path + version, libraryStaff, EXHIBITION.formatted(35), "zh-CN");
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(35, Portal.json(updated.body()).getJsonObject("values").getInt("attendance"));
        assertEquals(409, Portal.putJson(path + version, libraryStaff, EXHIBITION.formatted(36), "zh-CN").statusCode());
        assertEquals(409, Portal.delete(path + version, libraryStaff).statusCode());
        assertEquals(204, Portal.delete(path + (version + 1), libraryStaff).statusCode());
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Portal.json(response.body());
    }

    private static long total(String token) throws Exception {
        return Portal.json(Portal.get("api/records?size=0", token).body()).getJsonNumber("total").longValue();
    }

    private static List<String> fields(HttpResponse<String> response) {
        return Portal.json(response.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static List<String> messages(HttpResponse<String> response) {
        return Portal.json(response.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("message")).toList();
    }
}
