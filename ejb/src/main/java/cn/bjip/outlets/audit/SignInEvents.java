package cn.bjip.outlets.audit;

import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in failures, lockouts and changes of roles or attributes, as Keycloak keeps them (180 days, realm settings),
 * read through Keycloak's admin REST API with the portal's own service-account client ({@code portal-events}, whose
 * only right is to view events). The trail of what people did in the portal stays in {@link AuditService}.
 */
@Stateless
public class SignInEvents {

    /** The sign-in events the office is shown (Keycloak keeps more). */
    private static final List<String> TYPES = List.of("LOGIN_ERROR", "LOGIN", "USER_DISABLED_BY_TEMPORARY_LOCKOUT",
            "USER_DISABLED_BY_PERMANENT_LOCKOUT", "UPDATE_PASSWORD", "UPDATE_TOTP", "REMOVE_TOTP", "REGISTER");
    private static final Logger LOG = Logger.getLogger(SignInEvents.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** The newest first: sign-in events and the administrators' changes of users and role mappings, at most {@code max}. */
    @RolesAllowed(OFFICE_ADMIN)
    public List<SignInEvent> recent(int max) {
        int size = Math.max(1, Math.min(max, 500));
        String provider = System.getProperty("portal.oidc.provider-url");
        String admin = provider.replace("/realms/", "/admin/realms/");
        try {
            String token = serviceToken(provider);
            List<SignInEvent> events = new ArrayList<>();
            StringBuilder types = new StringBuilder();
            TYPES.forEach(t -> types.append("&type=").append(t));
            for (JsonValue value : get(admin + "/events?max=" + size + types, token)) {
                JsonObject event = value.asJsonObject();
                JsonObject details = event.containsKey("details") ? event.getJsonObject("details") : JsonValue.EMPTY_JSON_OBJECT;
                events.add(new SignInEvent(Instant.ofEpochMilli(event.getJsonNumber("time").longValue()), event.getString("type"),
                        details.getString("username", event.getString("userId", null)), event.getString("ipAddress", null),
                        event.getString("error", null), null));
            }
            for (JsonValue value : get(admin + "/admin-events?max=" + size
                    + "&resourceTypes=USER&resourceTypes=REALM_ROLE_MAPPING&resourceTypes=CLIENT_ROLE_MAPPING", token)) {
                JsonObject event = value.asJsonObject();
                JsonObject by = event.getJsonObject("authDetails");
                events.add(new SignInEvent(Instant.ofEpochMilli(event.getJsonNumber("time").longValue()),
                        event.getString("resourceType") + "_" + event.getString("operationType"),
                        by == null ? null : by.getString("userId", null), by == null ? null : by.getString("ipAddress", null),
                        null, event.getString("resourcePath", null)));
            }
            events.sort(Comparator.comparing(SignInEvent::at).reversed());
            return List.copyOf(events.subList(0, Math.min(size, events.size())));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not read Keycloak's events", e);
            throw new BusinessRuleViolation("audit.signInsUnavailable", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessRuleViolation("audit.signInsUnavailable", null);
        }
    }

    private static String serviceToken(String provider) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(System.getProperty("portal.keycloak.events-client", "portal-events"), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(System.getProperty("portal.keycloak.events-secret", ""), StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(provider + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("Keycloak refused the events client: " + answer.statusCode());
        }
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }

    private static JsonArray get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException(url + " answered " + answer.statusCode());
        }
        return Json.createReader(new StringReader(answer.body())).readArray();
    }
}
