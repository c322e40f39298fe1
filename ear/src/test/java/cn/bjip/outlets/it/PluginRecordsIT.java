package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bjip.outlets.it.SampleRecords.Sample;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each of the six plugins, end to end: its outlet's staff log records of every form through the REST API into the
 * real EJB services and PostgreSQL, and the metric engine's figures equal the ones computed here from those records.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("R-8.1")
@Tag("R-9.1")
class PluginRecordsIT {

    private static final int YEAR = 2025;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @Tag("university")
    @DisplayName("R-8.1 university: courses, training, talent records and research support, with their metrics")
    void university() throws Exception {
        exercise("university");
    }

    @Test
    @Tag("research")
    @DisplayName("R-8.1 research: project lifecycle support, results conversion and industry analysis, with their metrics")
    void research() throws Exception {
        exercise("research");
    }

    @Test
    @Tag("library")
    @DisplayName("R-8.1 library: outreach events and reference consultations, with their metrics")
    void library() throws Exception {
        exercise("library");
    }

    @Test
    @Tag("park")
    @DisplayName("R-8.1 park: matchmaking events and enterprise services, with their metrics")
    void park() throws Exception {
        exercise("park");
    }

    @Test
    @Tag("association")
    @DisplayName("R-8.1 association: thematic databases, information push and member training, with their metrics")
    void association() throws Exception {
        exercise("association");
    }

    @Test
    @Tag("market")
    @Tag("R-8.2")
    @DisplayName("R-8.2 market: free and low-cost public-welfare services with their fees, with their metrics")
    void market() throws Exception {
        exercise("market");
    }

    private static void exercise(String type) throws Exception {
        NetworkTypePlugin plugin = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals(type)).findFirst().orElseThrow();
        String code = Portal.ensureOutlet(type, "测试" + plugin.name().zh() + "网点");
        String token = Portal.token(type + "-staff");

        List<Sample> all = new ArrayList<>();
        List<Sample> secondQuarter = new ArrayList<>();
        int n = 0;
        for (RecordForm form : plugin.recordForms()) {
            for (int i = 0; i < 5; i++, n++) {
                Sample sample = SampleRecords.sample(form, n);
                LocalDate date = LocalDate.of(YEAR, 1 + (n * 5) % 12, 1 + n % 28);
                HttpResponse<String> created = Portal.postJson("api/records", token,
                        SampleRecords.json(sample, date).toString(), "zh-CN");
                assertEquals(201, created.statusCode(), created.body());
                assertEquals(code, Portal.json(created.body()).getString("outletCode"));
                all.add(sample);
                if (date.getMonthValue() >= 4 && date.getMonthValue() <= 6) {
                    secondQuarter.add(sample);
                }
            }
        }

        assertMetrics(plugin, all, "api/metrics/outlets/" + code + "?period=" + YEAR, token);
        assertMetrics(plugin, secondQuarter, "api/metrics/outlets/" + code + "?period=" + YEAR + "-Q2", token);
        assertMetrics(plugin, all, "api/metrics/types/" + type + "?period=" + YEAR, Portal.token("center"));

        HttpResponse<String> list = Portal.get("api/records?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31&size=10", token);
        assertEquals(n, Portal.json(list.body()).getJsonNumber("total").intValue(), list.body());
    }

    private static void assertMetrics(NetworkTypePlugin plugin, List<Sample> samples, String path, String token)
            throws Exception {
        HttpResponse<String> response = Portal.get(path, token);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Portal.json(response.body());
        Map<String, BigDecimal> expected = ExpectedMetrics.of(plugin.metrics(), samples);
        for (JsonValue item : report.getJsonArray("metrics")) {
            JsonObject figure = item.asJsonObject();
            String id = figure.getJsonObject("metric").getString("id");
            BigDecimal actual = !figure.containsKey("value") || figure.isNull("value") ? null
                    : figure.getJsonNumber("value").bigDecimalValue();
            BigDecimal want = expected.get(id);
            assertEquals(want == null ? null : want.stripTrailingZeros(), actual == null ? null : actual.stripTrailingZeros(),
                    plugin.id() + " metric " + id + " at " + path);
        }
        assertEquals(expected.size(), report.getJsonArray("metrics").size());
        assertEquals(samples.size(), report.getJsonArray("byServiceKind").stream()
                .mapToInt(kind -> kind.asJsonObject().getInt("records")).sum());
    }
}
