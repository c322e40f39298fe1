package cn.bjip.outlets.it;

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

/** What people read is words of their language, not the codes and lists the program keeps (UX-3). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-3")
class WordsNotCodesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("UX-3 an outlet's home page names its overdue quarters (第 1 季度), not a list of numbers")
    void overdueQuartersInWords() throws Exception {
        // accredited 30 months before the test clock's today, in September: the first two quarters are overdue
        Portal.ensureOutlet("research", "科研院所测试网点");
        try (Browser web = new Browser()) {
            web.logIn("research-staff");
            web.open("app/home.xhtml");
            String overdue = web.text("overdue-quarters");
            assertTrue(overdue.contains("第 1 季度、第 2 季度"), overdue);
            assertFalse(overdue.contains("["), overdue);
        }
    }

    @Test
    @Tag("RS-5")
    @DisplayName("UX-3 the office's audit log names actions and objects in words (登记网点, 网点), not record.created or Outlet")
    void auditActionsInWords() throws Exception {
        Portal.ensureOutlet("research", "科研院所测试网点"); // at least one entry: the outlet's registration
        try (Browser web = new Browser()) {
            web.logIn("office");
            web.open("app/audit.xhtml");
            web.text("audit-form:audit");
            List<String> actions = web.driver.findElements(By.cssSelector("[id='audit-form:audit'] tbody tr td:nth-child(4)"))
                    .stream().map(WebElement::getText).toList();
            assertFalse(actions.isEmpty());
            assertTrue(actions.stream().noneMatch(a -> a.matches(".*[a-z]+\\.[a-z][A-Za-z_]*.*")), "raw actions: " + actions);
            assertTrue(web.text("audit-form:audit").contains("网点"), "objects in words");
        }
    }

    @Test
    @DisplayName("UX-3 the form editor names each field's type in words (单选, 文本, 人数), not TEXT or CHOICE")
    void fieldTypesInWords() throws Exception {
        try (Browser web = new Browser()) {
            web.logIn("office");
            web.open("app/form.xhtml?type=library&form=outreachEvent");
            String fields = web.text("form-editor:fields");
            assertTrue(fields.contains("单选") && fields.contains("文本") && fields.contains("人数"), fields);
            assertFalse(fields.contains("CHOICE") || fields.contains("TEXT") || fields.contains("PERSON_COUNT"), fields);
        }
    }
}
