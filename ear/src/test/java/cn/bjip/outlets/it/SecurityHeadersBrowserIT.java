package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The browser-hardening headers on pages, API answers, downloads, static files and error pages; no framing (RS-7). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-7")
class SecurityHeadersBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("RS-7 every kind of answer carries CSP, frame-ancestors 'none', nosniff, a referrer and a permissions policy; pages allow only nonce-marked inline script")
    void headersOnEveryAnswer() throws Exception {
        Portal.ensureLibraryOutlet();
        WebSession staff = WebSession.as("library-staff");
        HttpResponse<String> page = staff.get("app/records.xhtml");
        assertEquals(200, page.statusCode());
        String pagePolicy = hardened("page", page.headers());
        String scripts = directive(pagePolicy, "script-src");
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'"), pagePolicy);
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertFalse(page.body().matches("(?s).*<script(?![^>]*nonce=\"" + java.util.regex.Pattern.quote(nonce) + "\")(?![^>]*src=)[^>]*>.*"),
                "every inline script of the page carries the nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|load|submit|complete)=\".*"), "no inline event handlers");
        assertNotEquals(nonce, nonceOf(staff.get("app/records.xhtml").headers()), "a new nonce per answer");

        Map<String, HttpResponse<String>> others = Map.of(
                "API JSON", Portal.get("api/records", Portal.token("library-staff")),
                "API refusal", Portal.get("api/records", null),
                "public CSV", Portal.send(Portal.request("api/public/directory.csv", null).header("Accept", "text/csv").GET().build()),
                "stylesheet", Portal.send(Portal.request("jakarta.faces.resource/css/portal.css.xhtml", null).GET().build()),
                "public page", Portal.get("directory.xhtml", null),
                "404 page", staff.get("nothing-here.xhtml"),
                "sign-in redirect", WebSession.as(null).get("app/home.xhtml"));
        for (Map.Entry<String, HttpResponse<String>> answer : others.entrySet()) {
            String policy = hardened(answer.getKey(), answer.getValue().headers());
            if (!answer.getKey().endsWith("page")) {
                assertTrue(policy.startsWith("default-src 'none'"), answer.getKey() + ": " + policy);
            }
        }
    }

    @Test
    @DisplayName("RS-7 the session cookie is Secure, HttpOnly and SameSite=Lax")
    void sessionCookie() throws Exception {
        HttpResponse<String> signIn = WebSession.as(null).get("app/home.xhtml");
        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty(), "the sign-in redirect starts a session");
        for (String cookie : cookies) {
            assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax.*"), cookie);
            assertTrue(cookie.matches("(?i).*;\\s*Secure.*"), cookie);
            if (cookie.startsWith("JSESSIONID")) {
                assertTrue(cookie.matches("(?i).*;\\s*HttpOnly.*"), cookie);
            }
        }
    }

    @Test
    @DisplayName("RS-7 plain HTTP answers every page, API and file with a redirect to the same address over HTTPS")
    void plainHttpRedirects() throws Exception {
        for (String path : List.of("", "directory.xhtml", "app/records.xhtml?first=20", "api/public/directory",
                "jakarta.faces.resource/css/portal.css.xhtml")) {
            HttpResponse<String> answer = Portal.send(HttpRequest.newBuilder(URI.create(Portal.PLAIN + path)).GET().build());
            assertEquals(302, answer.statusCode(), path);
            assertEquals(Portal.BASE + path, answer.headers().firstValue("Location").orElse(""), path);
        }
    }

    @Test
    @DisplayName("RS-7 a signed-in page framed by another origin is not shown; the portal's own pages run without a CSP violation")
    void noFraming() throws Exception {
        String html = "<!doctype html><title>frame</title><iframe id=\"victim\" src=\"" + Portal.BASE
                + "app/records.xhtml\" width=\"800\" height=\"600\"></iframe>";
        try (OtherOrigin other = new OtherOrigin(html); Browser web = new Browser()) {
            web.logIn("library-staff");
            web.open("app/records.xhtml");
            web.wait.until(d -> !d.findElements(By.id("user-name")).isEmpty());
            assertEquals(List.of(), web.policyViolations(), "the portal's page runs under its policy");
            web.driver.get(other.url());
            web.wait.until(d -> !web.policyViolations().isEmpty() || framed(web));
            assertFalse(framed(web), "the framed page must not render");
        }
    }

    private static boolean framed(Browser web) {
        web.driver.switchTo().frame(web.driver.findElement(By.id("victim")));
        try {
            return !web.driver.findElements(By.id("user-name")).isEmpty();
        } finally {
            web.driver.switchTo().defaultContent();
        }
    }

    /** Asserts the headers every answer has, and returns its Content-Security-Policy. */
    private static String hardened(String what, HttpHeaders headers) {
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
        assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
        assertTrue(headers.firstValue("Strict-Transport-Security").orElse("").matches("max-age=\\d{8,}.*"), what);
        return policy;
    }

    private static String directive(String policy, String name) {
        return java.util.Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " "))
                .findFirst().orElse("");
    }

    private static String nonceOf(HttpHeaders headers) {
        return directive(headers.firstValue("Content-Security-Policy").orElse(""), "script-src").replaceAll(".*'nonce-([^']+)'.*", "$1");
    }
}
