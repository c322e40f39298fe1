package cn.bjip.outlets.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of the crash drill (RS-2, {@code ./portal crash-drill}): posts records through {@code POST /api/records},
 * each with its own {@code Idempotency-Key}, from several threads; a request that fails (the server killed under it,
 * or not up yet) is sent again with the same key until the portal acknowledges it (201). It writes how many were
 * acknowledged to a progress file, so the drill knows when to kill the server. At the end it checks the database:
 * every acknowledged record is stored, and every record of the run is stored exactly once.
 */
public final class CrashDrill {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Duration GIVE_UP = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String portal;
    private final String tokenUrl;
    private final String tokenForm;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile String token;

    private CrashDrill(String portal, String realmUrl, String client, String user, String password) {
        this.portal = portal;
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
        this.tokenForm = "grant_type=password&scope=openid&client_id=" + encode(client) + "&username=" + encode(user)
                + "&password=" + encode(password);
    }

    /** Args: portal URL, realm URL, client, user, password, JDBC URL, DB user, DB password, records, progress file. */
    public static void main(String[] args) throws Exception {
        CrashDrill drill = new CrashDrill(args[0], args[1], args[2], args[3], args[4]);
        int records = Integer.parseInt(args[8]);
        Path progress = Path.of(args[9]);
        Instant started = Instant.now();
        drill.post(records, progress);
        System.out.printf("[crash-drill] run %s: %,d records acknowledged in %d s, %,d requests sent again%n", drill.run,
                drill.acknowledged.size(), Duration.between(started, Instant.now()).toSeconds(), drill.retries.get());
        try (Connection db = DriverManager.getConnection(args[5], args[6], args[7])) {
            System.exit(drill.check(db, records) ? 0 : 1);
        }
    }

    private void post(int records, Path progress) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < records; i++) {
            int n = i;
            clients.execute(() -> {
                acknowledged.put(n, postUntilAcknowledged(n));
                int done = acknowledged.size();
                if (done % 100 == 0) {
                    write(progress, done);
                }
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(GIVE_UP.toMinutes() + 1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the drill did not finish in time");
        }
        write(progress, acknowledged.size());
    }

    /** Sends record {@code n} with its key until a 201 answers it; returns the stored record's id. */
    private long postUntilAcknowledged(int n) {
        String body = """
                {"formId":"referenceConsultation","serviceKind":"AFFAIRS_CONSULTATION","ipFields":["PATENT"],
                 "serviceDate":"%s","beneficiaryKind":"PUBLIC","beneficiaryCount":1,"charged":false,
                 "summary":"崩溃演练 %s #%d","values":{"topic":"专利检索","channel":"phone","questions":%d}}"""
                .formatted(LocalDate.now(), run, n, 1 + n % 9);
        Instant deadline = Instant.now().plus(GIVE_UP);
        for (int attempt = 0; Instant.now().isBefore(deadline); attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
                pause(Math.min(2_000, 100L * attempt));
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(portal + "api/records"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "drill-" + run + "-" + n)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    Matcher id = ID.matcher(answer.body());
                    if (!id.find()) {
                        throw new IllegalStateException("a 201 without an id: " + answer.body());
                    }
                    return Long.parseLong(id.group(1));
                }
                if (answer.statusCode() == 401) {
                    token = null;
                } else if (answer.statusCode() < 500) {
                    throw new IllegalStateException("record " + n + " refused (" + answer.statusCode() + "): " + answer.body());
                }
            } catch (IOException unreachable) {
                // the server is down or restarting: the same key again
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new IllegalStateException("record " + n + " was never acknowledged");
    }

    private String token() throws IOException, InterruptedException {
        String kept = token;
        if (kept != null) {
            return kept;
        }
        synchronized (this) {
            if (token == null) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(tokenForm)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher access = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
                if (answer.statusCode() != 200 || !access.find()) {
                    throw new IOException("Keycloak gave no token (" + answer.statusCode() + ")");
                }
                token = access.group(1);
            }
            return token;
        }
    }

    /** Every acknowledged record is stored; the run's records are stored once each. */
    private boolean check(Connection db, int records) throws SQLException {
        try (Statement every = db.createStatement()) {
            every.execute("SET portal.outlet = '*'");
        }
        long stored;
        long distinct;
        try (PreparedStatement sql = db.prepareStatement("SELECT count(*), count(DISTINCT summary) FROM service_record"
                + " WHERE summary LIKE ?")) {
            sql.setString(1, "崩溃演练 " + run + " #%");
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                stored = rows.getLong(1);
                distinct = rows.getLong(2);
            }
        }
        long found;
        try (PreparedStatement sql = db.prepareStatement("SELECT count(*) FROM service_record WHERE id = ANY (?)")) {
            Array ids = db.createArrayOf("bigint", acknowledged.values().toArray());
            sql.setArray(1, ids);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                found = rows.getLong(1);
            }
        }
        long lost = acknowledged.size() - found;
        long duplicates = stored - distinct;
        System.out.printf("[crash-drill] records sent %,d, acknowledged %,d, stored %,d; acknowledged but lost: %d;"
                + " stored twice: %d%n", records, acknowledged.size(), stored, lost, duplicates);
        boolean passed = acknowledged.size() == records && lost == 0 && duplicates == 0 && stored == records;
        System.out.println(passed ? "[crash-drill] PASSED" : "[crash-drill] FAILED");
        return passed;
    }

    private static void write(Path progress, int done) {
        try {
            Files.writeString(progress, String.valueOf(done));
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
