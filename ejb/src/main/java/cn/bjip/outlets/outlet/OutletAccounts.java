package cn.bjip.outlets.outlet;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;
import static cn.bjip.outlets.platform.Roles.SYSTEM;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.KeycloakAdmin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who works for an outlet, as Keycloak knows it: an account holding realm role {@code outlet-staff} and attribute
 * {@code outlet_code}. Accreditation binds the applicant's account to the new outlet; the end of the outlet's
 * standing (disqualification, revocation, expiry) unbinds every account of it. Through Keycloak's admin API as the
 * service-account client {@code portal-accounts}, which may only view and manage users. A change takes effect with
 * the person's next token (next sign-in or refresh).
 */
@Stateless
public class OutletAccounts {

    private static final Logger LOG = Logger.getLogger(OutletAccounts.class.getName());

    @EJB
    private AuditService audit;

    /** A person with a Keycloak account: what reminders need. */
    public record Account(String id, String username, String email, String displayName) {
    }

    /** Makes {@code username} staff of outlet {@code outletCode} (idempotent). */
    @RolesAllowed(OFFICE_ADMIN)
    public void bind(String username, String outletCode) {
        call(keycloak -> {
            JsonObject user = user(keycloak, username)
                    .orElseThrow(() -> new BusinessRuleViolation("accounts.unknown", null, username));
            String roles = "/users/" + user.getString("id") + "/role-mappings/realm";
            keycloak.send("PUT", "/users/" + user.getString("id"), withOutlet(user, outletCode));
            Optional<JsonArray> role = staffRole(keycloak, roles + "/available");
            if (role.isPresent()) {
                keycloak.send("POST", roles, role.get());
            }
            return null;
        });
        audit.record("account.boundToOutlet", "Outlet", outletCode, username);
    }

    /** Every account bound to {@code outletCode} stops being its staff; returns how many there were. */
    @RolesAllowed({OFFICE_ADMIN, CENTER_STAFF, SYSTEM})
    public int unbindAll(String outletCode) {
        List<String> unbound = call(keycloak -> {
            List<JsonObject> staff = staff(keycloak, outletCode);
            for (JsonObject user : staff) {
                String roles = "/users/" + user.getString("id") + "/role-mappings/realm";
                keycloak.send("PUT", "/users/" + user.getString("id"), withOutlet(user, null));
                Optional<JsonArray> role = staffRole(keycloak, roles);
                if (role.isPresent()) {
                    keycloak.send("DELETE", roles, role.get());
                }
            }
            return staff.stream().map(u -> u.getString("username")).toList();
        });
        if (!unbound.isEmpty()) {
            audit.record("account.unboundFromOutlet", "Outlet", outletCode, String.join(", ", unbound));
        }
        return unbound.size();
    }

    /** The accounts bound to {@code outletCode}. */
    @RolesAllowed(SYSTEM)
    public List<Account> staffOf(String outletCode) {
        return call(keycloak -> staff(keycloak, outletCode).stream().map(OutletAccounts::account).toList());
    }

    @RolesAllowed(SYSTEM)
    public Optional<Account> find(String username) {
        return call(keycloak -> user(keycloak, username).map(OutletAccounts::account));
    }

    private static Optional<JsonObject> user(KeycloakAdmin keycloak, String username) throws IOException, InterruptedException {
        return keycloak.get("/users?exact=true&briefRepresentation=false&username=" + KeycloakAdmin.encoded(username))
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> username.equalsIgnoreCase(u.getString("username", ""))).findFirst();
    }

    private static List<JsonObject> staff(KeycloakAdmin keycloak, String outletCode) throws IOException, InterruptedException {
        return keycloak.get("/users?briefRepresentation=false&max=200&q="
                        + KeycloakAdmin.encoded(CallerIdentity.OUTLET_CLAIM + ":" + outletCode))
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> outletCode.equals(outletOf(u))).toList();
    }

    private static String outletOf(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        JsonArray codes = attributes == null ? null : attributes.getJsonArray(CallerIdentity.OUTLET_CLAIM);
        return codes == null || codes.isEmpty() ? null : codes.getString(0);
    }

    /** The user as Keycloak holds it, with attribute outlet_code set to {@code code} (removed when null). */
    private static JsonObject withOutlet(JsonObject user, String code) {
        JsonObjectBuilder attributes = Json.createObjectBuilder(
                user.containsKey("attributes") ? user.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT);
        attributes.add(CallerIdentity.OUTLET_CLAIM, code == null ? JsonValue.EMPTY_JSON_ARRAY : Json.createArrayBuilder().add(code).build());
        JsonObjectBuilder updated = Json.createObjectBuilder();
        for (String field : List.of("username", "email", "firstName", "lastName", "enabled", "emailVerified")) {
            if (user.containsKey(field)) {
                updated.add(field, user.get(field));
            }
        }
        return updated.add("attributes", attributes).build();
    }

    /**
     * Role {@code outlet-staff} as listed at {@code path} (a user's mapped or mappable realm roles), as the body that
     * maps or unmaps it; empty when it is not listed there. Read under the user, so the client needs no realm rights.
     */
    private static Optional<JsonArray> staffRole(KeycloakAdmin keycloak, String path) throws IOException, InterruptedException {
        return keycloak.get(path).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(role -> OUTLET_STAFF.equals(role.getString("name", null))).findFirst()
                .map(role -> Json.createArrayBuilder().add(role).build());
    }

    private static Account account(JsonObject user) {
        String name = String.join(" ", user.getString("lastName", ""), user.getString("firstName", "")).strip();
        return new Account(user.getString("id"), user.getString("username"), user.getString("email", null),
                name.isEmpty() ? user.getString("username") : name);
    }

    private interface Work<T> {
        T on(KeycloakAdmin keycloak) throws IOException, InterruptedException;
    }

    private static <T> T call(Work<T> work) {
        try {
            return work.on(KeycloakAdmin.forTask("accounts", "portal-accounts"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleViolation refusal) {
                throw refusal;
            }
            LOG.log(Level.WARNING, "Keycloak's admin API failed", e);
            throw new BusinessRuleViolation("accounts.unavailable", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessRuleViolation("accounts.unavailable", null);
        }
    }
}
