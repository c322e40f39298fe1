package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.it.PortalPages.Page;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
import org.openqa.selenium.Dimension;

/**
 * Every page (UX-5), signed out and as each role that may open it, on a desktop and on a 390 px phone: axe-core finds
 * no serious or critical violation of WCAG 2.1 A/AA, and on the phone nothing is wider than the screen (tables stack or
 * scroll inside their box). The counts per page go to {@code reports/accessibility.txt}, the phone views to
 * {@code screenshots/a11y/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
@Tag("UX-5")
class AccessibilityBrowserIT {

    private static final List<String> CALLERS = Arrays.asList(null, "applicant", "expert", "library-staff", "center", "office");
    private static final int[][] SCREENS = {{1280, 900}, {390, 844}};
    private static final Map<String, String> VALUES = new LinkedHashMap<>();
    /** The innermost elements that reach past the screen's right edge, to say what makes a page too wide. */
    private static final String WIDEST = """
            const w = window.innerWidth;
            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1
                    && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))
                .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className).join(' | ');
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @BeforeAll
    static void objectsToShow() throws Exception {
        Portal.ensureLibraryOutlet();
        HttpResponse<String> created = Portal.postJson("api/records", Portal.token("library-staff"), """
                {"formId":"outreachEvent","serviceKind":"PUBLIC_TRAINING","ipFields":["PATENT"],"serviceDate":"2024-02-10",
                 "beneficiaryKind":"PUBLIC","beneficiaryCount":20,"charged":false,"summary":"无障碍检查用记录",
                 "values":{"eventKind":"lecture","title":"无障碍讲座","attendance":20}}""", "zh-CN");
        VALUES.put("id", Portal.json(created.body()).get("id").toString());
        VALUES.put("outlet", "BJ-LIBRARY-001");
        VALUES.put("code", "BJ-LIBRARY-001");
        VALUES.put("year", "2024");
        VALUES.put("quarter", "1");
        VALUES.put("period", "2024");
        VALUES.put("type", "library");
        VALUES.put("form", "outreachEvent");
        TestDatabase.first("SELECT id FROM accreditation_round ORDER BY id DESC LIMIT 1").ifPresent(id -> VALUES.put("round", id));
    }

    @Test
    @DisplayName("UX-5 axe-core on every page, signed out and as each role, at 1280 px and 390 px: no serious or critical violation, nothing wider than a phone")
    void everyPageForEveryoneOnEveryScreen() throws Exception {
        List<Page> pages = PortalPages.all();
        List<String> report = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> seriousByRule = new TreeMap<>();
        int checked = 0;
        for (String caller : CALLERS) {
            String who = caller == null ? "anonymous" : caller;
            try (Browser web = new Browser()) {
                if (caller != null) {
                    web.logIn(caller);
                }
                for (Page page : pages) {
                    web.open(address(page));
                    if (!web.driver.getCurrentUrl().startsWith(Portal.BASE)
                            || !web.driver.findElements(By.id("error")).isEmpty() && !page.path().equals("error.xhtml")) {
                        continue; // not this caller's page: Keycloak's sign-in, or the portal's 403/404 (checked as error.xhtml)
                    }
                    for (int[] screen : SCREENS) {
                        web.driver.manage().window().setSize(new Dimension(screen[0], screen[1]));
                        List<Axe.Violation> violations = Axe.check(web.driver);
                        checked++;
                        long serious = violations.stream().filter(Axe.Violation::serious).count();
                        String line = "%-32s %-14s %4d px  serious/critical %d  minor/moderate %d%s".formatted(page.path(), who,
                                screen[0], serious, violations.size() - serious, violations.isEmpty() ? "" : "  " + violations
                                        .stream().map(v -> v.rule() + "(" + v.impact() + ")").collect(Collectors.joining(", ")));
                        report.add(line);
                        violations.stream().filter(Axe.Violation::serious).forEach(v -> {
                            seriousByRule.merge(v.rule(), 1, Integer::sum);
                            wrong.add(page.path() + " " + who + " " + screen[0] + " px: " + v.rule() + " (" + v.impact() + ", "
                                    + v.nodes() + "×) " + v.help() + " at " + v.where());
                        });
                        if (screen[0] < 600) {
                            Object overflow = web.driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                            if (((Number) overflow).intValue() > 1) {
                                wrong.add(page.path() + " " + who + " " + screen[0] + " px: the page is " + overflow
                                        + " px wider than the screen, at " + web.driver.executeScript(WIDEST));
                            }
                            web.screenshot("a11y/" + who + "-" + page.path().replace('/', '-').replace(".xhtml", ""));
                        }
                    }
                    web.driver.manage().window().setSize(new Dimension(SCREENS[0][0], SCREENS[0][1]));
                }
            }
        }
        Path reports = Files.createDirectories(Path.of(System.getProperty("portal.reports")));
        String summary = "axe-core checks: %d (pages × callers who may open them × 2 screens); serious or critical: %d %s"
                .formatted(checked, seriousByRule.values().stream().mapToInt(Integer::intValue).sum(), seriousByRule);
        Files.writeString(reports.resolve("accessibility.txt"), summary + "\n\n" + String.join("\n", report) + "\n\nProblems:\n"
                + String.join("\n", wrong) + "\n");
        System.out.println("Accessibility: " + summary);
        assertTrue(checked >= 60, "the sweep checked the pages: " + checked);
        assertTrue(wrong.isEmpty(), wrong.size() + " problems:\n" + String.join("\n", wrong));
    }

    private static String address(Page page) {
        return page.path() + (page.parameters().isEmpty() ? "" : "?" + page.parameters().stream()
                .filter(VALUES::containsKey)
                .map(name -> name + "=" + URLEncoder.encode(VALUES.get(name), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
