package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The record form as outlet staff fill it in: what is required is marked, each field has one name, the fee follows
 * its switch, and a disabled type says why there is no form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-3")
class RecordFormBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("UX-3 every required field is marked; the IP field has the name its error uses; the fee opens only while the service is charged")
    void requiredMarksOneNameAndTheFeeSwitch() throws Exception {
        Portal.ensureLibraryOutlet();
        try (Browser web = new Browser()) {
            web.logIn("library-staff");
            web.open("app/record.xhtml?form=referenceConsultation");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:save")));
            List<String> marked = web.driver.findElements(By.cssSelector("#record .ui-outputlabel.required")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            assertTrue(marked.containsAll(List.of("服务类型", "知识产权领域", "服务日期", "服务对象类型", "服务对象数量",
                    "咨询主题", "咨询方式", "问题数")), "required fields are marked: " + marked);
            assertFalse(marked.contains("摘要"), "an optional field is not: " + marked);

            WebElement fee = web.driver.findElement(By.id("record:feeAmount_input"));
            assertFalse(fee.isEnabled(), "no fee for a free service");
            web.driver.findElement(By.cssSelector("[id='record:charged'] .ui-toggleswitch-slider")).click();
            web.wait.until(d -> d.findElement(By.id("record:feeAmount_input")).isEnabled());
            web.type("record:feeAmount_input", "50");
            web.driver.findElement(By.cssSelector("[id='record:charged'] .ui-toggleswitch-slider")).click();
            web.wait.until(d -> !d.findElement(By.id("record:feeAmount_input")).isEnabled());
            assertEquals("", web.driver.findElement(By.id("record:feeAmount_input")).getAttribute("value"),
                    "switching charging off clears the fee");

            web.click("record:save");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertTrue(web.driver.getPageSource().contains("请至少选择一个知识产权领域"), "the error names the field as the form does");
        }
    }

    @Test
    @DisplayName("UX-3 while its network type is disabled, an outlet's staff are told why they cannot log new records")
    void disabledTypeSaysWhy() throws Exception {
        Portal.ensureOutlet("association", "测试协会网点");
        String center = Portal.token("center");
        assertEquals(204, Portal.putJson("api/plugins/association/enabled", center, "false", "zh-CN").statusCode());
        try (Browser web = new Browser()) {
            web.logIn("association-staff");
            web.open("app/record.xhtml");
            assertTrue(web.text("no-forms").contains("不接受新的服务记录"), web.text("no-forms"));
            assertTrue(web.driver.findElements(By.id("record:save")).isEmpty(), "no form to fill in");
        } finally {
            assertEquals(204, Portal.putJson("api/plugins/association/enabled", center, "true", "zh-CN").statusCode());
        }
    }
}
