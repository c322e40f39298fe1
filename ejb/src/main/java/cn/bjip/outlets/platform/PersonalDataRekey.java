package cn.bjip.outlets.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Re-encrypts every stored phone number and e-mail address with the newest key of {@link DataKeys} (values not yet
 * encrypted are encrypted): the second step of a key rotation, and the data step of migration V11. As a command
 * ({@code ./portal rotate-data-key}): {@code PersonalDataRekey <jdbc url> <owner> <password>}, over JDBC as the
 * tables' owner, in one transaction.
 */
public final class PersonalDataRekey {

    /** The tables that embed an institution profile, whose contact columns hold personal data. */
    static final List<String> TABLES = List.of("outlet", "application", "outlet_change");
    static final List<String> COLUMNS = List.of("contact_phone", "contact_email");

    private PersonalDataRekey() {
    }

    /** Re-encrypts on {@code db} (which must see every outlet's rows) and returns how many values it rewrote. */
    public static int rekey(Connection db, DataKeys keys) throws SQLException {
        int rewritten = 0;
        for (String table : TABLES) {
            for (String column : COLUMNS) {
                try (Statement read = db.createStatement();
                     ResultSet rows = read.executeQuery("SELECT id, " + column + " FROM " + table + " WHERE " + column
                             + " IS NOT NULL");
                     PreparedStatement write = db.prepareStatement("UPDATE " + table + " SET " + column
                             + " = ? WHERE id = ?")) {
                    while (rows.next()) {
                        write.setString(1, keys.reencrypt(rows.getString(2)));
                        write.setLong(2, rows.getLong(1));
                        write.addBatch();
                        rewritten++;
                    }
                    write.executeBatch();
                }
            }
        }
        return rewritten;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 3) {
            System.err.println("usage: PersonalDataRekey <jdbc url> <owner> <password>");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            try (Statement every = db.createStatement()) {
                every.execute("SET LOCAL portal.outlet = '*'");
            }
            int rewritten = rekey(db, DataKeys.configured());
            db.commit();
            System.out.println("re-encrypted " + rewritten + " personal data values with the newest key");
        }
    }
}
