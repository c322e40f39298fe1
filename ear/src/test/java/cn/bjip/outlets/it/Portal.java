package cn.bjip.outlets.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the test portal and the test Keycloak listen, and a plain HTTP client for them (no redirects followed). */
final class Portal {

    static final String BASE = "https://localhost:" + Integer.getInteger("portal.https.port") + "/";
    /** The same server over plain HTTP, which only redirects to {@link #BASE}. */
    static final String PLAIN = "http://localhost:" + (8080 + Integer.getInteger("portal.port.offset")) + "/";
    static final String KEYCLOAK = System.getProperty("portal.keycloak.url");
    static final String REALM_URL = KEYCLOAK + "/realms/" + System.getProperty("portal.keycloak.realm");
    static final String PASSWORD = System.getProperty("portal.demo.password");
    /** The test server's today: its clock starts at noon of a fixed day ({@code portal.test.now} in the pom). */
    static final LocalDate TODAY = OffsetDateTime.parse(System.getProperty("portal.test.now"))
            .atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private Portal() {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {
    }

    /**
     * An access token from the real Keycloak, by the password grant of the portal client (with the one-time code for
     * accounts that have an authenticator), kept until shortly before it expires.
     */
    static String token(String username) throws IOException, InterruptedException {
        Token kept = TOKENS.get(username);
        if (kept != null && Instant.now().isBefore(kept.renewAfter())) {
            return kept.value();
        }
        String form = "grant_type=password&scope=openid&client_id=" + System.getProperty("portal.keycloak.test-client")
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + (Totp.required(username) ? "&totp=" + Totp.nextCode(username) : "");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
        }
        JsonObject token = json(response.body());
        Token fresh = new Token(token.getString("access_token"),
                Instant.now().plusSeconds(token.getInt("expires_in") - 120L));
        TOKENS.put(username, fresh);
        return fresh.value();
    }

    /** A new token for {@code username}, not the one kept: what the next sign-in would get. */
    static String freshToken(String username) throws IOException, InterruptedException {
        TOKENS.remove(username);
        return token(username);
    }

    /** The claims of an access token (its payload; the portal has verified its signature wherever it takes one). */
    static JsonObject claims(String token) {
        return json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> sendForBytes(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET().build());
    }

    static HttpResponse<String> postJson(String path, String token, String body, String language)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static HttpResponse<String> putJson(String path, String token, String body, String language)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json").header("Accept-Language", language)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).DELETE().build());
    }

    /** The demo library outlet that the realm's {@code library-staff} user is bound to; created once per test database. */
    static void ensureLibraryOutlet() throws IOException, InterruptedException {
        ensureOutlet("library", "海淀区公共图书馆知识产权信息服务网点");
    }

    /**
     * Outlet {@code BJ-<TYPE>-001}, which the realm's {@code <type>-staff} user is bound to; created once per test
     * database, accredited 30 months ago (so in its last year of validity, when it may renew).
     */
    static String ensureOutlet(String type, String nameZh) throws IOException, InterruptedException {
        String code = "BJ-" + type.toUpperCase() + "-001";
        String body = """
                {"code":"%s","nameZh":"%s","nameEn":"Test %s outlet",
                 "networkType":"%s","district":"HAIDIAN","address":"北京市海淀区示例路 1 号","principal":"赵敏",
                 "contactPhone":"010-65550111","contactEmail":"outlet@example.cn","ipFields":["PATENT","TRADEMARK"],
                 "fullTimeStaff":3,"partTimeStaff":2,"accreditedOn":"%s"}""".formatted(code, nameZh, type, type,
                TODAY.minusMonths(30));
        HttpResponse<String> response = postJson("api/outlets", token("office"), body, "zh-CN");
        if (response.statusCode() != 201 && !response.body().contains(code)) {
            throw new IllegalStateException("could not create the outlet " + code + ": " + response.body());
        }
        return code;
    }
}
