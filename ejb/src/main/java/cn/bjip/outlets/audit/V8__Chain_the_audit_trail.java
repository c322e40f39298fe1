package cn.bjip.outlets.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 8 (in Java because SM3 is not PostgreSQL's): numbers the existing audit entries in the order they
 * were written, chains them by hash, records them as done, and makes the table refuse UPDATE, DELETE and TRUNCATE.
 * Registered by {@code DatabaseMigration}.
 */
public class V8__Chain_the_audit_trail extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN seq BIGINT, ADD COLUMN result VARCHAR(16),"
                    + " ADD COLUMN prev_hash VARCHAR(64), ADD COLUMN hash VARCHAR(64)");
        }
        chainExistingEntries(db);
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE audit_entry ALTER COLUMN seq SET NOT NULL, ALTER COLUMN result SET NOT NULL,"
                    + " ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL");
            ddl.execute("ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_seq_unique UNIQUE (seq)");
            ddl.execute("""
                    CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
                    END $$""");
            ddl.execute("CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()");
            ddl.execute("CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()");
        }
    }

    private static void chainExistingEntries(Connection db) throws Exception {
        String previous = AuditChain.GENESIS;
        long seq = 0;
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, at, actor, action, entity_type, entity_id, detail"
                     + " FROM audit_entry ORDER BY at, id");
             PreparedStatement write = db.prepareStatement(
                     "UPDATE audit_entry SET seq = ?, result = 'DONE', prev_hash = ?, hash = ? WHERE id = ?")) {
            while (rows.next()) {
                seq++;
                Instant at = rows.getObject("at", OffsetDateTime.class).toInstant();
                String hash = AuditChain.hash(previous, seq, at, rows.getString("actor"), rows.getString("action"),
                        rows.getString("entity_type"), rows.getString("entity_id"), rows.getString("detail"), "DONE");
                write.setLong(1, seq);
                write.setString(2, previous);
                write.setString(3, hash);
                write.setLong(4, rows.getLong("id"));
                write.addBatch();
                previous = hash;
            }
            write.executeBatch();
        }
    }
}
