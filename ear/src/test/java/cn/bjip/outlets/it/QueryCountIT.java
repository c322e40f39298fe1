package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ServiceLoader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No N+1 (issue 13, point 3): the SQL statements a request takes, as the test server reports them in
 * {@code X-Portal-Statements}, do not grow with the rows it answers — a page of 200 costs no more than a page of 2.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryCountIT {

    /** What one list request may take at most: scope, the page, its count, locks; never one per row. */
    private static final int AT_MOST = 12;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("issue 13: the record list, dashboard, metrics, ledger overview and directory take no more statements for 200 rows than for 2")
    void statementsDoNotGrowWithRows() throws Exception {
        Portal.ensureOutlet("park", "北京示例科技园区知识产权服务网点");
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("park-staff");
        RecordForm form = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("park")).findFirst().orElseThrow().recordForms().get(0);
        for (int i = 0; i < 120; i++) { // more than two of Hibernate's batch fetches (50): a per-row query would show
            String body = Json.createObjectBuilder(SampleRecords.json(SampleRecords.sample(form, 900 + i),
                    LocalDate.of(2015, 1 + i % 12, 1 + i % 28))).build().toString();
            assertEquals(201, Portal.postJson("api/records", staff, body, "zh-CN").statusCode());
        }
        String center = Portal.token("center");
        same("api/records?from=2015-01-01&to=2015-12-31&size=%d", staff);
        same("api/records?from=2015-01-01&to=2015-12-31&size=%d", center);
        same("api/records?outlet=BJ-PARK-001&from=2015-01-01&to=2015-12-31&size=%d", center);
        same("api/public/directory?size=%d", null);
        same("api/ledgers/overview/2015/1?size=%d", center);
        within("api/dashboard", center);
        within("api/metrics/network?period=2015", center);
        within("api/metrics/types/park?period=2015", center);
        within("api/metrics/outlets/BJ-PARK-001?period=2015", staff);
        assertTrue(statements("api/records?from=2015-01-01&to=2015-12-31&size=200", staff) > 0, "the counter counts");
    }

    private static void same(String path, String token) throws Exception {
        statements(String.format(path, 1), token); // caches warmed, as on a running server
        int few = statements(String.format(path, 2), token);
        int many = statements(String.format(path, 200), token);
        System.out.printf("statements: %s — %d for 2 rows, %d for 200%n", path, few, many);
        assertTrue(many <= few, path + ": a page of 200 takes " + many + " statements, a page of 2 " + few);
        assertTrue(many <= AT_MOST, path + " takes " + many);
    }

    private static void within(String path, String token) throws Exception {
        int taken = statements(path, token);
        System.out.printf("statements: %s — %d%n", path, taken);
        assertTrue(taken <= 40, path + " takes " + taken + " statements");
    }

    private static int statements(String path, String token) throws Exception {
        HttpResponse<String> answer = Portal.get(path, token);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return Integer.parseInt(answer.headers().firstValue("X-Portal-Statements").orElseThrow(
                () -> new AssertionError(path + " has no statement count")));
    }
}
