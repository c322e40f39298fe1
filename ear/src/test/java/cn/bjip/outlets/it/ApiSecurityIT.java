package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call what, proven with tokens from the real Keycloak against the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("security")
class ApiSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void demoOutlet() throws Exception {
        Portal.ensureLibraryOutlet();
    }

    @Test
    @DisplayName("a request without a token is refused with 401")
    void noTokenRefused() throws Exception {
        assertEquals(401, Portal.get("api/audit", null).statusCode());
        assertEquals(401, Portal.get("api/outlets", null).statusCode());
    }

    @Test
    @Tag("RS-6")
    @DisplayName("RS-6 the portal's browser client is confidential and takes no password: without its secret no token, with it no password grant; only the test set-up's client takes one")
    void browserClientTakesNoPassword() throws Exception {
        String password = "grant_type=password&username=library-staff&password=" + Portal.PASSWORD + "&client_id=";
        HttpResponse<String> noSecret = tokenRequest(password + System.getProperty("portal.keycloak.client"));
        assertEquals(401, noSecret.statusCode(), noSecret.body());
        assertTrue(noSecret.body().contains("Invalid client credentials"), noSecret.body());
        HttpResponse<String> withSecret = tokenRequest(password + System.getProperty("portal.keycloak.client")
                + "&client_secret=" + System.getProperty("portal.keycloak.client-secret"));
        assertEquals(400, withSecret.statusCode(), withSecret.body());
        assertTrue(withSecret.body().contains("unauthorized_client"), withSecret.body());
        assertEquals(200, tokenRequest(password + System.getProperty("portal.keycloak.test-client")).statusCode());
    }

    private static HttpResponse<String> tokenRequest(String form) throws Exception {
        return Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.REALM_URL
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
    }

    @Test
    @DisplayName("a forged token is refused with 401")
    void forgedTokenRefused() throws Exception {
        String token = Portal.token("office");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertEquals(401, Portal.get("api/audit", forged).statusCode());
    }

    @Test
    @DisplayName("an outlet-staff token cannot call the office-admin-only audit endpoint; an office-admin token can, and finds its own change among the newest")
    void auditIsForTheOfficeOnly() throws Exception {
        HttpResponse<String> asOutletStaff = Portal.get("api/audit", Portal.token("library-staff"));
        assertEquals(403, asOutletStaff.statusCode(), asOutletStaff.body());

        HttpResponse<String> asCenter = Portal.get("api/audit", Portal.token("center"));
        assertEquals(403, asCenter.statusCode(), asCenter.body());

        String office = Portal.token("office");
        String code = "IT-AUDIT-" + System.currentTimeMillis() % 1_000_000;
        assertEquals(201, Portal.postJson("api/outlets", office, """
                {"code":"%s","nameZh":"审计测试网点","networkType":"library","district":"HAIDIAN","address":"北京市海淀区示例路 2 号",
                 "principal":"赵敏","ipFields":["PATENT"],"fullTimeStaff":1}""".formatted(code), "zh-CN").statusCode());
        HttpResponse<String> asOffice = Portal.get("api/audit?size=50", office);
        assertEquals(200, asOffice.statusCode(), asOffice.body());
        // newest first, though entries written by tests that moved the clock to later years come before it
        List<JsonObject> own = Portal.json(asOffice.body()).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(e -> code.equals(e.getString("entityId", null))).toList();
        assertEquals(1, own.size(), asOffice.body());
        assertEquals("outlet.created", own.get(0).getString("action"), asOffice.body());
        assertEquals("office", own.get(0).getString("actor"));
    }

    @Test
    @DisplayName("outlet staff cannot create outlets; their token binds them to their own outlet (claim outlet_code)")
    void outletStaffBoundToTheirOutlet() throws Exception {
        String token = Portal.token("library-staff");
        HttpResponse<String> mine = Portal.get("api/outlets/mine", token);
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals("BJ-LIBRARY-001", Portal.json(mine.body()).getString("code"));

        assertEquals(403, Portal.get("api/outlets", token).statusCode());
        assertEquals(403, Portal.postJson("api/outlets", token, "{}", "zh-CN").statusCode());
    }

    @Test
    @Tag("P-4")
    @DisplayName("P-4 a refused request names the field, in Chinese by default and in English on request")
    void refusalNamesTheField() throws Exception {
        String body = """
                {"code":"IT-API-001","nameZh":"名称","networkType":"spaceport","district":"HAIDIAN","address":"地址",
                 "principal":"负责人","ipFields":["PATENT"],"fullTimeStaff":3,"partTimeStaff":0}""";
        String token = Portal.token("center");
        HttpResponse<String> zh = Portal.postJson("api/outlets", token, body, "zh-CN");
        assertEquals(400, zh.statusCode(), zh.body());
        JsonObject error = Portal.json(zh.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals("networkType", error.getString("field"));
        assertEquals("网络类型 spaceport 未安装或未启用。", error.getString("message"));

        HttpResponse<String> en = Portal.postJson("api/outlets", token, body, "en");
        assertEquals("The network type spaceport is not installed or not enabled.",
                Portal.json(en.body()).getJsonArray("errors").getJsonObject(0).getString("message"));
        HttpResponse<String> list = Portal.get("api/outlets?size=200", token);
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("IT-API-001"), "nothing was stored");
    }

    @Test
    @DisplayName("a protected page sends an anonymous browser to Keycloak's login, with PKCE")
    void protectedPageRedirectsToKeycloak() throws Exception {
        HttpResponse<String> response = Portal.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Portal.BASE + "app/home.xhtml")).header("Accept", "text/html").GET().build());
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(Portal.REALM_URL + "/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("code_challenge_method=S256"), location);
    }

    @Test
    @Tag("P-1")
    @DisplayName("the public start page needs no login and lists the installed network types")
    void publicPageOpen() throws Exception {
        HttpResponse<String> response = Portal.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Portal.BASE)).GET().build());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("公共图书馆"), "the library plugin's type name is shown");
    }
}
