package cn.bjip.outlets.bench;

import cn.bjip.outlets.bench.NetworkPlan.PlannedOutlet;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.platform.DataKeys;
import cn.bjip.outlets.platform.DatabaseMigration;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.record.RollupDefinitions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code ./portal generate}: a national network's worth of data in its own, empty database (RS-10, issue 13) —
 * outlets of every network type, service records over three years, quarterly ledgers and annual goals — through the
 * portal's own migrations, written with {@code COPY}; the same seed gives the same data.
 * Arguments: JDBC URL, user, password, then {@code --outlets N --records N --seed N --from YYYY-MM-DD --to YYYY-MM-DD}.
 */
public final class DataGenerator {

    private final Connection db;
    private final Options options;
    private final Random random;
    private final List<NetworkTypePlugin> plugins;

    record Options(int outlets, long records, long seed, LocalDate from, LocalDate to) {

        private static final java.util.Set<String> FLAGS = java.util.Set.of("--outlets", "--records", "--seed", "--from", "--to");

        Options {
            if (outlets < 1 || records < 0 || from.isAfter(to) || to.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException("need --outlets ≥ 1, --records ≥ 0, --from not after --to, and --to"
                        + " not after today (the portal refuses records of days to come)");
            }
        }

        /** The flags after {@code start}, each with its value; an unknown flag or a flag without a value is refused. */
        static Options parse(String[] args, int start) {
            Map<String, String> given = new HashMap<>();
            for (int i = start; i < args.length; i += 2) {
                if (!FLAGS.contains(args[i]) || i + 1 == args.length) {
                    throw new IllegalArgumentException("unknown flag or missing value: " + args[i] + " (flags: " + FLAGS + ")");
                }
                given.put(args[i], args[i + 1]);
            }
            return new Options(Integer.parseInt(given.getOrDefault("--outlets", "2000")),
                    Long.parseLong(given.getOrDefault("--records", "10000000")),
                    Long.parseLong(given.getOrDefault("--seed", "20261201")),
                    LocalDate.parse(given.getOrDefault("--from", "2024-01-01")),
                    LocalDate.parse(given.getOrDefault("--to", "2026-11-30")));
        }
    }

