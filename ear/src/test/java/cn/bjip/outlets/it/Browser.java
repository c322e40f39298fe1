package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The distribution's headless Chromium, driven by chromedriver, with the steps every browser test takes. */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;
    final WebDriverWait wait;
    /** Where files the page downloads land. */
    final Path downloads;

    Browser() throws IOException {
        downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Chromium trusts the certificate authorities of $HOME/.pki/nssdb: there ./portal put the local one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
                .withEnvironment(Map.of("HOME", System.getProperty("portal.tls.dir") + "/chromium-home")).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // a page that navigates while a condition reads it can make Chromium answer "node does not belong to the
        // document" rather than a stale element: the condition is simply asked again
        wait.ignoring(WebDriverException.class);
    }

    /** Signs in on Keycloak's own page and lands on the portal's home page. */
    void logIn(String username) throws IOException {
        driver.get(Portal.BASE + "app/home.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertTrue(driver.getCurrentUrl().startsWith(Portal.REALM_URL), "the login page is Keycloak's");
        signInOnKeycloak(driver, wait, username);
        wait.until(ExpectedConditions.urlContains(Portal.BASE));
        screenshot(username + "-after-login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
        assertTrue(driver.getCurrentUrl().startsWith(Portal.BASE + "app/home.xhtml"), driver.getCurrentUrl());
    }

    /**
     * Fills Keycloak's sign-in form shown in {@code driver}, and for an account with an authenticator its one-time-code
     * form (RS-6).
     */
    static void signInOnKeycloak(WebDriver driver, WebDriverWait wait, String username) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Portal.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        if (Totp.required(username)) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp")));
            try {
                driver.findElement(By.id("otp")).sendKeys(Totp.nextCode(username));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            driver.findElement(By.id("kc-login")).click();
        }
    }

    /**
     * Registers a new account on Keycloak's page. With e-mail verification on, the page takes no password: Keycloak
     * mails a link ({@link Mailbox#actionLink}), and after it the account chooses one ({@link #choosePassword}).
     */
    void register(String username, String firstName, String lastName) {
        open("app/home.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        driver.findElement(By.cssSelector("#kc-registration a, a[href*='registration']")).click();
        type("username", username);
        type("email", username + "@institution.example.cn");
        type("firstName", firstName);
        type("lastName", lastName);
        driver.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
    }

    /** Sets a password on Keycloak's page that asks for one (after a registration or a reset link). */
    void choosePassword(String password) {
        type("password-new", password);
        type("password-confirm", password);
        driver.findElement(By.cssSelector("[type=submit]")).click();
    }

    /** Ends the portal and the Keycloak session. */
    void logOut() {
        driver.findElement(By.id("session:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-login")));
    }

    void open(String path) {
        driver.get(Portal.BASE + path);
    }

    /** Picks a value of a PrimeFaces select menu through its widget, as a click on the option would. */
    void choose(String id, String value) {
        driver.executeScript("PrimeFaces.widgets['widget_' + arguments[0].replace(/[:-]/g, '_')].selectValue(arguments[1])",
                id, value);
    }

    /** Picks an option of a PrimeFaces select menu as a person does: opens it and clicks the option with {@code label}. */
    void pick(String id, String label) {
        By option = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
        // the panel slides open: a click during that may miss, so click until the menu shows the choice
        wait.until(d -> {
            if (label.equals(d.findElement(By.id(id + "_label")).getText().trim())) {
                return true;
            }
            WebElement item = d.findElement(option);
            (item.isDisplayed() ? item : d.findElement(By.id(id))).click();
            return false;
        });
        settle();
    }

    /** Waits until no PrimeFaces request is under way, so that nothing the page redraws overwrites what comes next. */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return (typeof PrimeFaces === 'undefined' "
                + "|| PrimeFaces.ajax.Queue.isEmpty()) && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
    }

    void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** The entries of the menu bar itself (groups by their name, not their hidden entries). */
    List<String> menu() {
        return driver.findElements(By.xpath("//*[@id='menu']//ul[not(ancestor::ul)]/li/a//span[contains(@class, 'ui-menuitem-text')]"))
                .stream()
                .map(item -> item.getText().trim()).toList();
    }

    String text(By by) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        return element.getText().trim();
    }

    String text(String id) {
        return text(By.id(id));
    }

    void screenshot(String name) throws IOException {
        Path file = Path.of(System.getProperty("portal.screenshots")).resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Waits for a download whose name ends with {@code suffix} to complete. */
    Path downloaded(String suffix) {
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * What the browser refused under a Content-Security-Policy since the last call (RS-7). Every browser test ends by
     * asserting there was nothing more, so a page that needs an inline script fails its test.
     */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    @Override
    public void close() {
        try {
            List<String> violations = policyViolations();
            assertTrue(violations.isEmpty(), "the pages broke their Content-Security-Policy: " + violations);
        } finally {
            driver.quit();
        }
    }
}
