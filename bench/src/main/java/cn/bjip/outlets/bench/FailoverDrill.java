package cn.bjip.outlets.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the failover drill (RS-10, {@code ./portal failover-drill}): in headless Chromium, signs in through
 * the balancer, fills half of a record form, kills the server that served it (SIGKILL to its process group), fills
 * the other half and saves on the other server without signing in again, and checks the record is stored once.
 */
public final class FailoverDrill {

    /** The cookie by which the balancer keeps a browser on its server (HAProxy's {@code cookie ... insert}). */
    private static final String NODE_COOKIE = "PORTAL_NODE";

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private FailoverDrill(Path chromiumHome) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("failover-drill-profile"));
        // Chromium trusts the certificate authorities of $HOME/.pki/nssdb, where ./portal put the local one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
                .withEnvironment(Map.of("HOME", chromiumHome.toString())).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(WebDriverException.class);
    }

    /** Args: balancer URL, user, password, directory of the nodes' pid files, Chromium's home, JDBC URL, user, password. */
    public static void main(String[] args) throws Exception {
        FailoverDrill drill = new FailoverDrill(Path.of(args[4]));
        String marker = "故障切换演练 " + UUID.randomUUID().toString().substring(0, 8);
        boolean passed;
        try {
            passed = drill.run(args[0], args[1], args[2], Path.of(args[3]), marker, args[5], args[6], args[7]);
        } finally {
            drill.driver.quit();
        }
        System.out.println(passed ? "[failover-drill] PASSED" : "[failover-drill] FAILED");
        System.exit(passed ? 0 : 1);
    }

    private boolean run(String balancer, String user, String password, Path pids, String marker, String jdbc,
                        String dbUser, String dbPassword) throws Exception {
        driver.get(balancer + "app/record.xhtml?form=referenceConsultation");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:save")));
        String first = node();
        say("signed in as " + user + " through the balancer; the record form came from node " + first);

        type("record:serviceDate_input", LocalDate.now().toString());
        type("record:summary", marker);
        choose("record:serviceKind", "AFFAIRS_CONSULTATION");
        driver.findElement(By.cssSelector("[id='record:ipFields'] .ui-chkbox-box")).click();
        settle();
        say("filled half of the form (date, summary, service kind, IP field) on node " + first);
        Files.write(pids.resolve("failover-drill-half.png"), driver.getScreenshotAs(OutputType.BYTES));

        String pid = Files.readString(pids.resolve("node-" + first + ".pid")).trim();
        new ProcessBuilder("kill", "-9", "--", "-" + pid).inheritIO().start().waitFor();
        say("killed node " + first + " (SIGKILL to process group " + pid + ")");

        choose("record:beneficiaryKind", "PUBLIC");
        type("record:beneficiaryCount_input", "3");
        type("record:v-topic", "专利检索");
        choose("record:v-channel", "phone");
        type("record:v-questions", "2");
        settle();
        driver.findElement(By.id("record:save")).click();
        try {
            wait.until(d -> d.getPageSource().contains("服务记录已保存") || d.getCurrentUrl().contains("/realms/"));
        } catch (org.openqa.selenium.TimeoutException notSaved) {
            Files.write(pids.resolve("failover-drill.png"), driver.getScreenshotAs(OutputType.BYTES));
            say("FAILED: not saved; the page (" + driver.getCurrentUrl() + ", screenshot " + pids.resolve("failover-drill.png")
                    + ") says: " + driver.findElement(By.tagName("body")).getText().replace('\n', ' '));
            return false;
        }
        if (driver.getCurrentUrl().contains("/realms/")) {
            say("FAILED: the browser was sent to sign in again: " + driver.getCurrentUrl());
            return false;
        }
        String second = node();
        say("saved the form on node " + second + " without signing in again: 服务记录已保存");
        long stored = stored(jdbc, dbUser, dbPassword, marker);
        say("records stored with the form's summary: " + stored);
        return !second.equals(first) && stored == 1;
    }

    private String node() {
        Cookie cookie = driver.manage().getCookieNamed(NODE_COOKIE);
        if (cookie == null) {
            throw new IllegalStateException("the balancer set no " + NODE_COOKIE + " cookie");
        }
        return cookie.getValue();
    }

    private void type(String id, String text) {
        var input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text); // replaces what is there (the date field starts with today)
        settle();
    }

    /** Picks a value of a PrimeFaces select menu through its widget, as a click on the option would. */
    private void choose(String id, String value) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        driver.executeScript("PrimeFaces.widgets['widget_' + arguments[0].replace(/[:-]/g, '_')].selectValue(arguments[1])",
                id, value);
        settle();
    }

    /** Waits until the page's AJAX requests have answered. */
    private void settle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return (typeof PrimeFaces === 'undefined' "
                + "|| PrimeFaces.ajax.Queue.isEmpty()) && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
    }

    private static long stored(String jdbc, String user, String password, String marker) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbc, user, password);
             Statement every = db.createStatement();
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM service_record WHERE summary = ?")) {
            every.execute("SET portal.outlet = '*'");
            count.setString(1, marker);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void say(String what) {
        System.out.println("[failover-drill] " + what);
    }
}
