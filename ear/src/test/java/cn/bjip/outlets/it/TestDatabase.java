package cn.bjip.outlets.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.TreeMap;

/** The test run's PostgreSQL database, read directly: to find ids to open, and to prove nothing was written. */
final class TestDatabase {

    private TestDatabase() {
    }

    /** As the tables' owner, seeing every outlet's rows (row-level security binds the owner too). */
    static Connection connect() throws SQLException {
        Connection db = DriverManager.getConnection(System.getProperty("portal.db.url"),
                System.getProperty("portal.db.user"), System.getProperty("portal.db.password"));
        try (Statement every = db.createStatement()) {
            every.execute("SET portal.outlet = '*'");
        }
        return db;
    }

    /** The first value of a one-column query, if it has a row. */
    static Optional<String> first(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
        }
    }

    /**
     * For every table of the application: its row count and the newest transaction that wrote one of its rows. Two
     * equal fingerprints mean nothing was inserted, updated or deleted in between.
     */
    static TreeMap<String, String> fingerprint() throws SQLException {
        TreeMap<String, String> tables = new TreeMap<>();
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            try (ResultSet names = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (names.next()) {
                    tables.put(names.getString(1), "");
                }
            }
            for (String table : tables.keySet()) {
                try (ResultSet row = statement.executeQuery("SELECT count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM \""
                        + table + "\"")) {
                    row.next();
                    tables.put(table, row.getString(1));
                }
            }
        }
        return tables;
    }
}
