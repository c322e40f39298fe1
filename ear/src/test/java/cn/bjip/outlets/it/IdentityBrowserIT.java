package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The realm's identity rules (RS-6): office and center accounts need a one-time code, passwords follow the policy,
 * and guessing, fast or slow, locks the account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-6")
class IdentityBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String STRONG = "Lockout-Test-2026!";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("RS-6 the office and the center are asked for a one-time code after the password; a wrong code is refused, the right one signs in")
    void oneTimeCodeForOfficeAndCenter() throws Exception {
        for (String username : new String[] {"office", "center"}) {
            try (Browser web = new Browser()) {
                web.open("app/home.xhtml");
                web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
                web.type("username", username);
                web.type("password", Portal.PASSWORD);
                web.driver.findElement(By.id("kc-login")).click();
                web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp")));
                String wrong = Totp.code("not the secret", Instant.now().getEpochSecond() / 30);
                web.type("otp", wrong);
                web.driver.findElement(By.id("kc-login")).click();
                web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp")));
                assertTrue(web.driver.getCurrentUrl().startsWith(Portal.REALM_URL), "still on Keycloak after a wrong code");
                assertTrue(web.driver.findElements(By.id("user-name")).isEmpty());
                web.screenshot(username + "-wrong-otp");
                web.type("otp", Totp.nextCode(username));
                web.driver.findElement(By.id("kc-login")).click();
                web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
            }
        }
        assertNotEquals(200, passwordGrant("office", Portal.PASSWORD, null).statusCode(), "no token without the code");
        assertEquals(200, passwordGrant("library-staff", Portal.PASSWORD, null).statusCode(), "outlet staff need none");
    }

    @Test
    @DisplayName("RS-6 a new center-staff account without an authenticator must set one up at its first sign-in, and gets no token by password alone")
    void staffRolesMustSetUpTheCode() throws Exception {
        String username = "center-new-" + System.nanoTime();
        String id = newUser(username);
        JsonObject role = Portal.json(admin("GET", "/roles/center-staff", null).body());
        assertEquals(204, admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]").statusCode());
        assertNotEquals(200, passwordGrant(username, STRONG, null).statusCode(), "no token without a code");
        try (Browser web = new Browser()) {
            web.open("app/home.xhtml");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            web.type("username", username);
            web.type("password", STRONG);
            web.driver.findElement(By.id("kc-login")).click();
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("totp")));
            assertTrue(web.driver.getCurrentUrl().startsWith(Portal.REALM_URL), "Keycloak's authenticator set-up");
            assertTrue(web.driver.findElements(By.id("user-name")).isEmpty(), "not in the portal before the code");
            web.screenshot("center-staff-totp-setup");
        }
        String other = "expert-new-" + System.nanoTime();
        newUser(other);
        assertEquals(200, passwordGrant(other, STRONG, null).statusCode(), "roles without the rule need no code");
    }

    @Test
    @DisplayName("RS-6 registration refuses a weak password, naming the rule")
    void weakPasswordRefusedAtRegistration() throws Exception {
        try (Browser web = new Browser()) {
            String username = "weak-" + System.nanoTime();
            web.register(username, "弱", "密码");
            web.driver.get(Mailbox.actionLink(username + "@institution.example.cn"));
            web.choosePassword("a");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-new")));
            String page = web.driver.getPageSource();
            assertTrue(page.contains("12"), "the message names the minimum length");
            assertTrue(web.driver.findElements(By.id("user-name")).isEmpty(), "not signed in");
            web.screenshot("registration-weak-password");
        }
        assertEquals(400, admin("PUT", "/users/" + newUser("policy-" + System.nanoTime()) + "/reset-password",
                "{\"type\":\"password\",\"value\":\"short\",\"temporary\":false}").statusCode(), "the admin API applies it too");
    }

    @Test
    @DisplayName("RS-6 a forgotten password is reset through the link Keycloak mails to the account's address; the new one must follow the policy")
    void passwordResetByMail() throws Exception {
        String username = "reset-" + System.nanoTime();
        newUser(username);
        String renewed = "Renewed-Password-2026";
        try (Browser web = new Browser()) {
            web.open("app/home.xhtml");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            web.driver.findElement(By.cssSelector("a[href*='reset-credentials']")).click();
            web.type("username", username);
            web.driver.findElement(By.cssSelector("#kc-reset-password-form [type=submit]")).click();
            web.driver.get(Mailbox.actionLink(username + "@test.example.cn"));
            web.choosePassword("short");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-new")));
            assertTrue(web.driver.getPageSource().contains("12"), "the policy is named");
            web.choosePassword(renewed);
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
            web.screenshot("password-reset-by-mail");
        }
        assertEquals(200, passwordGrant(username, renewed, null).statusCode(), "the new password signs in");
        HttpResponse<String> old = passwordGrant(username, STRONG, null);
        assertTrue((old.statusCode() == 400 || old.statusCode() == 401) && old.body().contains("invalid_grant"),
                "the old one no longer does: " + old.body());
    }

    @Test
    @DisplayName("RS-6 five fast wrong passwords lock the account: the right password is then refused too")
    void fastGuessingLocks() throws Exception {
        assertGuessingLocks("lock-fast-", 0);
    }

    @Test
    @DisplayName("RS-6 slow guessing (one wrong password every 1.5 s, slower than the quick-login check) locks the account too")
    void slowGuessingLocks() throws Exception {
        assertGuessingLocks("lock-slow-", 1500);
    }

    @Test
    @Tag("RS-5")
    @DisplayName("RS-5 RS-6 the office sees sign-in failures, lockouts and role changes from Keycloak in the portal; nobody else does")
    void officeSeesSignInEvents() throws Exception {
        String username = "events-" + System.nanoTime();
        String id = newUser(username);
        for (int i = 0; i < 5; i++) {
            passwordGrant(username, "wrong-" + i, null);
        }
        JsonObject role = Portal.json(admin("GET", "/roles/expert", null).body());
        assertEquals(204, admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]").statusCode());
        HttpResponse<String> answer = Portal.get("api/audit/sign-ins?max=200", Portal.token("office"));
        assertEquals(200, answer.statusCode(), answer.body());
        var events = Portal.json("{\"e\":" + answer.body() + "}").getJsonArray("e").getValuesAs(JsonObject.class);
        assertTrue(events.stream().anyMatch(e -> e.getString("type").equals("LOGIN_ERROR")
                && username.equals(e.getString("username", null))), "the failed sign-ins: " + answer.body());
        assertTrue(events.stream().anyMatch(e -> e.getString("type").startsWith("USER_DISABLED_BY_")
                && (username.equals(e.getString("username", null)) || id.equals(e.getString("username", null)))), "the lockout: " + answer.body());
        assertTrue(events.stream().anyMatch(e -> e.getString("type").equals("REALM_ROLE_MAPPING_CREATE")
                && e.getString("detail", "").contains(id)), "the role change: " + answer.body());
        assertEquals(403, Portal.get("api/audit/sign-ins", Portal.token("center")).statusCode());

        try (Browser web = new Browser()) {
            web.logIn("office");
            web.open("app/audit.xhtml");
            web.click("audit-form:load-sign-ins");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-form:sign-in-table"), username));
            web.click("audit-form:verify");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-form:chain"), "完整"));
            web.screenshot("office-audit-sign-ins");
        }
    }

    /** Five wrong passwords for a fresh account, {@code pauseMillis} apart, then the right one: refused, locked. */
    private static void assertGuessingLocks(String prefix, long pauseMillis) throws Exception {
        String username = prefix + System.nanoTime();
        String id = newUser(username);
        for (int i = 0; i < 5; i++) {
            assertNotEquals(200, passwordGrant(username, "wrong-" + i, null).statusCode());
            Thread.sleep(pauseMillis);
        }
        assertLocked(username, id);
    }

    private static void assertLocked(String username, String id) throws Exception {
        HttpResponse<String> right = passwordGrant(username, STRONG, null);
        assertFalse(right.statusCode() == 200, "locked: " + right.body());
        JsonObject status = Portal.json(admin("GET", "/attack-detection/brute-force/users/" + id, null).body());
        assertTrue(status.getBoolean("disabled"), status.toString());
        assertTrue(status.getInt("numFailures") >= 1, status.toString());
    }

    private static HttpResponse<String> passwordGrant(String username, String password, String otp) throws Exception {
        String form = "grant_type=password&client_id=" + System.getProperty("portal.keycloak.test-client")
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + (otp == null ? "" : "&totp=" + otp);
        return HTTP.send(HttpRequest.newBuilder(URI.create(Portal.REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A user of the realm with a strong password, made through Keycloak's admin API; returns its id. */
    private static String newUser(String username) throws Exception {
        String body = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("email", username + "@test.example.cn").add("emailVerified", true).add("firstName", "测")
                .add("lastName", "试").add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", STRONG).add("temporary", false))).build().toString();
        HttpResponse<String> created = admin("POST", "/users", body);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> admin(String method, String path, String body) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(System.getProperty("portal.keycloak.admin.user"), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(System.getProperty("portal.keycloak.admin.password"), StandardCharsets.UTF_8);
        String token = Portal.json(HTTP.send(HttpRequest.newBuilder(URI.create(Portal.KEYCLOAK
                        + "/realms/master/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body())
                .getString("access_token");
        return HTTP.send(HttpRequest.newBuilder(URI.create(Portal.KEYCLOAK + "/admin/realms/"
                        + System.getProperty("portal.keycloak.realm") + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
