package cn.bjip.outlets.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (Deque's accessibility engine, the script Deque ships in its Selenium integration) run inside the page
 * Chromium shows: the WCAG 2.0 and 2.1 A and AA rules, each violation with its impact and the elements it found.
 */
final class Axe {

    /** One rule broken on a page: how badly (minor, moderate, serious, critical), how often, and where. */
    record Violation(String rule, String impact, int nodes, String help, String where) {

        boolean serious() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }

    private static final String SCRIPT = script();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(r => done(JSON.stringify({v: r.violations.map(v => ({rule: v.id, impact: v.impact || 'minor',
                    nodes: v.nodes.length, help: v.help,
                    where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') + ' — ' + (v.nodes[0] ? v.nodes[0].html.slice(0, 240) : '')}))})))
                .catch(e => done(JSON.stringify({error: String(e)})));
            """;

    private Axe() {
    }

    static List<Violation> check(ChromeDriver driver) {
        // the page's own script names every chart once Chart.js has drawn it; a chart left unnamed is axe's to report
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return document.readyState === 'complete' && !document.querySelector('.chart-card canvas:not([aria-label])');")));
        } catch (TimeoutException unnamed) {
            // reported below as role-img-alt
        }
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined';"))) {
            driver.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JsonObject result = Portal.json((String) driver.executeAsyncScript(RUN));
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe failed: " + result.getString("error"));
        }
        return result.getJsonArray("v").getValuesAs(JsonObject.class).stream().map(v -> new Violation(v.getString("rule"),
                v.getString("impact"), v.getInt("nodes"), v.getString("help"), v.getString("where"))).toList();
    }

    private static String script() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
