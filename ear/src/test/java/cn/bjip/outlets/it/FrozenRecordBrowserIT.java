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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * UX-3: what a page offers is what the service allows. A record of a quarter whose ledger was submitted comes from the
 * service without actions; the list offers neither edit nor delete for it, its form is read-only, and PUT and DELETE
 * are refused. Once the center reopens the ledger, both are offered again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-3")
@Tag("R-14.1")
class FrozenRecordBrowserIT {

    /** A quarter of a past year that no other test submits. */
    private static final int YEAR = 2024;
    private static final int QUARTER = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("UX-3 a record of a submitted quarter shows no edit or delete, its form is read-only, and PUT/DELETE are refused")
    void frozenRecordOffersNoChange() throws Exception {
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("library-staff");
        String input = """
                {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"%d-08-20",
                 "beneficiaryKind":"PUBLIC","beneficiaryCount":30,"charged":false,"summary":"%s",
                 "values":{"eventKind":"lecture","title":"冻结季度的讲座","attendance":30}}""";
        HttpResponse<String> created = Portal.postJson("api/records", staff, input.formatted(YEAR, "冻结季度的讲座"), "zh-CN");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject record = Portal.json(created.body());
        long id = record.getJsonNumber("id").longValue();
        assertEquals(List.of("DELETE", "EDIT"), actions(record), "an open quarter's record may be changed");

        HttpResponse<String> submitted = Portal.postJson("api/ledgers/mine/" + YEAR + "/" + QUARTER + "/submit", staff,
                "{\"reason\":\"按期报送\"}", "zh-CN");
        assertEquals(200, submitted.statusCode(), submitted.body());
        try {
            JsonObject frozen = Portal.json(Portal.get("api/records/" + id, staff).body());
            assertEquals(List.of(), actions(frozen), "the service offers nothing on a frozen record");
            long version = frozen.getJsonNumber("version").longValue();
            HttpResponse<String> changed = Portal.putJson("api/records/" + id + "?version=" + version, staff,
                    input.formatted(YEAR, "改了"), "zh-CN");
            assertEquals(400, changed.statusCode(), changed.body());
            assertTrue(changed.body().contains("已锁定"), changed.body());
            HttpResponse<String> deleted = Portal.delete("api/records/" + id + "?version=" + version, staff);
            assertEquals(400, deleted.statusCode(), deleted.body());
            assertTrue(deleted.body().contains("已锁定"), deleted.body());

            try (Browser web = new Browser()) {
                web.logIn("library-staff");
                web.open("app/records.xhtml");
                WebElement row = web.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//tr[.//span[contains(@class,'record-summary') and text()='冻结季度的讲座']]")));
                assertTrue(row.findElements(By.cssSelector("[id$=':edit']")).isEmpty(), "no edit button");
                assertTrue(row.findElements(By.cssSelector("[id$=':delete']")).isEmpty(), "no delete button");
                assertFalse(row.findElements(By.cssSelector("[id$=':view']")).isEmpty(), "a view button instead");
                web.screenshot("frozen-record-list");

                web.open("app/record.xhtml?id=" + id);
                web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:read-only")));
                assertEquals("查看服务记录", web.text(By.tagName("h1")), "shown as a record to look at, not to change");
                assertTrue(web.driver.findElements(By.id("record:save")).isEmpty(), "no save button");
                assertFalse(web.driver.findElement(By.id("record:summary")).isEnabled(), "the fields are read-only");
                web.screenshot("frozen-record-form");
            }
        } finally {
            HttpResponse<String> reopened = Portal.postJson("api/ledgers/BJ-LIBRARY-001/" + YEAR + "/" + QUARTER + "/reopen",
                    Portal.token("center"), "{\"reason\":\"测试后退回\"}", "zh-CN");
            assertEquals(200, reopened.statusCode(), reopened.body());
        }
        assertEquals(List.of("DELETE", "EDIT"), actions(Portal.json(Portal.get("api/records/" + id, staff).body())),
                "reopened, the record may be changed again");
    }

    private static List<String> actions(JsonObject record) {
        return record.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList();
    }
}
