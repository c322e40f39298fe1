package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.audit.AuditChain;
import cn.bjip.outlets.audit.AuditChainCheck;
import cn.bjip.outlets.platform.DatabaseMigration;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is append-only and hash-chained (RS-5): refusals are in it with their result, and a change, a
 * deletion or a reordering made directly in SQL is found by the verification command and the office's check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-5")
class AuditChainIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("RS-5 a refused call is in the trail as refused, with who and what; the chain verifies intact, for the office only")
    void refusalsAreRecordedAndTheChainIsIntact() throws Exception {
        Portal.ensureLibraryOutlet();
        assertEquals(403, Portal.get("api/audit", Portal.token("library-staff")).statusCode());
        String office = Portal.token("office");
        JsonObject refusal = Portal.json(Portal.get("api/audit?size=50", office).body()).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("actor").equals("library-staff") && e.getString("result").equals("DENIED"))
                .findFirst().orElseThrow(() -> new AssertionError("the refusal is not in the trail"));
        assertEquals("access.denied", refusal.getString("action"));
        assertEquals("AuditService.find", refusal.getString("entityId"));
        assertEquals("GET /api/audit", refusal.getString("detail"));

        HttpResponse<String> verified = Portal.get("api/audit/verification", office);
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject report = Portal.json(verified.body());
        assertTrue(report.getJsonArray("breaks").isEmpty(), verified.body());
        assertEquals(report.getJsonNumber("lastSeq").longValue(), report.getJsonNumber("checked").longValue());
        assertEquals(403, Portal.get("api/audit/verification", Portal.token("center")).statusCode());
        try (Connection db = TestDatabase.connect()) {
            assertTrue(AuditChainCheck.check(db).intact(), "the command agrees");
        }
    }

    @Test
    @DisplayName("RS-5 UPDATE, DELETE and TRUNCATE of audit rows are refused by the database")
    void appendOnly() throws Exception {
        Portal.ensureLibraryOutlet();
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            for (String change : List.of("UPDATE audit_entry SET detail = 'x' WHERE seq = 1",
                    "DELETE FROM audit_entry WHERE seq = 1", "TRUNCATE audit_entry")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.execute(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
    }

    @Test
    @Tag("RS-8")
    @DisplayName("RS-8 the application's database role owns nothing: it cannot change or delete audit rows, switch off their guard, read the migration history or change the schema")
    void runtimeRoleHasLeastPrivilege() throws Exception {
        Portal.ensureLibraryOutlet();
        try (Connection db = java.sql.DriverManager.getConnection(System.getProperty("portal.db.url"),
                System.getProperty("portal.db.app.user"), System.getProperty("portal.db.app.password"));
             Statement sql = db.createStatement()) {
            for (String refused : List.of("UPDATE audit_entry SET detail = 'x' WHERE seq = 1",
                    "DELETE FROM audit_entry WHERE seq = 1", "TRUNCATE audit_entry",
                    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change",
                    "SELECT count(*) FROM flyway_schema_history", "CREATE TABLE intruder (x int)",
                    "DROP TABLE service_record")) {
                SQLException error = assertThrows(SQLException.class, () -> sql.execute(refused), refused);
                assertTrue(error.getMessage().contains("permission denied") || error.getMessage().contains("must be owner"),
                        refused + ": " + error.getMessage());
            }
            try (var rows = sql.executeQuery("SELECT count(*) FROM audit_entry")) {
                assertTrue(rows.next() && rows.getLong(1) > 0, "it reads the trail");
            }
        }
    }

    @Test
    @DisplayName("RS-5 an UPDATE, a DELETE and a reordering made in SQL past the guard are each reported, at the entry they hit")
    void tamperingIsFound() throws Exception {
        Portal.ensureLibraryOutlet();
        Portal.ensureOutlet("park", "测试园区网点");
        try (Connection db = TestDatabase.connect()) {
            long k = TestDatabase.first("SELECT max(seq) - 2 FROM audit_entry").map(Long::parseLong).orElseThrow();
            assertTrue(k >= 2, "entries to tamper with");
            assertEquals(List.of(new AuditChain.Break(k, AuditChain.BreakKind.CHANGED)),
                    tampered(db, "UPDATE audit_entry SET detail = detail || ' (edited)' WHERE seq = " + k));
            assertEquals(List.of(new AuditChain.Break(k + 1, AuditChain.BreakKind.MISSING)),
                    tampered(db, "DELETE FROM audit_entry WHERE seq = " + k));
            List<AuditChain.Break> swapped = tampered(db, "UPDATE audit_entry SET seq = -1 WHERE seq = " + k,
                    "UPDATE audit_entry SET seq = " + k + " WHERE seq = " + (k + 1),
                    "UPDATE audit_entry SET seq = " + (k + 1) + " WHERE seq = -1");
            assertEquals(List.of(new AuditChain.Break(k, AuditChain.BreakKind.UNLINKED),
                    new AuditChain.Break(k, AuditChain.BreakKind.CHANGED),
                    new AuditChain.Break(k + 1, AuditChain.BreakKind.UNLINKED),
                    new AuditChain.Break(k + 1, AuditChain.BreakKind.CHANGED),
                    new AuditChain.Break(k + 2, AuditChain.BreakKind.UNLINKED)), swapped);
            assertTrue(AuditChainCheck.check(db).intact(), "every tampering was rolled back");
        }
    }

    @Test
    @DisplayName("RS-5 migration 8 numbers and chains the entries a database already holds, in the order they were written")
    void existingEntriesAreChained() throws Exception {
        String url = System.getProperty("portal.db.url");
        String user = System.getProperty("portal.db.user");
        String password = System.getProperty("portal.db.password");
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS before_chain CASCADE");
            DatabaseMigration.configuration().dataSource(url, user, password).schemas("before_chain").target("7").load().migrate();
            sql.execute("""
                    INSERT INTO before_chain.audit_entry (id, at, actor, action, entity_type, entity_id, detail) VALUES
                     (7, TIMESTAMPTZ '2024-05-02 10:00:00.123456+08', 'center', 'outlet.created', 'Outlet', 'BJ-X-001', 'a'),
                     (3, TIMESTAMPTZ '2024-05-01 09:00:00+08', 'office', 'outlet.created', 'Outlet', 'BJ-X-002', NULL),
                     (9, TIMESTAMPTZ '2024-05-03 08:30:00+08', 'library-staff', 'record.created', 'ServiceRecord', '5', 'b')""");
            DatabaseMigration.configuration().dataSource(url, user, password).schemas("before_chain").load().migrate();
            sql.execute("SET search_path TO before_chain");
            AuditChain.Report report = AuditChainCheck.check(db);
            assertTrue(report.intact(), report.toString());
            assertEquals(3, report.checked());
            assertEquals("3,7,9", TestDatabase.first("SELECT string_agg(id::text, ',' ORDER BY seq) FROM before_chain.audit_entry")
                    .orElseThrow());
            assertThrows(SQLException.class, () -> sql.execute("DELETE FROM audit_entry WHERE id = 3"), "and it is append-only");
            sql.execute("SET search_path TO public");
            sql.execute("DROP SCHEMA before_chain CASCADE");
        }
    }

    /** Applies {@code changes} with the table's guard switched off, checks the chain, and rolls everything back. */
    private static List<AuditChain.Break> tampered(Connection db, String... changes) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change");
            for (String change : changes) {
                sql.execute(change);
            }
            return AuditChainCheck.check(db).breaks();
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }
}
