package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The accreditation procedure as the people do it, in headless Chromium: an applicant fills in and submits an
 * application with a document, center staff pass it and assign two experts, both score it, center staff close
 * scoring, the office accredits it, and the public finds the new outlet in the directory without signing in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("R-5.1")
@Tag("R-5.2")
@Tag("R-5.3")
@Tag("R-5.4")
@Tag("R-6.2")
class AccreditationBrowserIT {

    private static final int YEAR = 2093;
    private static final String INSTITUTION = "北京浏览器测试研究院科技情报中心";

    private static long round;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void roundAndPanel() throws Exception {
        round = Accreditation.openRound(YEAR);
        Accreditation.ensureExpert("expert", "刘洋", "中国科学院文献情报中心");
        Accreditation.ensureExpert("expert2", "孙丽", "北京知识产权研究会");
    }

    @Test
    @DisplayName("R-5.1–R-6.2 applicant → center → two experts → office → public directory, each in the browser")
    void fromApplicationToDirectory() throws Exception {
        long application;
        try (Browser web = new Browser()) {
            web.logIn("applicant");
            application = fillAndSubmit(web);
        }
        try (Browser web = new Browser()) {
            web.logIn("center");
            web.open("app/application.xhtml?id=" + application);
            web.type("review:reason", "材料齐全，符合申报条件");
            web.click("review:pass");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("app:state"), "专家评审中"));
            for (String expert : new String[] {"expert", "expert2"}) {
                web.choose("review:expert", expert);
                web.click("review:assign");
                web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet-table"), expert));
            }
            web.screenshot("accreditation-center-assigned");
        }
        score("expert", application, new int[] {18, 22, 26, 9, 13});
        score("expert2", application, new int[] {16, 20, 24, 8, 12});
        try (Browser web = new Browser()) {
            web.logIn("center");
            web.open("app/rounds.xhtml?round=" + round);
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rounds:applications"), INSTITUTION));
            web.click("rounds:close-scoring");
            web.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-state"), "评审已结束"));
            assertTrue(web.text("rounds:applications").contains("84.00"), "the mean of 88 and 80 is shown");
            web.screenshot("accreditation-scoring-closed");
        }
        try (Browser web = new Browser()) {
            web.logIn("office");
            web.open("app/application.xhtml?id=" + application);
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("app:state"), "评审完成"));
            web.type("review:reason", "专家评审排名靠前，服务基础扎实，予以认定");
            web.click("review:accredit");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("app:state"), "已认定"));
            assertTrue(web.text("app:outlet-code").contains("BJ-RESEARCH-"));
            web.screenshot("accreditation-office-accredited");
        }
        try (Browser web = new Browser()) {
            web.open("directory.xhtml");
            web.type("directory:name", "浏览器测试研究院");
            web.click("directory:search");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directory:outlets"), INSTITUTION));
            assertTrue(web.driver.findElements(By.id("user-name")).isEmpty(), "nobody is signed in");
            assertTrue(web.text("directory:outlets").contains("科研院所"));
            web.screenshot("accreditation-public-directory");
        }
    }

    @Test
    @Tag("R-5.1")
    @Tag("RS-6")
    @DisplayName("R-5.1 RS-6 a new institution registers its own account on Keycloak's sign-in page, confirms its e-mail address through the link mailed to it, chooses a password and may apply at once")
    void newInstitutionRegisters() throws Exception {
        try (Browser web = new Browser()) {
            String username = "institution-" + System.nanoTime();
            web.register(username, "新", "机构");
            String link = Mailbox.actionLink(username + "@institution.example.cn");
            assertTrue(web.driver.getCurrentUrl().startsWith(Portal.REALM_URL), "not in the portal before the address is confirmed");
            assertTrue(web.driver.findElements(By.id("user-name")).isEmpty());
            web.screenshot("accreditation-verify-email");
            web.driver.get(link);
            web.choosePassword("Registered-2026");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
            assertEquals(List.of("首页", "网点申报"), web.menu());
            web.open("app/applications.xhtml");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apps:mine")));
            assertEquals("网点认定申报", web.text(By.tagName("h1")), "the applicant's page opens, not the forbidden page");
            web.screenshot("accreditation-registered-institution");
        }
    }

    /** The applicant fills in every part of the application, uploads a document and submits it; returns its id. */
    private long fillAndSubmit(Browser web) throws Exception {
        web.open("app/applications.xhtml");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apps:rounds"), YEAR + " 年度"));
        web.open("app/application.xhtml?round=" + round);
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gaps")));
        assertTrue(web.driver.findElements(By.id("eligible")).isEmpty(), "a blank application is not called eligible");
        assertTrue(web.text("gaps").contains("请填写机构名称") && web.text("gaps").contains("专职人员"),
                "before the first keystroke the panel lists what is missing: " + web.text("gaps"));
        web.type("app:nameZh", INSTITUTION);
        web.choose("app:type", "research");
        web.choose("app:district", "HAIDIAN");
        web.type("app:address", "北京市海淀区中关村北四环西路 33 号");
        web.type("app:principal", "高原");
        web.type("app:phone", "010-62538888");
        web.driver.executeScript("document.getElementById('app:ipFields:0').click()"); // patent
        web.click("app:save");
        web.wait.until(ExpectedConditions.urlContains("application.xhtml?id="));
        long id = Long.parseLong(web.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(web.text("gaps").contains("专职人员"), "the live check names the missing team");
        web.open("app/applications.xhtml");
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apps:rounds")));
        String roundRow = web.driver.findElements(By.cssSelector("[id='apps:rounds'] tbody tr")).stream()
                .map(row -> row.getText()).filter(text -> text.contains(YEAR + " 年度")).findFirst().orElseThrow();
        assertTrue(roundRow.contains("查看本轮申报书") && !roundRow.contains("填写申报书"),
                "an institution that applied in the round is offered its application: " + roundRow);
        web.open("app/application.xhtml?round=" + round);
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("app:nameZh")));
        assertEquals(INSTITUTION, web.driver.findElement(By.id("app:nameZh")).getAttribute("value"),
                "the round's address opens the application there is, not a second one");
        web.open("app/application.xhtml?id=" + id);

        web.click("app:add-resource");
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("app:resources:0:name")));
        web.choose("app:resources:0:field", "PATENT");
        web.choose("app:resources:0:kind", "DATABASE");
        web.type("app:resources:0:name", "incoPat 专利数据库");
        web.click("app:add-resource");
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("app:resources:1:name")));
        web.choose("app:resources:1:field", "PATENT");
        web.choose("app:resources:1:kind", "ANALYSIS_TOOL");
        web.type("app:resources:1:name", "专利分析系统");
        String[][] team = {{"高一", "8"}, {"高二", "5"}, {"高三", "3"}, {"高四", "0"}};
        for (int i = 0; i < team.length; i++) {
            web.click("app:add-member");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("app:team:" + i + ":name")));
            web.type("app:team:" + i + ":name", team[i][0]);
            web.type("app:team:" + i + ":years_input", team[i][1]);
            if (i < 3) {
                web.driver.findElement(By.cssSelector("[id='app:team:" + i + ":fullTime'] .ui-chkbox-box")).click();
            }
        }
        web.type("app:workSystem", "《科技情报中心知识产权信息服务管理办法》");
        web.type("app:site", "情报服务大厅 300 平方米");
        web.type("app:network", "科技网千兆接入");
        web.type("app:hardware", "检索工作站 12 台");
        web.type("app:software", "专利分析系统、文献管理软件");
        web.type("app:activity:0:query_input", "150");
        web.click("app:save");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("app:messages"), "申报书已保存"));
        assertTrue(web.text("gaps").contains("证明材料"), "only the document is missing now");

        Path pdf = Files.createTempFile("申报书", ".pdf");
        Files.write(pdf, Accreditation.PDF);
        web.driver.findElement(By.id("docs:upload_input")).sendKeys(pdf.toString());
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("docs:documents"), ".pdf"));
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app:eligible")));
        web.screenshot("accreditation-applicant-ready");

        web.click("app:submit");
        web.click("app:confirm-yes");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("app:state"), "已提交"));
        assertTrue(web.driver.findElements(By.id("app:save")).isEmpty(), "a submitted application is locked");
        return id;
    }

    private static void score(String expert, long application, int[] scores) throws Exception {
        long sheet = AccreditationLifecycleIT.sheetOf(expert, application);
        try (Browser web = new Browser()) {
            web.logIn(expert);
            web.open("app/sheets.xhtml");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheets"), INSTITUTION));
            web.open("app/sheet.xhtml?id=" + sheet);
            for (int i = 0; i < scores.length; i++) {
                web.type("sheet:items:" + i + ":score_input", String.valueOf(scores[i]));
            }
            web.type("sheet:remarks", "服务基础扎实");
            web.click("sheet:submit");
            web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sheet:submitted")));
            assertEquals(String.valueOf(Arrays.stream(scores).sum()), web.text("sheet:total"));
            web.screenshot("accreditation-" + expert + "-scored");
        }
    }
}
