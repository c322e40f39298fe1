package cn.bjip.outlets.bench;

import cn.bjip.outlets.plugin.spi.Aggregation;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.nio.ByteBuffer;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.postgresql.PGConnection;

/**
 * The benchmark of {@code ./portal bench} (issue 13, point 8): against the portal serving the generated network
 * ({@code ./portal generate}), measures each figure of the PF table with its median and p95 and its baseline in the
 * same run, and writes them as Markdown. Every record it writes carries a marker and is deleted again (through the
 * triggers, so the rollups stay exact).
 */
public final class Bench {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int YEAR = 2025;
    private static final String GIANT = "BJ-ASSOCIATION-001";
    /** The outlet of the demo account library-staff, which writes the bench's records. */
    private static final String STAFF_OUTLET = "BJ-LIBRARY-001";
    private static final Pattern LOGIN_ACTION = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final int IMPORT_FILES = 5;
    private static final int IMPORT_ROWS = 20_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String portal;
    private final String tokenUrl;
    private final String client;
    private final String password;
    private final Connection db;
    private final String marker = "基准 " + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> rows = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();

    private Bench(String portal, String realmUrl, String client, String password, Connection db) {
        this.portal = portal;
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
        this.client = client;
        this.password = password;
        this.db = db;
    }

    /**
     * Args: portal URL, realm URL, test client, demo password, JDBC URL, user, password, results file, WildFly pid, and
     * the seconds the README run command took to its first page ("-": not measured).
     */
    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[4], args[5], args[6])) {
            try (Statement every = db.createStatement()) {
                every.execute("SET portal.outlet = '*'");
            }
            Bench bench = new Bench(args[0], args[1], args[2], args[3], db);
            bench.rows.add(String.format("| PF-5 | README run command (`./portal run`, warm) to its first page | %s | – | – | – | < 60 s |",
                    args[9].equals("-") ? "not measured: the portal was running" : args[9] + " s"));
            try {
                bench.run(Long.parseLong(args[8]));
            } finally {
                bench.cleanUp();
            }
            Files.writeString(Path.of(args[7]), bench.report(), StandardCharsets.UTF_8);
            System.out.println("[bench] results: " + args[7]);
        }
    }

    private void run(long wildflyPid) throws Exception {
        figures(token("center"));
        upkeep();
        lists(token("center")); // a fresh token for each part: they live a few minutes
        Profile exporting = Profile.start(wildflyPid, "ledger");
        ledgerExport(token("center"), wildflyPid);
        profiles.add("### PF-4, the ledger's Excel\n\n" + exporting.stop());
        Profile importing = Profile.start(wildflyPid, "imports");
        imports();
        profiles.add("### PF-3, the imports\n\n" + importing.stop());
        Profile posting = Profile.start(wildflyPid, "posts");
        inserts(wildflyPid);
        profiles.add("### PF-1, `POST /api/records` and the bare insert\n\n" + posting.stop());
        Profile paging = Profile.start(wildflyPid, "pages");
        jsfPage();
        profiles.add("### PF-1, the signed-in record list and the hello\n\n" + paging.stop());
    }

    // PF-2: the figures from the rollups against the raw aggregate over the records

    private void figures(String center) throws Exception {
        List<NetworkTypePlugin> plugins = ServiceLoader.load(NetworkTypePlugin.class).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(NetworkTypePlugin::id)).toList();
        String period = "?period=" + YEAR;
        String yearRows = " WHERE service_date >= '" + YEAR + "-01-01' AND service_date < '" + (YEAR + 1) + "-01-01'";
        String core = "SELECT service_kind, count(*), sum(beneficiary_count) FROM service_record" + yearRows;
        double networkRaw = sql(3, core + " GROUP BY 1", "SELECT network_type, count(*), sum(beneficiary_count) FROM service_record"
                + yearRows + " GROUP BY 1");
        double allTypesRaw = 0;
        for (NetworkTypePlugin plugin : plugins) {
            String type = " AND network_type = '" + plugin.id() + "'";
            double raw = sql(3, rawMetrics(plugin, yearRows + type), core + type + " GROUP BY 1");
            allTypesRaw += raw;
            row("PF-2", "metrics of the type " + plugin.id() + ", " + YEAR, timeGet(20, "api/metrics/types/" + plugin.id() + period, center),
                    raw, "raw aggregate over the type's records", "< 300 ms, ≥ 20×");
        }
        row("PF-2", "dashboard", timeGet(20, "api/dashboard", center), networkRaw + allTypesRaw,
                "raw aggregates of its figures (network, every type's metrics)", "< 300 ms, ≥ 20×");
        row("PF-2", "network metrics, " + YEAR, timeGet(20, "api/metrics/network" + period, center), networkRaw,
                "raw aggregate over all records", "< 300 ms, ≥ 20×");
        NetworkTypePlugin association = plugins.stream().filter(p -> p.id().equals("association")).findFirst().orElseThrow();
        String outlet = " AND outlet_id = (SELECT id FROM outlet WHERE code = '" + GIANT + "')";
        row("PF-2", "metrics of " + GIANT + " (a million records), " + YEAR,
                timeGet(20, "api/metrics/outlets/" + GIANT + period, center),
                sql(3, rawMetrics(association, yearRows + outlet), core + outlet + " GROUP BY 1"),
                "raw aggregate over the outlet's records", "< 300 ms, ≥ 20×");
    }

    /** One select over the records computing every metric of the plugin, as the portal computed them before rollups. */
    private static String rawMetrics(NetworkTypePlugin plugin, String where) {
        List<String> columns = new ArrayList<>();
        for (MetricDefinition metric : plugin.metrics()) {
            if (metric.aggregation() == Aggregation.RATIO) {
                continue;
            }
            String value = metric.field() == null ? "1" : switch (metric.field()) {
                case "beneficiaryCount" -> "beneficiary_count";
                case "feeAmount" -> "fee_amount";
                default -> "data ->> '" + metric.field() + "'";
            };
            List<String> filter = new ArrayList<>();
            if (metric.formId() != null) {
                filter.add("form_id = '" + metric.formId() + "'");
            }
            if (metric.whereField() != null) {
                filter.add("data ->> '" + metric.whereField() + "' = '" + metric.whereValue() + "'");
            }
            String filterClause = filter.isEmpty() ? "" : " FILTER (WHERE " + String.join(" AND ", filter) + ")";
            columns.add(switch (metric.aggregation()) {
                case COUNT -> "count(*)" + filterClause;
                case SUM -> "sum((" + value + ")::numeric)" + filterClause;
                default -> "count(DISTINCT " + value + ")" + filterClause;
            });
        }
        return "SELECT " + String.join(", ", columns) + " FROM service_record" + where;
    }

    /** PF-2: what keeping the rollups costs a writer: single-record inserts, each its own transaction, with and without. */
    private void upkeep() throws SQLException {
        double with = insertRate(2_000);
        deleteMarked(); // through the triggers: out of the rollups again
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE service_record DISABLE TRIGGER USER");
        }
        double without;
        try {
            without = insertRate(2_000);
            deleteMarked(); // never in the rollups
        } finally {
            try (Statement sql = db.createStatement()) {
                sql.execute("ALTER TABLE service_record ENABLE TRIGGER USER");
            }
        }
        rows.add(String.format("| PF-2 | single-record inserts with the rollup triggers (each its own transaction) | %.0f/s | – | "
                        + "%.0f/s without them | %.2f | cost ≤ 20 %% (ratio ≥ 0.80) |", with, without, with / without));
    }

    private double insertRate(int count) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO service_record (id, outlet_id, network_type, form_id,"
                + " form_version, service_kind, ip_mask, service_date, beneficiary_kind, beneficiary_count, charged, fee_amount,"
                + " summary, data, created_at, created_by, version) SELECT nextval('service_record_seq'), outlet_id, network_type,"
                + " form_id, form_version, service_kind, ip_mask, service_date, beneficiary_kind, beneficiary_count, charged,"
                + " fee_amount, ?, data, now(), 'bench', 0 FROM service_record WHERE id = ?")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, marker);
                insert.setLong(2, 1_000 + i * 4_999L);
                insert.executeUpdate();
            }
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    // PF-6: the record list at any depth

    private void lists(String center) throws Exception {
        for (String code : List.of(GIANT, smallOutlet())) {
            long total = count("SELECT count(*) FROM service_record r JOIN outlet o ON o.id = r.outlet_id WHERE o.code = '" + code + "'");
            String list = "api/records?outlet=" + code + "&size=20";
            row("PF-6", "record list of " + code + " (" + total + " records), first page", timeGet(20, list, center), 0, "–", "< 100 ms");
            long deep = Math.min(199_980, (total - 1) / 20 * 20);
            row("PF-6", "the same, page " + (deep / 20 + 1) + " by offset", timeGet(10, list + "&first=" + deep, center), 0, "–",
                    "< 100 ms");
            String cursor = cursorAt(code, deep);
            if (cursor != null) {
                row("PF-6", "the same page by keyset (after the previous page's last row)",
                        timeGet(20, list + "&after=" + cursor, center), 0, "–", "< 100 ms");
            }
        }
    }

    private String smallOutlet() throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT o.code FROM outlet o JOIN service_record r ON r.outlet_id = o.id"
                     + " WHERE o.code LIKE 'BJ-LIBRARY-%' GROUP BY o.code HAVING count(*) BETWEEN 500 AND 5000 ORDER BY o.code LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "BJ-LIBRARY-002";
        }
    }

    /** The keyset cursor ({@code date_id}) of the last row before offset {@code first} in the list's order. */
    private String cursorAt(String code, long first) throws SQLException {
        if (first == 0) {
            return null;
        }
        try (Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT service_date, r.id FROM service_record r JOIN outlet o ON o.id = r.outlet_id"
                     + " WHERE o.code = '" + code + "' ORDER BY service_date DESC, r.id DESC OFFSET " + (first - 1) + " LIMIT 1")) {
            return rs.next() ? rs.getDate(1).toLocalDate() + "_" + rs.getLong(2) : null;
        }
    }

    // PF-4: a ledger's Excel through the server

    private void ledgerExport(String center, long wildflyPid) throws Exception {
        long records = count("SELECT count(*) FROM service_record r JOIN outlet o ON o.id = r.outlet_id WHERE o.code = '"
                + GIANT + "' AND service_date >= '" + YEAR + "-04-01' AND service_date < '" + YEAR + "-07-01'");
        long heapBefore = Heap.used(wildflyPid);
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        long heapPeak = heapBefore;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(request("api/ledgers/" + GIANT + "/" + YEAR + "/2/export", center).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            times.add((System.nanoTime() - started) / 1e6);
            check(answer.statusCode() == 200, "ledger export answered " + answer.statusCode());
            bytes = answer.body().length;
            heapPeak = Math.max(heapPeak, Heap.used(wildflyPid));
        }
        row("PF-4", String.format("ledger Excel of %s, %d Q2 (%,d records, %,d KB)", GIANT, YEAR, records, bytes / 1024),
                times, 0, "–", "< 2 s");
        rows.add(String.format("| PF-4 | WildFly heap used around the exports | %d MiB before | – | at most %d MiB after | – | bounded |",
                heapBefore >> 20, heapPeak >> 20));
    }

    // PF-3: imports through the server against COPY of the same rows

    private void imports() throws Exception {
        String staff = token("library-staff");
        LocalDate first = LocalDate.now().withDayOfMonth(1);
        List<String> csv = new ArrayList<>();
        List<byte[]> xlsx = new ArrayList<>();
        for (int file = 0; file < IMPORT_FILES; file++) {
            List<List<String>> rows = importRows(file, first);
            csv.add(rows.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\n", "", "\n")));
            xlsx.add(workbook(rows));
        }
        List<byte[]> csvFiles = csv.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        double csvChecking = importAll(staff, csvFiles, "r.csv", false);
        double csvSeconds = importAll(staff, csvFiles, "r.csv", true);
        String copied = copyOutMarked();
        deleteMarked();
        double xlsxChecking = importAll(staff, xlsx, "r.xlsx", false);
        double xlsxSeconds = importAll(staff, xlsx, "r.xlsx", true);
        deleteMarked();
        double copySeconds = copyIn(copied);
        deleteMarked();
        for (String format : List.of("CSV", ".xlsx")) {
            double seconds = format.equals("CSV") ? csvSeconds : xlsxSeconds;
            double checking = format.equals("CSV") ? csvChecking : xlsxChecking;
            rows.add(String.format("| PF-3 | import of %,d rows, %s (%d files of %,d, the most one file may hold), checked and stored:"
                            + " %,.0f rows/s (reading and checking alone, `store=false`: %.1f s) | %.1f s | – |"
                            + " %.1f s (COPY of the same rows, %,.0f rows/s) | %.2f | ≥ 0.5 |",
                    IMPORT_FILES * IMPORT_ROWS, format, IMPORT_FILES, IMPORT_ROWS, IMPORT_FILES * IMPORT_ROWS / seconds, checking,
                    seconds, copySeconds, IMPORT_FILES * IMPORT_ROWS / copySeconds, copySeconds / seconds));
            System.out.println("[bench] " + rows.get(rows.size() - 1));
        }
    }

    private List<List<String>> importRows(int file, LocalDate first) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("serviceDate", "formId", "serviceKind", "ipFields", "beneficiaryKind", "beneficiaryCount", "charged",
                "feeAmount", "summary", "topic", "channel", "questions"));
        int days = LocalDate.now().getDayOfMonth();
        for (int i = 0; i < IMPORT_ROWS; i++) {
            int n = file * IMPORT_ROWS + i;
            rows.add(List.of(first.plusDays(n % days).toString(), "referenceConsultation",
                    n % 3 == 0 ? "INFORMATION_SEARCH" : "AFFAIRS_CONSULTATION", n % 5 == 0 ? "专利、商标" : "PATENT",
                    n % 2 == 0 ? "PUBLIC" : "ENTERPRISE", String.valueOf(1 + n % 4), "否", "", marker, "专利检索 " + n % 50,
                    n % 2 == 0 ? "onSite" : "phone", String.valueOf(1 + n % 6)));
        }
        return rows;
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("records");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Seconds to import the files one after another, each stored whole, or, {@code store} false, only checked. */
    private double importAll(String staff, List<byte[]> files, String name, boolean store) throws Exception {
        long started = System.nanoTime();
        for (byte[] file : files) {
            HttpResponse<String> answer = http.send(request("api/records/import?store=" + store + "&name=" + name, staff)
                    .header("Content-Type", "application/octet-stream").timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
            check(answer.statusCode() == 200 && answer.body().contains((store ? "\"imported\":" : "\"valid\":") + IMPORT_ROWS),
                    name + " import answered " + answer.statusCode() + ": " + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Seconds to {@code COPY} the rows back in, triggers and all. Row-level security binds the owner too (V10) and COPY
     * refuses such a table: it is lifted in the load's transaction only, as the generator does.
     */
    private double copyIn(String copied) throws SQLException, IOException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE service_record NO FORCE ROW LEVEL SECURITY");
            long started = System.nanoTime();
            long stored = db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY service_record FROM STDIN (FORMAT csv)",
                    new StringReader(copied));
            double seconds = (System.nanoTime() - started) / 1e9;
            sql.execute("ALTER TABLE service_record FORCE ROW LEVEL SECURITY");
            db.commit();
            check(stored == (long) IMPORT_FILES * IMPORT_ROWS, "COPY stored " + stored + " rows");
            return seconds;
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    /** The rows the bench stored, as {@code COPY} writes them. */
    private String copyOutMarked() throws SQLException, IOException {
        StringWriter out = new StringWriter();
        db.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT * FROM service_record WHERE summary = '"
                + marker.replace("'", "''") + "') TO STDOUT (FORMAT csv)", out);
        return out.toString();
    }

    // PF-1: writes through the API against the bare insert, and the heap under them (PF-5)

    private void inserts(long wildflyPid) throws Exception {
        String staff = token("library-staff");
        String body = """
                {"formId":"referenceConsultation","serviceKind":"AFFAIRS_CONSULTATION","ipFields":["PATENT"],
                 "serviceDate":"%s","beneficiaryKind":"PUBLIC","beneficiaryCount":1,"charged":false,
                 "summary":"%s","values":{"topic":"专利检索","channel":"phone","questions":2}}""".formatted(LocalDate.now(), marker);
        String bare = "bench/records?outlet=" + STAFF_OUTLET + "&marker=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
        long heapPeak = 0;
        for (int clients : new int[] {1, 10, 50}) {
            int requests = clients == 1 ? 300 : 1_500;
            Load baseline = load(clients, requests, 201, () -> request(bare, null).POST(HttpRequest.BodyPublishers.noBody()), 0);
            Load api = load(clients, requests, 201, () -> request("api/records", staff).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), wildflyPid);
            heapPeak = Math.max(heapPeak, api.heapPeak());
            rows.add(String.format("| PF-1 | POST /api/records, %d client(s): %.0f records/s | %.1f ms | %.1f ms | %.0f records/s "
                            + "(bench-only bare insert of the same row; p50 %.1f ms, p95 %.1f ms) | %.2f | ≥ 0.6, p95 < 50 ms at 50 |",
                    clients, api.rate(), api.p50(), api.p95(), baseline.rate(), baseline.p50(), baseline.p95(),
                    api.rate() / baseline.rate()));
            System.out.println("[bench] " + rows.get(rows.size() - 1));
        }
        rows.add(String.format("| PF-5 | WildFly heap used under PF-1's load (peak of samples every 0.5 s) | %d MiB | – | – | – | ≤ 768 MiB |",
                heapPeak >> 20));
    }

    /** PF-1: a signed-in JSF page (the record list) against the bench-only hello, at the same load. */
    private void jsfPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String page = signIn(browser, "library-staff", "app/records.xhtml");
        check(page.contains("</html>") && !page.contains("kc-form-login"), "the record list did not open after signing in");
        Load hello = load(browser, 8, 2_000, 200, () -> request("bench/hello", null), 0);
        Load jsf = load(browser, 8, 500, 200, () -> page("app/records.xhtml"), 0);
        rows.add(String.format("| PF-1 | signed-in JSF page (record list of %s), 8 clients: %.0f pages/s | %.1f ms | %.1f ms | %.0f/s "
                        + "(bench-only JAX-RS hello, same load) | %.2f | ≥ 0.2 |", STAFF_OUTLET, jsf.rate(), jsf.p50(), jsf.p95(),
                hello.rate(), jsf.rate() / hello.rate()));
        System.out.println("[bench] " + rows.get(rows.size() - 1));
    }

    /** Signs in through Keycloak's login form as a browser would; returns the page {@code path} shows then. */
    private String signIn(HttpClient browser, String user, String path) throws Exception {
        HttpResponse<String> login = browser.send(page(path).build(), HttpResponse.BodyHandlers.ofString());
        Matcher action = LOGIN_ACTION.matcher(login.body());
        check(action.find(), "no Keycloak login form at " + login.uri());
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        check(signedIn.statusCode() == 200, "signing in answered " + signedIn.statusCode());
        return signedIn.body();
    }

    /** A request as a browser sends it: asking for HTML (else the sign-in answers 401, as to an API client). */
    private HttpRequest.Builder page(String path) {
        return request(path, null).header("Accept", "text/html");
    }

    private record Load(double rate, double p50, double p95, long heapPeak) {
    }

    private Load load(int clients, int requests, int status, Supplier<HttpRequest.Builder> request, long wildflyPid) throws Exception {
        return load(http, clients, requests, status, request, wildflyPid);
    }

    /** {@code requests} requests from {@code clients} threads at once; heap sampled every 0.5 s when a pid is given. */
    private Load load(HttpClient client, int clients, int requests, int status, Supplier<HttpRequest.Builder> request,
                      long wildflyPid) throws Exception {
        long[] took = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long heapPeak = 0;
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        long t = System.nanoTime();
                        HttpResponse<String> answer = client.send(request.get().build(), HttpResponse.BodyHandlers.ofString());
                        check(answer.statusCode() == status, answer.request().uri() + " answered " + answer.statusCode() + ": "
                                + answer.body().substring(0, Math.min(300, answer.body().length())));
                        took[i] = System.nanoTime() - t;
                    }
                    return null;
                }));
            }
            while (running.stream().anyMatch(f -> !f.isDone())) {
                if (wildflyPid > 0) {
                    heapPeak = Math.max(heapPeak, Heap.used(wildflyPid));
                }
                Thread.sleep(wildflyPid > 0 ? 500 : 20);
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Double> ms = new ArrayList<>();
        for (long t : took) {
            ms.add(t / 1e6);
        }
        return new Load(requests / seconds, percentile(ms, 50), percentile(ms, 95), heapPeak);
    }

    // measuring

    private List<Double> timeGet(int times, String path, String token) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(path, token); // warm
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            get(path, token);
            ms.add((System.nanoTime() - started) / 1e6);
        }
        return ms;
    }

    private void get(String path, String token) throws Exception {
        HttpResponse<String> answer = http.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
        check(answer.statusCode() == 200, path + " answered " + answer.statusCode() + ": " + answer.body());
    }

    /** The median time of running the statements one after another, {@code times} times, in milliseconds. */
    private double sql(int times, String... statements) throws SQLException {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            try (Statement sql = db.createStatement()) {
                for (String statement : statements) {
                    try (ResultSet rs = sql.executeQuery(statement)) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
            }
            ms.add((System.nanoTime() - started) / 1e6);
        }
        return percentile(ms, 50);
    }

    private void row(String id, String what, List<Double> ms, double baselineMs, String baseline, String target) {
        double median = percentile(ms, 50);
        rows.add(String.format("| %s | %s | %.1f ms | %.1f ms | %s | %s | %s |", id, what, median, percentile(ms, 95),
                baselineMs > 0 ? String.format("%.0f ms (%s)", baselineMs, baseline) : baseline,
                baselineMs > 0 ? String.format("%.0f×", baselineMs / median) : "–", target));
        System.out.println("[bench] " + rows.get(rows.size() - 1));
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal + path)).timeout(Duration.ofMinutes(2))
                .header("Accept-Language", "zh-CN");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private String token(String user) throws Exception {
        String form = "grant_type=password&scope=openid&client_id=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                + "&username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (user.equals("center") ? "&totp=" + centerCode() : "");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        check(answer.statusCode() == 200 && token.find(), "no token for " + user + ": " + answer.body());
        return token.group(1);
    }

    private long lastStep;

    /**
     * The demo center account's one-time code (its demo authenticator secret, README "Demo logins"; RFC 6238), one not
     * used before: Keycloak takes each code once.
     */
    private String centerCode() throws Exception {
        long step = System.currentTimeMillis() / 30_000;
        if (step <= lastStep) {
            Thread.sleep((lastStep + 1) * 30_000 - System.currentTimeMillis() + 200);
            step = lastStep + 1;
        }
        lastStep = step;
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("CenterDemoTotpSecret".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    /** The benchmark's records and their idempotency keys go again; the triggers take them out of the rollups. */
    private void cleanUp() throws SQLException {
        deleteMarked();
    }

    private void deleteMarked() throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM service_record WHERE summary = ?")) {
            delete.setString(1, marker);
            delete.executeUpdate();
        }
    }

    private String report() throws SQLException {
        StringBuilder md = new StringBuilder("# Benchmark, ").append(LocalDate.now()).append("\n\n");
        md.append(Machine.describe(db));
        md.append("- PF-4, PF-3 and PF-1 are measured while Java Flight Recorder profiles WildFly (its `profile` settings take"
                + " a few per cent of the CPU); the profiles are at the end\n\n");
        md.append("| # | measure | median | p95 | baseline (same run) | ratio | target |\n|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        if (!profiles.isEmpty()) {
            md.append("\n## Where WildFly spent its CPU time\n\n");
            profiles.forEach(p -> md.append(p).append('\n'));
        }
        return md.toString();
    }
}
