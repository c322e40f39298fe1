package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Run-time plugin management (P-3) through the real services: enabling and disabling a type, form versions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("P-3")
class PluginAdminIT {

    private static final String PUSH = """
            {"formId":"informationPush","serviceKind":"POLICY_PROMOTION","ipFields":["TRADEMARK"],"serviceDate":"2026-04-08",
             "beneficiaryKind":"MEMBER_UNIT","beneficiaryCount":60,"charged":false,
             "values":{"title":"商标政策月报","channel":"wechat","membersReached":60}}""";
    private static final String COURSE = """
            {"formId":"infoCourse","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"2026-03-02",
             "beneficiaryKind":"STUDENTS_AND_FACULTY","beneficiaryCount":45,"charged":false,
             "values":{"courseName":"专利信息检索与利用","academicYear":2025,"semester":"spring","audience":"postgraduate",
                       "studentsEnrolled":45,"hours":32,"credited":true%s}}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @Tag("R-8.1")
    @DisplayName("P-3 all six plugins are listed with their forms and versions; a disabled type takes no new records and keeps the old ones")
    void disablingHidesFormsKeepsRecords() throws Exception {
        Portal.ensureOutlet("association", "测试行业协会网点");
        String staff = Portal.token("association-staff");
        String center = Portal.token("center");
        HttpResponse<String> overview = Portal.get("api/plugins", center);
        assertEquals(200, overview.statusCode(), overview.body());
        assertEquals(List.of("association", "library", "market", "park", "research", "university"),
                Portal.json("{\"p\":" + overview.body() + "}").getJsonArray("p").stream()
                        .map(p -> p.asJsonObject().getString("networkType")).toList());
        assertEquals(403, Portal.get("api/plugins", staff).statusCode(), "outlet staff do not manage plugins");

        JsonObject kept = created(Portal.postJson("api/records", staff, PUSH, "zh-CN"));
        try {
            assertEquals(204, enable("association", false, center).statusCode());
            assertEquals("[]", Portal.get("api/records/forms", staff).body());
            HttpResponse<String> refused = Portal.postJson("api/records", staff, PUSH, "en");
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("is disabled"), refused.body());
            assertEquals(200, Portal.get("api/records/" + kept.getJsonNumber("id"), staff).statusCode(), "old records stay");
            assertFalse(status("association", center).getBoolean("enabled"));
        } finally {
            assertEquals(204, enable("association", true, center).statusCode());
        }
        assertTrue(status("association", center).getBoolean("enabled"));
        created(Portal.postJson("api/records", staff, PUSH, "zh-CN"));
        String audit = Portal.get("api/audit?size=50", Portal.token("office")).body();
        // this test's own two changes: the newest entries about the association plugin, newest first
        List<JsonObject> changes = Portal.json(audit).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("entityType").equals("Plugin") && e.getString("entityId").equals("association"))
                .limit(2).toList();
        assertEquals(List.of("plugin.enabled", "plugin.disabled"), changes.stream().map(e -> e.getString("action")).toList(),
                "both changes audited, in order: " + audit);
        assertTrue(changes.stream().allMatch(e -> e.getString("actor").equals("center")), "the audit names who: " + audit);
    }

    @Test
    @DisplayName("P-3 a form change makes a new version: new records use it, a retired field takes no values, old records keep and show theirs")
    void formRevisionKeepsOldRecordsReadable() throws Exception {
        Portal.ensureOutlet("university", "测试高校网点");
        String staff = Portal.token("university-staff");
        String center = Portal.token("center");
        JsonObject old = created(Portal.postJson("api/records", staff, COURSE.formatted(""), "zh-CN"));
        assertEquals(1, old.getInt("formVersion"));

        JsonArray current = Portal.json("{\"f\":" + Portal.get("api/records/forms", staff).body() + "}").getJsonArray("f");
        JsonObject course = current.stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("id").equals("infoCourse")).findFirst().orElseThrow();
        StringBuilder drafts = new StringBuilder("[");
        for (JsonValue value : course.getJsonArray("fields")) {
            JsonObject field = value.asJsonObject();
            String key = field.getString("key");
            String en = key.equals("hours") ? "Class hours" : field.getJsonObject("label").getString("en");
            drafts.append("{\"key\":\"%s\",\"labelZh\":\"%s\",\"labelEn\":\"%s\",\"retired\":%s},".formatted(key,
                    field.getJsonObject("label").getString("zh"), en, key.equals("credited")));
        }
        drafts.append("{\"key\":\"teacher\",\"type\":\"TEXT\",\"labelZh\":\"授课教师\",\"labelEn\":\"Teacher\",\"retired\":false}]");
        HttpResponse<String> revised = Portal.postJson("api/plugins/university/forms/infoCourse/versions", center,
                drafts.toString(), "zh-CN");
        assertEquals(201, revised.statusCode(), revised.body());
        int version = Portal.json(revised.body()).getInt("version");
        assertEquals(2, version);
        assertEquals(403, Portal.postJson("api/plugins/university/forms/infoCourse/versions", staff, drafts.toString(),
                "zh-CN").statusCode(), "outlet staff cannot change forms");

        HttpResponse<String> retiredRefused = Portal.postJson("api/records", staff, COURSE.formatted(""), "en");
        assertEquals(400, retiredRefused.statusCode());
        assertTrue(retiredRefused.body().contains("has been retired"), retiredRefused.body());
        JsonObject fresh = created(Portal.postJson("api/records", staff,
                COURSE.formatted(",\"teacher\":\"王老师\"").replace("\"credited\":true,", ""), "zh-CN"));
        assertEquals(version, fresh.getInt("formVersion"));

        String oldPath = "api/records/" + old.getJsonNumber("id");
        JsonObject oldRead = Portal.json(Portal.get(oldPath, staff).body());
        assertEquals(1, oldRead.getInt("formVersion"));
        assertTrue(oldRead.getJsonObject("values").getBoolean("credited"), "the retired field's value is kept");
        JsonObject oldForm = Portal.json(Portal.get(oldPath + "/form", staff).body());
        assertEquals(1, oldForm.getInt("version"));
        List<String> oldKeys = oldForm.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("key")).toList();
        assertTrue(oldKeys.contains("credited") && !oldKeys.contains("teacher"), oldKeys.toString());

        HttpResponse<String> history = Portal.get("api/plugins/university/forms/infoCourse/versions", center);
        assertTrue(history.body().contains("Class hours") && history.body().contains("Teacher"), history.body());
        assertTrue(Portal.get("api/audit?size=50", Portal.token("office")).body().contains("form.revised"));
    }

    private static HttpResponse<String> enable(String type, boolean enabled, String token) throws Exception {
        return Portal.putJson("api/plugins/" + type + "/enabled", token, String.valueOf(enabled), "zh-CN");
    }

    private static JsonObject status(String type, String token) throws Exception {
        return Portal.json("{\"p\":" + Portal.get("api/plugins", token).body() + "}").getJsonArray("p").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("networkType").equals(type)).findFirst().orElseThrow();
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Portal.json(response.body());
    }
}
