package cn.bjip.outlets.audit;

import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.KeycloakAdmin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
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

    /** The newest first: sign-in events and the administrators' changes of users and role mappings, at most {@code max}. */
    @RolesAllowed(OFFICE_ADMIN)
    public List<SignInEvent> recent(int max) {
        int size = Math.max(1, Math.min(max, 500));
        try {
            KeycloakAdmin keycloak = KeycloakAdmin.forTask("events", "portal-events");
            List<SignInEvent> events = new ArrayList<>();
            StringBuilder types = new StringBuilder();
            TYPES.forEach(t -> types.append("&type=").append(t));
            for (JsonValue value : keycloak.get("/events?max=" + size + types).asJsonArray()) {
                JsonObject event = value.asJsonObject();
                JsonObject details = event.containsKey("details") ? event.getJsonObject("details") : JsonValue.EMPTY_JSON_OBJECT;
                events.add(new SignInEvent(Instant.ofEpochMilli(event.getJsonNumber("time").longValue()), event.getString("type"),
                        details.getString("username", event.getString("userId", null)), event.getString("ipAddress", null),
                        event.getString("error", null), null));
            }
            for (JsonValue value : keycloak.get("/admin-events?max=" + size
                    + "&resourceTypes=USER&resourceTypes=REALM_ROLE_MAPPING&resourceTypes=CLIENT_ROLE_MAPPING").asJsonArray()) {
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
}
