package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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

/** The home page's to-do list and reminder e-mail choice, as people use them (UX-6), in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-6")
class TodoBrowserIT {

    private static final String LATE_OUTLET = "IT-TODO-001";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("UX-6 center staff see what waits for them, with counts and links: the overdue ledgers' line opens the quarter's overview with the late outlet in it; reminder e-mail turned off and on again from the home page")
    void centerToDoList() throws Exception {
        HttpResponse<String> created = Portal.postJson("api/outlets", Portal.token("office"), """
                {"code":"%s","nameZh":"待办测试园区网点","networkType":"park","district":"DAXING","address":"北京市大兴区测试路 2 号",
                 "principal":"周九","ipFields":["PATENT"],"fullTimeStaff":2,"partTimeStaff":0,"accreditedOn":"%s"}"""
                .formatted(LATE_OUTLET, Portal.TODAY.minusYears(1)), "zh-CN");
        assertTrue(created.statusCode() == 201 || created.body().contains(LATE_OUTLET), created.body());
        try (Browser web = new Browser()) {
            web.logIn("center");
            web.open("app/home.xhtml");
            By overdue = By.cssSelector("#todo li[data-what='ledgersOverdue'] a");
            String line = web.text(overdue);
            assertTrue(line.matches("\\d+\\s*逾期未报送工作台账的网点 \\d+ 个"), line);
            assertTrue(web.text(By.cssSelector("#todo li[data-what='ledgersOverdue']")).contains("截止日期："), "with its due day");
            web.screenshot("home-todo-center");
            web.driver.findElement(overdue).click();
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ledgers"), LATE_OUTLET));

            web.open("app/home.xhtml");
            assertEquals("提醒会同时发送到您账号登记的电子邮箱。", web.text("mail-choice:mail-state"));
            web.click("mail-choice:mail-on");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mail-choice:mail-state"), "已关闭提醒邮件"));
            assertEquals("{\"mailOff\":true}", Portal.get("api/me/mail", Portal.token("center")).body());
            web.open("app/home.xhtml");
            assertTrue(web.text("mail-choice:mail-state").startsWith("已关闭提醒邮件"), "the choice is kept");
            web.click("mail-choice:mail-on");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mail-choice:mail-state"), "提醒会同时发送"));
        }
        assertEquals("{\"mailOff\":false}", Portal.get("api/me/mail", Portal.token("center")).body());
    }

    @Test
    @DisplayName("UX-6 outlet staff see their own to-do list: the last quarter's ledger with its due day")
    void outletToDoList() throws Exception {
        Portal.ensureOutlet("research", "北京示例研究院知识产权信息服务网点");
        try (Browser web = new Browser()) {
            web.logIn("research-staff");
            web.open("app/home.xhtml");
            // the test day is 15 September 2026: the last quarter that ended is Q2, its ledger due on 15 July
            String ledger = web.text(By.cssSelector("#todo li[data-what='ledgerDue']"));
            assertTrue(ledger.contains("本季度工作台账待报送") && ledger.contains("截止日期：2026年7月15日"), ledger);
            web.screenshot("home-todo-outlet");
        }
    }
}
