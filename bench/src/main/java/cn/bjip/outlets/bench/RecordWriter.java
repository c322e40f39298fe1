package cn.bjip.outlets.bench;

import cn.bjip.outlets.bench.NetworkPlan.PlannedOutlet;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The service records, in the order people log them (by day), each at an outlet picked by its share and from a
 * template of that outlet's type. The table's secondary indexes are dropped for the load and built again after it,
 * from their own definitions, which is how PostgreSQL loads fastest.
 */
final class RecordWriter {

    private static final String COLUMNS = "id, outlet_id, network_type, form_id, form_version, service_kind, ip_mask,"
            + " service_date, beneficiary_kind, beneficiary_count, charged, fee_amount, summary, data, created_at,"
            + " created_by, updated_at, updated_by, version";

    private final Connection db;
    private final NetworkPlan plan;
    private final Random random;
    private final Map<String, RecordTemplates> templates = new HashMap<>();

    RecordWriter(Connection db, NetworkPlan plan, List<NetworkTypePlugin> plugins, Random random) {
        this.db = db;
        this.plan = plan;
        this.random = random;
        for (NetworkTypePlugin plugin : plugins) {
            templates.put(plugin.id(), new RecordTemplates(plugin, random));
        }
    }

    long write(DataGenerator.Options options) throws SQLException {
        List<String> indexes = dropIndexes();
        ServiceDays days = new ServiceDays(options.from(), options.to(), options.records());
        long id = 0;
        StringBuilder row = new StringBuilder(512);
        try (Copy copy = new Copy(db, "service_record", COLUMNS)) {
            for (int d = 0; d < days.days(); d++) {
                LocalDate day = days.day(d);
                for (long n = days.count(d); n > 0; n--) {
                    PlannedOutlet outlet = plan.pick(random);
                    RecordTemplates.Template template = templates.get(outlet.plugin().id()).pick(random);
                    row.setLength(0);
                    row.append(++id).append(',').append(outlet.id()).append(',').append(outlet.plugin().id()).append(',')
                            .append(template.beforeDate()).append(',').append(day).append(',').append(template.afterDate())
                            .append(',').append(day).append('T').append(String.format("%02d:%02d:00+08:00",
                                    9 + random.nextInt(9), random.nextInt(60)))
                            .append(",generator,,,0");
                    copy.row(row);
                    if (id % 1_000_000 == 0) {
                        System.out.printf("[generate] %,d service records (%s)%n", id, day);
                    }
                }
            }
        }
        try (Statement sql = db.createStatement()) {
            for (String index : indexes) {
                sql.execute(index);
            }
        }
        return id;
    }

    /** Drops the table's indexes but its primary key, and returns the statements that make them again. */
    private List<String> dropIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'service_record'"
                     + " AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'service_record'::regclass)")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        try (Statement sql = db.createStatement()) {
            for (String name : names) {
                sql.execute("DROP INDEX " + name);
            }
        }
        return definitions;
    }
}
