package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ServiceLoader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Annual goals on plugin metrics, per type and per outlet, and the outlet's progress toward them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-13.1")
class GoalIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-13.1 an outlet's own target replaces its type's; progress counts the year's records; only center staff set goals")
    void targetsAndProgress() throws Exception {
        Portal.ensureLibraryOutlet();
        Portal.ensureOutlet("park", "测试园区网点");
        String center = Portal.token("center");
        String goal = "{\"year\":2023,\"networkType\":\"library\",\"outletCode\":%s,\"metricId\":\"%s\",\"target\":%s}";
        assertEquals(201, Portal.postJson("api/goals", center, goal.formatted("null", "eventsHeld", "10"), "en").statusCode());
        assertEquals(201, Portal.postJson("api/goals", center, goal.formatted("\"BJ-LIBRARY-001\"", "eventsHeld", "4"), "en").statusCode());
        assertEquals(201, Portal.postJson("api/goals", center, goal.formatted("null", "consultations", "5"), "en").statusCode());
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/goals", center, goal.formatted("null", "patentsFiled", "3"), "en"),
                "has no metric patentsFiled");
        AccreditationLifecycleIT.assertRefused(Portal.postJson("api/goals", center, goal.formatted("null", "eventsHeld", "-1"), "en"),
                "cannot be negative");
        String staff = Portal.token("library-staff");
        assertEquals(403, Portal.postJson("api/goals", staff, goal.formatted("null", "eventsHeld", "1"), "en").statusCode());

        NetworkTypePlugin library = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("library")).findFirst().orElseThrow();
        RecordForm events = library.recordForms().stream().filter(f -> f.id().equals("outreachEvent")).findFirst().orElseThrow();
        RecordForm consultations = library.recordForms().stream().filter(f -> f.id().equals("referenceConsultation"))
                .findFirst().orElseThrow();
        for (int i = 0; i < 2; i++) {
            assertEquals(201, Portal.postJson("api/records", staff,
                    SampleRecords.json(SampleRecords.sample(events, 300 + i), LocalDate.of(2023, 5, 10 + i)).toString(),
                    "zh-CN").statusCode());
        }
        assertEquals(201, Portal.postJson("api/records", staff,
                SampleRecords.json(SampleRecords.sample(consultations, 310), LocalDate.of(2023, 8, 1)).toString(), "zh-CN")
                .statusCode());

        JsonObject body = Portal.json("{\"p\":" + Portal.get("api/goals/progress/BJ-LIBRARY-001?year=2023", staff).body() + "}");
        JsonObject eventsHeld = progress(body, "eventsHeld");
        assertEquals(4, eventsHeld.getJsonNumber("target").intValue(), "the outlet's own target");
        assertTrue(eventsHeld.getBoolean("ownTarget"));
        assertEquals(2, eventsHeld.getJsonNumber("actual").intValue());
        assertEquals(50, eventsHeld.getInt("percent"));
        JsonObject consulted = progress(body, "consultations");
        assertFalse(consulted.getBoolean("ownTarget"), "the type's target");
        assertEquals(20, consulted.getInt("percent"));
        assertEquals(404, Portal.get("api/goals/progress/BJ-LIBRARY-001?year=2023", Portal.token("park-staff")).statusCode());
    }

    private static JsonObject progress(JsonObject body, String metric) {
        return body.getJsonArray("p").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("metricId").equals(metric)).findFirst().orElseThrow();
    }
}
