package cn.bjip.outlets.record;

import cn.bjip.outlets.plugin.spi.Aggregation;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps {@code metric_definition} (V17) equal to what the installed plugins declare and back-fills the rollups of
 * every metric that is new or whose declaration changed; a metric no plugin declares any more loses its rows. One
 * transaction under an advisory lock (one server at a time), with the records held still ({@code SHARE}): a reader
 * sees the figures before or after, never between. Ratios are divided when read and have no rows.
 */
public final class RollupDefinitions {

    private static final long LOCK = 0x524f4c4c555053L; // "ROLLUPS"

    private RollupDefinitions() {
    }

    /** One declared COUNT, SUM or DISTINCT_COUNT metric, as {@code metric_definition} holds it. */
    record Row(String networkType, String metricId, String aggregation, String formId, String field, String whereField,
               String whereValue) {

        static Row of(String networkType, MetricDefinition metric) {
            return new Row(networkType, metric.id(), metric.aggregation().name(), metric.formId(), metric.field(),
                    metric.whereField(), metric.whereValue());
        }

        String key() {
            return networkType + '\u0000' + metricId;
        }
    }

    /**
     * Brings the definitions up to date on {@code owner} (a connection of the schema's owner) and answers the metrics
     * back-filled, by network type. On a connection in auto-commit it is a transaction of its own; otherwise it is
     * part of the caller's, which commits.
     */
    public static Map<String, Set<String>> sync(Connection owner, Collection<NetworkTypePlugin> plugins) throws SQLException {
        boolean own = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement sql = owner.createStatement()) {
            sql.execute("SET LOCAL portal.outlet = '*'");
            sql.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            Map<String, Row> stored = stored(sql);
            Map<String, Row> declared = declared(plugins);
            Map<String, Set<String>> stale = new TreeMap<>();
            Set<String> keys = new HashSet<>(stored.keySet());
            keys.addAll(declared.keySet());
            for (String key : keys) {
                Row now = declared.get(key);
                Row before = stored.get(key);
                if (!Objects.equals(now, before)) {
                    Row either = now != null ? now : before;
                    stale.computeIfAbsent(either.networkType(), t -> new TreeSet<>()).add(either.metricId());
                }
            }
            if (!stale.isEmpty()) {
                sql.execute("LOCK TABLE service_record IN SHARE MODE");
                replace(owner, stale, declared);
                for (Map.Entry<String, Set<String>> type : stale.entrySet()) {
                    try (PreparedStatement backfill = owner.prepareStatement("SELECT rollup_backfill(?, ?)")) {
                        backfill.setString(1, type.getKey());
                        backfill.setArray(2, owner.createArrayOf("text", type.getValue().toArray()));
                        backfill.execute();
                    }
                }
            }
            if (own) {
                owner.commit();
            }
            return stale;
        } catch (SQLException | RuntimeException failed) {
            if (own) {
                owner.rollback();
            }
            throw failed;
        } finally {
            owner.setAutoCommit(own);
        }
    }

    private static Map<String, Row> stored(Statement sql) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (ResultSet rs = sql.executeQuery("SELECT network_type, metric_id, aggregation, form_id, field, where_field,"
                + " where_value FROM metric_definition")) {
            while (rs.next()) {
                Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7));
                rows.put(row.key(), row);
            }
        }
        return rows;
    }

    private static Map<String, Row> declared(Collection<NetworkTypePlugin> plugins) {
        Map<String, Row> rows = new HashMap<>();
        for (NetworkTypePlugin plugin : plugins) {
            for (MetricDefinition metric : plugin.metrics()) {
                if (metric.aggregation() != Aggregation.RATIO) {
                    Row row = Row.of(plugin.id(), metric);
                    rows.put(row.key(), row);
                }
            }
        }
        return rows;
    }

    private static void replace(Connection owner, Map<String, Set<String>> stale, Map<String, Row> declared)
            throws SQLException {
        try (PreparedStatement delete = owner.prepareStatement(
                     "DELETE FROM metric_definition WHERE network_type = ? AND metric_id = ?");
             PreparedStatement insert = owner.prepareStatement("INSERT INTO metric_definition (network_type, metric_id,"
                     + " aggregation, form_id, field, where_field, where_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Set<String>> type : stale.entrySet()) {
                for (String metricId : type.getValue()) {
                    delete.setString(1, type.getKey());
                    delete.setString(2, metricId);
                    delete.execute();
                    Row row = declared.get(new Row(type.getKey(), metricId, null, null, null, null, null).key());
                    if (row != null) {
                        insert.setString(1, row.networkType());
                        insert.setString(2, row.metricId());
                        insert.setString(3, row.aggregation());
                        insert.setString(4, row.formId());
                        insert.setString(5, row.field());
                        insert.setString(6, row.whereField());
                        insert.setString(7, row.whereValue());
                        insert.execute();
                    }
                }
            }
        }
    }
}
