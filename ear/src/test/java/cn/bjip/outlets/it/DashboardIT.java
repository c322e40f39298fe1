package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The network dashboard agrees with the public directory, and shows its charts to the office. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-14.1")
@Tag("R-6.2")
@Tag("R-13.1")
class DashboardIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("R-13.1 the dashboard's listed outlets are the directory's, by type they add up; type-wide goals count every listed outlet; only staff see it; the page charts them and drills down to one outlet")
    void figuresAndCharts() throws Exception {
        Portal.ensureLibraryOutlet();
        Portal.ensureOutlet("park", "测试园区网点");
        int year = Portal.TODAY.getYear();
        assertEquals(201, Portal.postJson("api/goals", Portal.token("center"),
                "{\"year\":%d,\"networkType\":\"library\",\"metricId\":\"eventsHeld\",\"target\":2}".formatted(year), "en")
                .statusCode());
        JsonObject dashboard = Portal.json(Portal.get("api/dashboard", Portal.token("office")).body());
        JsonObject goal = dashboard.getJsonArray("goals").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("networkType").equals("library")
                        && g.getJsonObject("metric").getString("id").equals("eventsHeld")).findFirst().orElseThrow();
        assertEquals(dashboard.getJsonObject("listedByType").getJsonNumber("library").longValue(),
                goal.getJsonNumber("outlets").longValue(), "the target counts every listed library");
        long listed = dashboard.getJsonObject("standing").getJsonNumber("listed").longValue();
        long directory = Portal.json(Portal.get("api/public/directory?size=0", null).body()).getJsonNumber("total").longValue();
        assertEquals(directory, listed);
        assertEquals(listed, dashboard.getJsonObject("listedByType").values().stream()
                .mapToLong(v -> ((JsonNumber) v).longValue()).sum());
        assertEquals(listed, dashboard.getJsonArray("ledgers").getValuesAs(JsonObject.class).stream()
                .mapToLong(l -> l.getJsonNumber("outlets").longValue()).sum());
        assertEquals(4, dashboard.getJsonArray("trend").size());
        // the server's clock started on the test day (15 September 2026), so the last quarter that ended is 2026 Q2
        JsonObject quarter = dashboard.getJsonObject("quarter");
        assertEquals(Portal.TODAY.getYear(), quarter.getInt("year"));
        assertEquals((Portal.TODAY.getMonthValue() - 1) / 3, quarter.getInt("quarter"));
        assertEquals(403, Portal.get("api/dashboard", Portal.token("library-staff")).statusCode());
        assertEquals(403, Portal.get("api/dashboard", Portal.token("expert")).statusCode());

        try (Browser web = new Browser()) {
            web.logIn("center");
            web.open("app/dashboard.xhtml");
            assertEquals(String.valueOf(listed), web.text("listed"));
            Object bars = web.wait.until(d -> web.driver.executeScript(
                    "var w = PrimeFaces.widgets['chart_types']; return w && w.chart ? w.chart.data.datasets[0].data : null"));
            assertEquals(listed, ((List<?>) bars).stream().mapToLong(v -> ((Number) v).longValue()).sum());
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart-ledgers")));
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals"), "举办活动场次"));
            web.screenshot("dashboard");
            web.choose("drill:outlet", "BJ-LIBRARY-001");
            web.click("drill:go");
            web.wait.until(ExpectedConditions.urlContains("metrics.xhtml?outlet=BJ-LIBRARY-001"));
        }
    }
}
