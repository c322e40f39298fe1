package cn.bjip.outlets.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The audit chain verified straight from the database, without the portal running ({@code ./portal verify-audit}):
 * prints what it checked and every break, and exits 0 only for an intact chain. Reads a page at a time.
 */
public final class AuditChainCheck {

    private static final int PAGE = 5000;

    private AuditChainCheck() {
    }

    /** Arguments: JDBC URL, user, password. */
    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            AuditChain.Report report = check(db);
            System.out.printf("audit chain: %d entries checked, last no. %d: %s%n", report.checked(), report.lastSeq(),
                    report.intact() ? "intact" : "BROKEN");
            report.breaks().forEach(b -> System.out.printf("  entry %d: %s%n", b.seq(), b.kind()));
            System.exit(report.intact() ? 0 : 1);
        }
    }

    /** Checks the chain as {@code db} sees it (in its transaction, if one is open). */
    public static AuditChain.Report check(Connection db) throws SQLException {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        try (PreparedStatement page = db.prepareStatement("SELECT seq, at, actor, action, entity_type, entity_id, detail,"
                + " result, prev_hash, hash FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT " + PAGE)) {
            int read;
            do {
                page.setLong(1, after);
                read = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        after = rows.getLong("seq");
                        verifier.accept(new AuditChain.Link(after, rows.getObject("at", OffsetDateTime.class).toInstant(),
                                rows.getString("actor"), rows.getString("action"), rows.getString("entity_type"),
                                rows.getString("entity_id"), rows.getString("detail"), rows.getString("result"),
                                rows.getString("prev_hash"), rows.getString("hash")));
                    }
                }
            } while (read == PAGE);
        }
        return verifier.report();
    }
}