    DataGenerator(Connection db, Options options) {
        this.db = db;
        this.options = options;
        this.random = new Random(options.seed());
        this.plugins = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(NetworkTypePlugin::id)).toList();
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--check")) { // the options only, before the database is made afresh
            options(args, 1);
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: DataGenerator JDBC_URL USER PASSWORD [--outlets N] [--records N] [--seed N] [--from DATE] [--to DATE]");
            System.exit(2);
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(args[0]);
        source.setUser(args[1]);
        source.setPassword(args[2]);
        Options options = options(args, 3);
        DatabaseMigration.flyway(source).migrate();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            Map<String, Long> counts = new DataGenerator(db, options).generate();
            counts.forEach((table, rows) -> System.out.printf("%-16s %,12d rows%n", table, rows));
        }
    }

    private static Options options(String[] args, int start) {
        try {
            return Options.parse(args, start);
        } catch (RuntimeException refused) {
            System.err.println("[generate] " + refused.getMessage());
            System.exit(2);
            return null;
        }
    }

    Map<String, Long> generate() throws SQLException {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            sql.execute("SET portal.outlet = '*'"); // the owner is bound by row-level security too (V10)
            sql.execute("SET synchronous_commit = off");
            sql.execute("SET maintenance_work_mem = '512MB'");
            try (ResultSet existing = sql.executeQuery("SELECT count(*) FROM outlet")) {
                existing.next();
                if (existing.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds outlets: generate into an empty one");
                }
            }
        }
        db.setAutoCommit(false);
        List<String> secured = forcedRowSecurity();
        NetworkPlan plan = NetworkPlan.of(plugins, options.outlets(), random);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("outlet", writeOutlets(plan));
        log("outlets", started);
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE service_record DISABLE TRIGGER USER"); // the rollups are built once, at the end
        }
        counts.put("service_record", new RecordWriter(db, plan, plugins, random).write(options));
        log("service records", started);
        counts.put("quarterly_ledger", new LedgerWriter(db, random).write(plan, options.from(), options.to()));
        counts.put("annual_goal", writeGoals(plan));
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE service_record ENABLE TRIGGER USER");
            sql.execute("SELECT rollup_rebuild_records()");
        }
        RollupDefinitions.sync(db, plugins); // every metric is new here: all are back-filled
        log("rollups", started);
        try (Statement sql = db.createStatement()) {
            for (String table : secured) {
                sql.execute("ALTER TABLE " + table + " FORCE ROW LEVEL SECURITY");
            }
        }
        db.commit();
        try (Statement sql = db.createStatement()) {
            for (String sequence : List.of("outlet_seq", "service_record_seq", "supervision_seq")) {
                // past every id written, with room for Hibernate's pooled blocks of 50
                sql.execute("SELECT setval('" + sequence + "', (SELECT coalesce(max(id), 0) + 100 FROM "
                        + (sequence.equals("outlet_seq") ? "outlet" : sequence.equals("service_record_seq") ? "service_record"
                        : "(SELECT id FROM quarterly_ledger UNION ALL SELECT id FROM annual_goal) AS s") + "))");
            }
            db.commit();
            db.setAutoCommit(true);
            sql.execute("VACUUM (ANALYZE)"); // statistics for the planner, and the visibility map for index-only scans
        }
        log("done", started);
        return counts;
    }

    /**
     * COPY refuses tables whose row-level security binds their owner (V10): it is lifted for this transaction's load
     * and put back before it commits, so no one ever sees the tables without it.
     */
    private List<String> forcedRowSecurity() throws SQLException {
        List<String> tables = new java.util.ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT relname FROM pg_class WHERE relforcerowsecurity AND relkind = 'r'"
                     + " AND relnamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement sql = db.createStatement()) {
            for (String table : tables) {
                sql.execute("ALTER TABLE " + table + " NO FORCE ROW LEVEL SECURITY");
            }
        }
        return tables;
    }

    private long writeOutlets(NetworkPlan plan) throws SQLException {
        DataKeys keys = DataKeys.configured();
        try (Copy outlets = new Copy(db, "outlet", "id, code, name_zh, name_en, network_type, district, address, principal,"
                + " contact_phone, contact_email, full_time_staff, part_time_staff, created_at, version, accredited_on,"
                + " expires_on, main_services, status, service_hours")) {
            for (PlannedOutlet o : plan.outlets()) {
                String zh = o.district().label().zh() + o.plugin().name().zh() + "知识产权信息服务网点（" + o.number() + "）";
                String en = o.district().label().en() + " " + o.plugin().name().en() + " IP information outlet " + o.number();
                LocalDate expires = o.accreditedOn().plusYears(3);
                while (!expires.isAfter(options.to().plusMonths(1))) {
                    expires = expires.plusYears(3); // renewed
                }
                outlets.row(String.join(",", String.valueOf(o.id()), o.code(), Copy.cell(zh), Copy.cell(en), o.plugin().id(),
                        o.district().name(), Copy.cell("北京市" + o.district().label().zh() + "示例路" + (1 + o.id() % 300) + "号"),
                        PEOPLE.get((int) (o.id() % PEOPLE.size())),
                        Copy.cell(keys.encrypt(String.format("010-6%07d", o.id()))),
                        Copy.cell(keys.encrypt(o.code().toLowerCase() + "@outlets.example.cn")),
                        String.valueOf(2 + random.nextInt(6)), String.valueOf(random.nextInt(5)),
                        o.accreditedOn() + "T09:00:00+08:00", "0", o.accreditedOn().toString(), expires.toString(),
                        Copy.cell("专利、商标信息检索与咨询，知识产权公益培训"), "ACTIVE", Copy.cell("周一至周五 9:00–17:00")));
            }
        }
        try (Copy fields = new Copy(db, "outlet_ip_field", "outlet_id, ip_field")) {
            for (PlannedOutlet o : plan.outlets()) {
                for (IpField field : o.ipFields()) {
                    fields.row(o.id() + "," + field.name());
                }
            }
        }
        return plan.outlets().size();
    }

    /** A target per network type, metric and year: a tenth above what the type's outlets are expected to log. */
    private long writeGoals(NetworkPlan plan) throws SQLException {
        Map<String, Double> shareByType = new HashMap<>();
        plan.outlets().forEach(o -> shareByType.merge(o.plugin().id(), o.share(), Double::sum));
        long id = 1_000_000_000L;
        long rows = 0;
        double recordsPerYear = options.records() * 365.0 / (options.to().toEpochDay() - options.from().toEpochDay() + 1);
        try (Copy goals = new Copy(db, "annual_goal", "id, year, network_type, outlet_id, metric_id, target, set_at, set_by")) {
            for (int year = options.from().getYear(); year <= options.to().getYear(); year++) {
                for (NetworkTypePlugin plugin : plugins) {
                    for (var metric : plugin.metrics()) {
                        if (metric.aggregation() == cn.bjip.outlets.plugin.spi.Aggregation.RATIO) {
                            continue;
                        }
                        long expected = Math.round(recordsPerYear * shareByType.getOrDefault(plugin.id(), 0.0)
                                / Math.max(1, plugin.recordForms().size()));
                        goals.row(String.join(",", String.valueOf(id++), String.valueOf(year), plugin.id(), "",
                                Copy.cell(metric.id()), String.valueOf(Math.max(10, Math.round(expected * 1.1))),
                                year + "-01-10T10:00:00+08:00", "center"));
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static void log(String step, long started) {
        System.out.printf("[generate] %s after %.1f s%n", step, (System.nanoTime() - started) / 1e9);
    }

    private static final List<String> PEOPLE = List.of("赵敏", "孙立", "周红", "李静", "王磊", "陈晨", "刘洋", "张伟");
}
