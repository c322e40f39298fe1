package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person sees, in the distribution's headless Chromium: single sign-on through Keycloak and back. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class BrowserIT {

    private Browser web;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void demoOutlet() throws Exception {
        Portal.ensureLibraryOutlet();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        web = new Browser();
        browser = web.driver;
        wait = web.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    @DisplayName("the office logs in through Keycloak, sees their name and the office menu, and logs out of both")
    void officeLogsInAndOut() throws IOException {
        logIn("office");
        assertEquals("张伟", text(By.id("user-name")));
        assertEquals(List.of("首页", "网点总览", "服务记录", "统计指标", "监督管理", "网点认定", "系统管理"), menu());
        assertTrue(text(By.id("welcome")).contains("张伟"));
        screenshot("office-home");

        browser.findElement(By.id("session:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-login")));
        assertEquals(Portal.BASE, browser.getCurrentUrl());

        // Keycloak's session ended too: the protected page asks for the password again.
        browser.get(Portal.BASE + "app/home.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(browser.getCurrentUrl().startsWith(Portal.REALM_URL), browser.getCurrentUrl());
    }

    @Test
    @Tag("P-4")
    @DisplayName("P-4 outlet staff see only their menu and their own outlet, in Chinese and then in English")
    void outletStaffSeeTheirOutlet() throws IOException {
        logIn("library-staff");
        assertEquals("陈静", text(By.id("user-name")));
        assertEquals(List.of("首页", "服务记录", "登记服务", "导入服务记录", "统计指标", "监督管理", "网点认定"), menu());
        assertEquals("海淀区公共图书馆知识产权信息服务网点", text(By.id("my-outlet-name")));
        assertTrue(text(By.id("welcome")).startsWith("欢迎"));

        browser.findElement(By.id("session:lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Welcome"));
        assertTrue(browser.getPageSource().contains("Your outlet"));
        assertEquals("Test library outlet", text(By.id("my-outlet-name")), "its English name in English (UX-3)");
        screenshot("outlet-staff-home-en");
    }

    @Test
    @Tag("R-8.1")
    @Tag("library")
    @DisplayName("R-8.1 library staff log an exhibition with its attendance, see it in their list and in the outlet's metric chart; another outlet's record id in the URL or in a forged postback reaches nothing")
    void libraryStaffLogAnExhibition() throws Exception {
        Portal.ensureOutlet("park", "测试园区网点");
        HttpResponse<String> parkRecord = Portal.postJson("api/records", Portal.token("park-staff"), """
                {"formId":"enterpriseService","serviceKind":"INFORMATION_SEARCH","ipFields":["PATENT"],
                 "serviceDate":"2026-02-02","beneficiaryKind":"ENTERPRISE","beneficiaryCount":1,"charged":false,
                 "summary":"园区企业的秘密检索","values":{"enterpriseName":"某新材料公司","serviceItem":"patentSearch"}}""", "zh-CN");
        assertEquals(201, parkRecord.statusCode(), parkRecord.body());
        long parkRecordId = Portal.json(parkRecord.body()).getJsonNumber("id").longValue();

        logIn("library-staff");
        browser.get(Portal.BASE + "app/record.xhtml?form=outreachEvent");
        assertEquals("宣传推广活动", text(By.id("form-title")));
        choose("record:serviceKind", "PUBLIC_TRAINING");
        browser.executeScript("document.getElementById('record:ipFields:0').click()");
        choose("record:beneficiaryKind", "PUBLIC");
        browser.findElement(By.id("record:beneficiaryCount_input")).sendKeys("150");
        browser.findElement(By.id("record:summary")).sendKeys("专利主题展览（浏览器）");
        choose("record:v-eventKind", "exhibition");
        browser.findElement(By.id("record:v-title")).sendKeys("专利与生活主题展");
        browser.findElement(By.id("record:v-attendance")).sendKeys("150");
        LocalDate serviceDate = LocalDate.parse(browser.findElement(By.id("record:serviceDate_input")).getAttribute("value"));
        screenshot("library-log-exhibition");
        browser.findElement(By.id("record:save")).click();

        wait.until(ExpectedConditions.urlContains("app/records.xhtml"));
        assertTrue(text(By.id("records-form:records")).contains("专利主题展览（浏览器）"));
        assertTrue(text(By.id("records-form:records")).contains("宣传推广活动"));
        screenshot("library-records");

        browser.get(Portal.BASE + "app/metrics.xhtml?period=" + serviceDate.getYear());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart-eventAttendance")));
        Object monthly = wait.until(d -> browser.executeScript(
                "var w = PrimeFaces.widgets['chart_eventAttendance']; return w && w.chart ? w.chart.data.datasets[0].data : null"));
        assertEquals(150L, ((Number) ((List<?>) monthly).get(serviceDate.getMonthValue() - 1)).longValue(), monthly.toString());
        screenshot("library-metrics");

        browser.get(Portal.BASE + "app/record.xhtml?id=" + parkRecordId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-messages")));
        assertTrue(browser.getPageSource().contains("找不到服务记录 " + parkRecordId), "another outlet's record is not found");
        assertEquals("404", browser.findElement(By.id("error")).getAttribute("data-status"), "the portal's 404 page");
        assertTrue(browser.findElements(By.id("record")).isEmpty(), "no form is shown");
        assertTrue(!browser.getPageSource().contains("园区企业的秘密检索"));

        // a forged postback: the own record's edit form, sent with the other outlet's record id in the URL
        String mine = Portal.get("api/records?size=1", Portal.token("library-staff")).body();
        long myRecordId = Portal.json(mine).getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        browser.get(Portal.BASE + "app/record.xhtml?id=" + myRecordId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:save")));
        browser.executeScript("var f = document.getElementById('record'); f.action = f.action.split('?')[0] + '?id=' + arguments[0]",
                parkRecordId);
        browser.findElement(By.id("record:summary")).clear();
        browser.findElement(By.id("record:summary")).sendKeys("篡改");
        browser.findElement(By.id("record:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "找不到服务记录 " + parkRecordId));
        String parkAfter = Portal.get("api/records/" + parkRecordId, Portal.token("park-staff")).body();
        assertEquals(Portal.json(parkRecord.body()).getJsonNumber("version"), Portal.json(parkAfter).getJsonNumber("version"));
        assertTrue(parkAfter.contains("园区企业的秘密检索") && !parkAfter.contains("篡改"), parkAfter);
    }

    @Test
    @Tag("R-2.1")
    @DisplayName("R-2.1 center staff register an outlet of one network type; a missing field is named and nothing is stored")
    void centerStaffRegisterAnOutlet() throws IOException {
        logIn("center");
        browser.get(Portal.BASE + "app/outlet.xhtml");
        browser.findElement(By.id("outlet:code")).sendKeys("BJ-MARKET-009");
        browser.findElement(By.id("outlet:nameZh")).sendKeys("北京某知识产权代理有限公司网点");
        choose("outlet:type", "market");
        choose("outlet:district", "CHAOYANG");
        browser.findElement(By.id("outlet:principal")).sendKeys("李响");
        browser.executeScript("document.getElementById('outlet:ipFields:1').click()");
        browser.findElement(By.id("outlet:fullTime_input")).sendKeys("4");
        browser.findElement(By.id("outlet:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outlet:messages")));
        assertTrue(text(By.id("outlet:messages")).contains("地址"), "the missing address is named");

        browser.findElement(By.id("outlet:address")).sendKeys("北京市朝阳区示例大街 9 号");
        browser.findElement(By.id("outlet:save")).click();
        wait.until(ExpectedConditions.urlContains("app/outlets.xhtml"));
        assertTrue(text(By.id("outlets-form:outlets")).contains("BJ-MARKET-009"));
        assertTrue(text(By.id("outlets-form:outlets")).contains("市场化服务机构"));
        screenshot("center-outlet-created");
    }

    private void choose(String id, String value) {
        web.choose(id, value);
    }

    private void logIn(String username) throws IOException {
        web.logIn(username);
    }

    private List<String> menu() {
        return web.menu();
    }

    private String text(By by) {
        return web.text(by);
    }

    private void screenshot(String name) throws IOException {
        web.screenshot(name);
    }
}
