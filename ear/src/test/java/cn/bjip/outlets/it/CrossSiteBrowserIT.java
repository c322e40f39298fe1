package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No other site can act for a signed-in user (RS-7): the API takes bearer tokens only (a session cookie alone gets
 * 401 and no session), only tokens issued for the portal, uploads only in their real content types, and no
 * state-changing request from a page of another origin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-7")
class CrossSiteBrowserIT {

    private static final String RECORD = """
            {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"2024-03-12",
             "beneficiaryKind":"PUBLIC","beneficiaryCount":30,"charged":false,"summary":"跨站测试",
             "values":{"eventKind":"exhibition","title":"跨站测试","attendance":30}}""";

    /** A valid import file, summary last so that the form trick's {@code =} lands in it. */
    private static final String IMPORT_FILE = "serviceDate,formId,serviceKind,ipFields,beneficiaryKind,beneficiaryCount,"
            + "charged,feeAmount,topic,channel,questions,summary\n"
            + "2024-02-01,referenceConsultation,AFFAIRS_CONSULTATION,PATENT,PUBLIC,1,否,,专利检索,onSite,1,跨站导入\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void outlet() throws Exception {
        Portal.ensureLibraryOutlet();
    }

    @Test
    @DisplayName("RS-7 a session cookie alone gets 401 from the API, no redirect and no session; a token of another client is refused")
    void apiIsBearerOnly() throws Exception {
        WebSession staff = WebSession.as("library-staff");
        assertEquals(200, staff.get("app/records.xhtml").statusCode(), "the session signs pages in");
        for (String path : List.of("api/records", "api/outlets", "api/ledgers/mine/2024/1")) {
            HttpResponse<String> answer = staff.send(HttpRequest.newBuilder(URI.create(Portal.BASE + path))
                    .header("Accept", "application/json").header("Accept-Language", "en").GET().build());
            assertEquals(401, answer.statusCode(), path + ": " + answer.body());
            assertTrue(answer.body().contains("Authorization: Bearer"), answer.body());
            assertEquals("Bearer", answer.headers().firstValue("WWW-Authenticate").orElse(""));
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), "no session: " + answer.headers().map());
        }
        HttpResponse<String> posted = staff.send(HttpRequest.newBuilder(URI.create(Portal.BASE + "api/records"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(RECORD)).build());
        assertEquals(401, posted.statusCode(), posted.body());

        String otherClient = otherClientToken("library-staff");
        assertEquals(401, Portal.get("api/records", otherClient).statusCode(), "the token's audience is not the portal");
        assertEquals(200, Portal.get("api/records", Portal.token("library-staff")).statusCode());
    }

    @Test
    @DisplayName("RS-7 with a valid token, a write from a foreign Origin is refused, and uploads take only their real content types")
    void foreignOriginAndSimpleContentTypesAreRefused() throws Exception {
        String token = Portal.token("library-staff");
        TreeMap<String, String> before = TestDatabase.fingerprint();
        HttpResponse<String> foreign = Portal.send(Portal.request("api/records", token)
                .header("Content-Type", "application/json").header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(RECORD)).build());
        assertEquals(403, foreign.statusCode(), foreign.body());
        HttpResponse<String> crossSite = Portal.send(Portal.request("api/records", token)
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(RECORD)).build());
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> upload = Portal.send(Portal.request("api/records/import?name=r.csv&store=true", token)
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("serviceDate\n2024-03-01\n")).build());
            assertEquals(415, upload.statusCode(), type + ": " + upload.body());
        }
        assertEquals(before, TestDatabase.fingerprint(), "nothing stored");
        HttpResponse<String> sameOrigin = Portal.send(Portal.request("api/records", token)
                .header("Content-Type", "application/json").header("Origin", Portal.BASE.replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(RECORD)).build());
        assertEquals(201, sameOrigin.statusCode(), "the portal's own origin may write: " + sameOrigin.body());
        Portal.delete("api/records/" + Portal.json(sameOrigin.body()).getJsonNumber("id"), token);
    }

    @Test
    @DisplayName("RS-7 a page of another origin posts forms and fetches to every writing endpoint and a page while the victim is signed in: nothing stored")
    void pageOfAnotherOriginChangesNothing() throws Exception {
        List<HostileApiIT.Endpoint> endpoints = HostileApiIT.writingEndpoints();
        try (OtherOrigin attacker = new OtherOrigin(attackPage(endpoints)); Browser web = new Browser()) {
            web.logIn("library-staff");
            TreeMap<String, String> before = TestDatabase.fingerprint();
            web.driver.get(attacker.url());
            web.wait.withTimeout(Duration.ofSeconds(60)).until(d -> "done".equals(d.getTitle()));
            assertEquals(before, TestDatabase.fingerprint(), "nothing stored by " + (endpoints.size() * 2 + 1) + " forged requests");
            // the refusals landed in the attacker's frames, which the portal's answers forbid (frame-ancestors 'none')
            assertTrue(web.policyViolations().stream().allMatch(v -> v.contains("frame-ancestors 'none'")));
            web.open("app/records.xhtml");
            assertTrue(web.driver.getPageSource().contains("user-name"), "the victim is still signed in");
        }
    }

    /**
     * Per endpoint a {@code text/plain} form into its own frame, its body made to read as the endpoint's input (the
     * classic trick: the {@code =} between name and value lands inside a text), and a credentialed no-cors
     * {@code fetch}; plus a form posted to a portal page. The title says when all were sent. Were the API to take the
     * session cookie and a text/plain body, the record and the import row would be stored.
     */
    private static String attackPage(List<HostileApiIT.Endpoint> endpoints) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>attack</title></head><body>");
        StringBuilder script = new StringBuilder("const sent = [];");
        int n = 0;
        for (HostileApiIT.Endpoint endpoint : endpoints) {
            boolean importing = endpoint.path().endsWith("import");
            String url = Portal.BASE + endpoint.path() + (importing ? "?name=r.csv&store=true" : "");
            String body = importing ? IMPORT_FILE : RECORD;
            int split = body.indexOf("跨站") + 2;
            html.append("<iframe name=\"f%d\"></iframe><form id=\"form%d\" target=\"f%d\" method=\"POST\" enctype=\"text/plain\" action=\"%s\">"
                    .formatted(n, n, n, url))
                    .append("<input type=\"hidden\" name=\"%s\" value=\"%s\"></form>".formatted(
                            attribute(body.substring(0, split)), attribute(body.substring(split))));
            script.append("document.getElementById('form%d').submit();".formatted(n));
            script.append("sent.push(fetch('%s', {method: '%s', mode: 'no-cors', credentials: 'include', headers: {'Content-Type': 'text/plain'}, body: '%s'}).catch(() => null));"
                    .formatted(url, endpoint.method(), body.replace("\n", "\\n").replace("'", "\\'")));
            n++;
        }
        html.append("<iframe name=\"fpage\"></iframe><form id=\"page\" target=\"fpage\" method=\"POST\" action=\"%sapp/record.xhtml\">"
                .formatted(Portal.BASE)).append("<input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"stateless\"></form>");
        script.append("document.getElementById('page').submit();");
        script.append("Promise.all(sent).then(() => setTimeout(() => document.title = 'done', 3000));");
        return html.append("<script>").append(script).append("</script></body></html>").toString();
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** A token of the realm's built-in {@code admin-cli} client for the same user: valid, but not issued for the portal. */
    private static String otherClientToken(String username) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + username + "&password=" + Portal.PASSWORD;
        HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Portal.REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return Portal.json(answer.body()).getString("access_token");
    }
}
