package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The center's admin forms as people use them (UX-6): outlets picked by code or name, refusals explained, deletions
 * confirmed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-6")
class AdminFormsBrowserIT {

    private static final int YEAR = 2093;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("UX-6 the rectification form picks an outlet by part of its name; a negative goal target is refused with its reason and nothing saved; a goal is deleted only after confirming")
    void pickersRefusalsAndConfirmations() throws Exception {
        Portal.ensureLibraryOutlet();
        try (Browser web = new Browser()) {
            web.logIn("center");
            web.open("app/compliance.xhtml");
            web.type("compliance:outlet_input", "公共图书馆");
            By suggestion = By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item[data-item-value='BJ-LIBRARY-001']");
            web.wait.until(ExpectedConditions.visibilityOfElementLocated(suggestion));
            assertTrue(web.text(suggestion).contains("海淀区公共图书馆"), "code and name: " + web.text(suggestion));
            web.screenshot("outlet-picker");
            web.click(suggestion);
            web.wait.until(d -> "BJ-LIBRARY-001".equals(d.findElement(By.id("compliance:outlet_input")).getAttribute("value")));

            web.open("app/goals.xhtml");
            // the year field redraws the form when it changes: type over it in one go, then leave it
            web.wait.until(ExpectedConditions.elementToBeClickable(By.id("goals:year_input")))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(YEAR), Keys.TAB);
            web.settle();
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals:list"), "尚未设定工作目标"));
            web.pick("goals:type", "公共图书馆");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='goals:metric_input'] option[value='eventsHeld']")));
            web.choose("goals:metric", "eventsHeld");
            web.type("goals:target_input", "-3");
            web.click("goals:save");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals:messages"), "目标值不能为负数"));
            assertTrue(web.text("goals:list").contains("尚未设定工作目标"), "nothing was saved");
            web.screenshot("goal-refused");

            web.driver.findElement(By.id("goals:target_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
            web.click("goals:save");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals:list"), "举办活动场次"));
            web.click("goals:list:0:remove");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-confirm-dialog"), "确定删除这项工作目标吗"));
            web.screenshot("goal-remove-confirm");
            web.click("goals:confirm-no");
            assertTrue(web.text("goals:list").contains("举办活动场次"), "kept when not confirmed");
            web.click("goals:list:0:remove");
            web.click("goals:confirm-yes");
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals:list"), "尚未设定工作目标"));
        }
        assertEquals("[]", Portal.get("api/goals?year=" + YEAR, Portal.token("center")).body());
    }
}
