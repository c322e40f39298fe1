package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Row-level security (RS-8) with the services' outlet checks switched off ({@link UncheckedOutletScope}): outlet staff
 * of A still get none of outlet B's rows, through REST and pages, because PostgreSQL holds them to their outlet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-8")
@Tag("security")
class RowSecurityIT {

    private static final String MARKER = "行级安全探针" + Long.toString(System.nanoTime(), 36);

    private static String libraryStaff;
    private static String parkStaff;
    private static JsonObject theirs;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.withoutOutletChecks();
    }

    @BeforeAll
    static void outletBHasARecord() throws Exception {
        Portal.ensureLibraryOutlet();
        Portal.ensureOutlet("park", "测试园区网点");
        libraryStaff = Portal.token("library-staff");
        parkStaff = Portal.token("park-staff");
        HttpResponse<String> created = Portal.postJson("api/records", parkStaff, """
                {"formId":"matchmakingEvent","serviceKind":"AFFAIRS_CONSULTATION","ipFields":["PATENT"],
                 "serviceDate":"%s","beneficiaryKind":"ENTERPRISE","beneficiaryCount":30,"charged":false,
                 "summary":"%s","values":{"title":"%s","eventKind":"matchmaking","enterprises":25,"institutions":3,
                 "deals":4}}""".formatted(Portal.TODAY, MARKER, MARKER), "zh-CN");
        assertEquals(201, created.statusCode(), created.body());
        theirs = Portal.json(created.body());
        HttpResponse<String> mine = Portal.postJson("api/records", libraryStaff, """
                {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"%s",
                 "beneficiaryKind":"PUBLIC","beneficiaryCount":80,"charged":false,
                 "values":{"eventKind":"exhibition","title":"专利文献展","attendance":80}}""".formatted(Portal.TODAY), "zh-CN");
        assertEquals(201, mine.statusCode(), mine.body());
    }

    @Test
    @DisplayName("RS-8 the switch is on: a service asked for outlet B's metrics no longer refuses A's staff (404 without it)")
    void switchIsOn() throws Exception {
        HttpResponse<String> metrics = Portal.get("api/metrics/outlets/BJ-PARK-001?period=" + Portal.TODAY.getYear(),
                libraryStaff);
        assertEquals(200, metrics.statusCode(), metrics.body());
    }

    @Test
    @DisplayName("RS-8 through REST, outlet A's staff list, read, change and delete none of outlet B's records")
    void restFindsNoneOfB() throws Exception {
        HttpResponse<String> asked = Portal.get("api/records?outlet=BJ-PARK-001&size=200", libraryStaff);
        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals(0, Portal.json(asked.body()).getJsonNumber("total").longValue(), asked.body());

        HttpResponse<String> all = Portal.get("api/records?size=200", libraryStaff);
        assertFalse(Portal.json(all.body()).getJsonArray("rows").isEmpty(), "A's own records are listed");
        for (JsonValue row : Portal.json(all.body()).getJsonArray("rows")) {
            assertEquals("BJ-LIBRARY-001", row.asJsonObject().getString("outletCode"));
        }

        String path = "api/records/" + theirs.getJsonNumber("id").longValue();
        String version = "?version=" + theirs.getJsonNumber("version").longValue();
        assertEquals(404, Portal.get(path, libraryStaff).statusCode());
        assertEquals(404, Portal.get(path + "/form", libraryStaff).statusCode());
        assertEquals(404, Portal.delete(path + version, libraryStaff).statusCode());
        HttpResponse<String> still = Portal.get(path, parkStaff);
        assertEquals(200, still.statusCode(), "B's record is still there for B");
        assertEquals(MARKER, Portal.json(still.body()).getString("summary"));
    }

    @Test
    @DisplayName("RS-8 through pages, outlet A's staff neither see outlet B's record in the list nor open it")
    void pagesShowNoneOfB() throws Exception {
        HttpResponse<String> bList = WebSession.as("park-staff").get(Portal.BASE + "app/records.xhtml");
        assertTrue(bList.body().contains(MARKER), "the list would show the record");

        WebSession a = WebSession.as("library-staff");
        HttpResponse<String> aList = a.get(Portal.BASE + "app/records.xhtml");
        assertEquals(200, aList.statusCode());
        assertFalse(aList.body().contains(MARKER), "A's list shows none of B's records");
        long id = theirs.getJsonNumber("id").longValue();
        HttpResponse<String> opened = a.get(Portal.BASE + "app/record.xhtml?id=" + id);
        assertTrue(opened.body().contains("找不到服务记录 " + id), "the page says there is no such record");
        assertFalse(opened.body().contains(MARKER));
    }

    @Test
    @DisplayName("RS-8 in SQL as the runtime role: no outlet setting sees no outlet's rows; A's setting sees A's only and cannot write B's")
    void databaseHoldsTheLine() throws Exception {
        long outletB = Long.parseLong(TestDatabase.first("SELECT id FROM outlet WHERE code = 'BJ-PARK-001'").orElseThrow());
        long outletA = Long.parseLong(TestDatabase.first("SELECT id FROM outlet WHERE code = 'BJ-LIBRARY-001'").orElseThrow());
        try (Connection db = DriverManager.getConnection(System.getProperty("portal.db.url"),
                System.getProperty("portal.db.app.user"), System.getProperty("portal.db.app.password"));
             Statement sql = db.createStatement()) {
            for (String table : new String[] {"service_record", "quarterly_ledger", "annual_summary", "outlet_change",
                    "rectification"}) {
                assertEquals(0, count(sql, "SELECT count(*) FROM " + table), table + " without a setting");
            }
            db.setAutoCommit(false);
            sql.execute("SELECT set_config('portal.outlet', '" + outletA + "', true)");
            assertTrue(count(sql, "SELECT count(*) FROM service_record") > 0, "A's records");
            assertEquals(0, count(sql, "SELECT count(*) FROM service_record WHERE outlet_id <> " + outletA));
            SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "UPDATE service_record SET outlet_id = " + outletB + " WHERE outlet_id = " + outletA));
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            db.rollback();
            sql.execute("SELECT set_config('portal.outlet', '" + outletA + "', true)");
            assertEquals(0, sql.executeUpdate("DELETE FROM service_record WHERE outlet_id = " + outletB), "B's rows");
            db.rollback();
        }
        assertTrue(Long.parseLong(TestDatabase.first("SELECT count(*) FROM service_record WHERE outlet_id = " + outletB)
                .orElseThrow()) > 0, "B's records are there, for the owner with every outlet");
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
