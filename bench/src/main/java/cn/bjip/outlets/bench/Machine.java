package cn.bjip.outlets.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the benchmark ran on: processor, memory, Java, PostgreSQL and the size of the network measured. */
final class Machine {

    private Machine() {
    }

    static String describe(Connection db) throws SQLException {
        return "- machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + line("/proc/cpuinfo", "model name")
                + "), " + line("/proc/meminfo", "MemTotal") + " memory\n"
                + "- Java " + System.getProperty("java.version") + " (the client); " + one(db, "SELECT version()") + "\n"
                + "- network: " + one(db, "SELECT count(*) FROM outlet") + " outlets, "
                + one(db, "SELECT sum(records) FROM record_rollup WHERE outlet_id = 0") + " service records\n"
                + "- times are wall-clock at the client over HTTPS on loopback; the client shares the 2 cores with WildFly,"
                + " Keycloak and PostgreSQL\n";
    }

    private static String line(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException unreadable) {
            return "?";
        }
    }

    private static String one(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
