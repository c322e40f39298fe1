package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The lists as people use them (UX-6), in headless Chromium: the public directory's detail page; the records list's
 * filters and export.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-6")
class ListsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("UX-6 the public opens an outlet from the directory: what it offers, its fields, address, district, contacts and hours, in Chinese and in English")
    void directoryEntryInBothLanguages() throws Exception {
        String code = Portal.ensureOutlet("association", "北京示例知识产权协会服务网点");
        try (Browser web = new Browser()) {
            web.open("directory.xhtml");
            web.type("directory:name", "示例知识产权协会");
            web.click("directory:search");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory:outlets"), "北京示例知识产权协会服务网点"));
            // the table was just drawn again: find the link afresh until the click lands
            web.wait.until(driver -> {
                driver.findElement(By.linkText("北京示例知识产权协会服务网点")).click();
                return true;
            });
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-name")));
            assertEquals("北京示例知识产权协会服务网点", web.text("entry-name"));
            String facts = web.text("entry");
            assertTrue(facts.contains(code) && facts.contains("海淀区") && facts.contains("北京市海淀区示例路 1 号")
                    && facts.contains("专利") && facts.contains("010-65550111"), facts);
            assertTrue(facts.contains("服务时间") && facts.contains("请致电咨询"), "no hours given: the page says to call");
            assertFalse(web.text("entry-offers").isBlank(), "the services its network type offers");
            web.screenshot("directory-entry");
            web.click("session:lang-en");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-name"), "Test association outlet"));
            assertTrue(web.text("entry").contains("Haidian") && web.text("entry").contains("Patent"), web.text("entry"));
            web.screenshot("directory-entry-en");
        }
    }

    @Test
    @DisplayName("UX-6 outlet staff narrow their records to a date range and words, and export exactly those rows")
    void recordsFilteredAndExported() throws Exception {
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("library-staff");
        String filter = "from=2018-01-01&to=2018-12-31&q=" + URLEncoder.encode("浏览器筛选", StandardCharsets.UTF_8);
        RecordForm form = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("library")).findFirst().orElseThrow().recordForms().get(0);
        for (int i = 0; i < 3; i++) {
            JsonObject body = Json.createObjectBuilder(SampleRecords.json(SampleRecords.sample(form, 500 + i),
                    LocalDate.of(2018, 5, 1 + i))).add("summary", i < 2 ? "浏览器筛选 " + i : "其他").build();
            assertEquals(201, Portal.postJson("api/records", staff, body.toString(), "zh-CN").statusCode());
        }
        long expected = Portal.json(Portal.get("api/records?" + filter + "&size=0", staff).body()).getJsonNumber("total").longValue();
        assertEquals(2, expected);
        try (Browser web = new Browser()) {
            web.logIn("library-staff");
            web.open("app/records.xhtml");
            web.type("records-form:from_input", "2018-01-01");
            web.type("records-form:to_input", "2018-12-31");
            web.type("records-form:text", "浏览器筛选");
            web.click("records-form:apply");
            By summaries = By.cssSelector("[id='records-form:records'] .record-summary");
            try {
                web.wait.until(driver -> driver.findElements(summaries).stream().map(e -> e.getText()).toList()
                        .equals(List.of("浏览器筛选 1", "浏览器筛选 0")));
                assertTrue(web.driver.findElement(By.id("records-form:records")).getText().contains("2018年5月2日"),
                        "service dates in words");
            } finally {
                web.screenshot("records-filtered");
            }
            web.click("records-form:export");
            Path file = web.downloaded(".xlsx");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                long rows = 0;
                for (Sheet sheet : workbook) {
                    rows += sheet.getSheetName().startsWith("服务记录") ? sheet.getLastRowNum() : 0;
                }
                assertEquals(expected, rows, "the export holds exactly the rows the list shows");
            }
        }
    }
}
