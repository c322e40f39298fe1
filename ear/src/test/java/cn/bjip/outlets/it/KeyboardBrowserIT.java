package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The keyboard alone (UX-5): from the home page, outlet staff reach the record form, fill every required field and
 * save, pressing only Tab, arrows, Space, Enter and the characters they type; no click after signing in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-5")
class KeyboardBrowserIT {

    private static final int MAX_TABS = 80;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("UX-5 a service logged from the home page with the keyboard only")
    void logAServiceWithoutTheMouse() throws Exception {
        Portal.ensureLibraryOutlet();
        try (Browser web = new Browser()) {
            web.logIn("library-staff");
            tabTo(web, e -> String.valueOf(e.getAttribute("href")).endsWith("/app/record.xhtml")).sendKeys(Keys.ENTER);
            web.wait.until(ExpectedConditions.urlContains("app/record.xhtml"));
            tabTo(web, e -> e.getText().contains("宣传推广活动")).sendKeys(Keys.ENTER);
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-title"), "宣传推广活动"));

            choose(web, "record:serviceKind");
            tabTo(web, id("record:ipFields:0")).sendKeys(Keys.SPACE);
            web.settle();
            tabTo(web, id("record:serviceDate_input")).sendKeys("2024-03-05");
            choose(web, "record:beneficiaryKind");
            tabTo(web, id("record:beneficiaryCount_input")).sendKeys("12");
            web.wait.until(d -> "12".equals(d.findElement(By.id("record:beneficiaryCount_input")).getAttribute("value")));
            tabTo(web, id("record:summary")).sendKeys("键盘登记的讲座");
            choose(web, "record:v-eventKind");
            tabTo(web, id("record:v-title")).sendKeys("键盘讲座");
            tabTo(web, id("record:v-attendance")).sendKeys("12");
            web.screenshot("keyboard-record-filled");
            tabTo(web, id("record:save")).sendKeys(Keys.ENTER);
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("records-form:messages"), "服务记录已保存"));
            web.screenshot("keyboard-record-saved");
        }
        JsonObject found = Portal.json(Portal.get("api/records?from=2024-03-05&to=2024-03-05&q="
                + URLEncoder.encode("键盘登记的讲座", StandardCharsets.UTF_8), Portal.token("library-staff")).body());
        assertEquals(1, found.getJsonNumber("total").intValue(), found.toString());
        assertEquals("exhibition", found.getJsonArray("rows").getJsonObject(0).getJsonObject("values").getString("eventKind"),
                "the first kind of event, chosen with the arrow key");
    }

    /** Presses Tab until the focused element is the one wanted; fails after {@link #MAX_TABS} presses. */
    private static WebElement tabTo(Browser web, Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = web.driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the element; focus ends on "
                + web.driver.switchTo().activeElement().getAttribute("outerHTML"));
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    /** Picks the first real option of a select menu with the arrow key and checks that it took. */
    private static void choose(Browser web, String menu) {
        tabTo(web, e -> (menu + "_focus").equals(e.getAttribute("id")) || (menu + "_label").equals(e.getAttribute("id")))
                .sendKeys(Keys.ARROW_DOWN);
        web.wait.until(d -> {
            String chosen = (String) web.driver.executeScript("return document.getElementById(arguments[0]).value;", menu + "_input");
            assertTrue(chosen != null);
            return !chosen.isEmpty();
        });
        web.settle(); // a choice may redraw part of the form
    }
}
