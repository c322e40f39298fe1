package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** UX-2: a link with parameters, opened signed out, lands after Keycloak's sign-in on the same page with the same parameters. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-2")
class DeepLinkBrowserIT {

    private static long recordId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void aRecord() throws Exception {
        Portal.ensureLibraryOutlet();
        int year = 2024; // a year no test submits a ledger for
        HttpResponse<String> created = Portal.postJson("api/records", Portal.token("library-staff"), """
                {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"%d-01-12",
                 "beneficiaryKind":"PUBLIC","beneficiaryCount":12,"charged":false,"summary":"深链接测试讲座",
                 "values":{"eventKind":"lecture","title":"深链接测试","attendance":12}}""".formatted(year), "zh-CN");
        assertEquals(201, created.statusCode(), created.body());
        recordId = Portal.json(created.body()).getJsonNumber("id").longValue();
    }

    /** Opens {@code path} signed out, signs in as {@code username} on Keycloak's page, and returns where the browser is. */
    private static String signInThrough(Browser web, String path, String username) {
        web.open(path);
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(web.driver.getCurrentUrl().startsWith(Portal.REALM_URL), "sent to Keycloak");
        Browser.signInOnKeycloak(web.driver, web.wait, username);
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
        return web.driver.getCurrentUrl();
    }

    @Test
    @DisplayName("UX-2 a record's page opened signed out shows that record after sign-in")
    void recordPage() throws Exception {
        try (Browser web = new Browser()) {
            String landed = signInThrough(web, "app/record.xhtml?id=" + recordId, "library-staff");
            assertEquals(Portal.BASE + "app/record.xhtml?id=" + recordId, landed);
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:summary")));
            assertEquals("深链接测试讲座", web.driver.findElement(By.id("record:summary")).getAttribute("value"));
            web.screenshot("deep-link-record");
        }
    }

    @Test
    @DisplayName("UX-2 the ledger page of an outlet and quarter opened signed out keeps outlet, year and quarter")
    void ledgerPage() throws Exception {
        String path = "app/ledger.xhtml?outlet=BJ-LIBRARY-001&year=2026&quarter=1";
        try (Browser web = new Browser()) {
            assertEquals(Portal.BASE + path, signInThrough(web, path, "center"));
            assertTrue(web.driver.getPageSource().contains("BJ-LIBRARY-001"), "the outlet's ledger is shown");
            web.screenshot("deep-link-ledger");
        }
    }

    @Test
    @DisplayName("UX-2 a score sheet's page opened signed out keeps its id, and the parameter is used once only")
    void sheetPage() throws Exception {
        String id = TestDatabase.first("SELECT id FROM score_sheet ORDER BY id LIMIT 1").orElse("987654321");
        try (Browser web = new Browser()) {
            assertEquals(Portal.BASE + "app/sheet.xhtml?id=" + id, signInThrough(web, "app/sheet.xhtml?id=" + id, "expert"));
            web.open("app/sheet.xhtml");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
            assertEquals(Portal.BASE + "app/sheet.xhtml", web.driver.getCurrentUrl(), "the kept address is not used again");
        }
    }
}
