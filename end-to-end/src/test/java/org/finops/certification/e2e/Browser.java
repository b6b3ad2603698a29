package org.finops.certification.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium, headless, driven by its own chromedriver (no download: Selenium Manager is never asked), with
 * axe-core from the npm registry for the accessibility check of each page.
 */
final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String AXE_VERSION = "4.11.1";
    private static final String AXE_INTEGRITY =
            "sha512-BASOg+YwO2C+346x3LZOeoovTIoTrRqEsqMa6fmfAV0P+U9mFr9NsyOEpiYvFjbc64NMrSswhV50WdXzdb/Z5A==";

    private final ChromeDriver driver;
    private final String base;
    private final String axe;

    Browser(int port) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver:"
                    + " apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("cert-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
        this.axe = NpmPackage.file("axe-core", AXE_VERSION, AXE_INTEGRITY, "axe.min.js");
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * The text of an element that a command just brought about: a page older than the change says so and reloads
     * itself until the read models caught up, so this waits (bounded) for it to appear.
     */
    String awaitText(String id) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id(id)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            // text() reports what the page shows instead
        }
        return text(id);
    }

    /** The text of an element; when it is missing, the failure shows the page that is there instead. */
    String text(String id) {
        for (int attempt = 1; ; attempt++) {
            List<WebElement> found = driver.findElements(By.id(id));
            if (found.isEmpty()) {
                throw new AssertionError("no #" + id + " on " + path() + ", which shows:\n" + page());
            }
            try {
                return found.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                // htmx replaced the element between finding and reading it: read the one that replaced it
                if (attempt == 3) {
                    throw swapped;
                }
            }
        }
    }

    String page() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Everything the browser shows, for an answer that is no console page (a refused download). */
    String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Picks a file for a file input, as a person choosing it in the browser's dialogue. */
    void attach(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** How many elements the CSS selector finds now. */
    int count(String selector) {
        return driver.findElements(By.cssSelector(selector)).size();
    }

    void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    void check(String name, String value) {
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getAttribute(name);
    }

    /** The id of the first element whose id starts so (rows of a table carry the row's own id). */
    String idStartingWith(String prefix) {
        return driver.findElement(By.cssSelector("[id^='" + prefix + "']")).getAttribute("id");
    }

    /** Follows the link in the table row that mentions {@code text} (other rows may link the same words). */
    void clickLinkInRowWith(String table, String text) {
        driver.findElement(By.xpath("//table[@id='" + table + "']//tr[contains(., '" + text + "')]//a")).click();
    }

    /** The {@code href} of the link of class {@code linkClass} in the row that mentions {@code text}, if any. */
    java.util.Optional<String> linkInRowWith(String table, String text, String linkClass) {
        return driver.findElements(By.xpath("//table[@id='" + table + "']//tr[contains(., '" + text + "')]//a[@class='"
                + linkClass + "']")).stream().findFirst().map(link -> link.getAttribute("href"));
    }

    String attributeOfLink(String text, String attribute) {
        return driver.findElement(By.linkText(text)).getAttribute(attribute);
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    void clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
    }

    void clickButton(String text) {
        driver.findElement(By.xpath("//button[normalize-space()='" + text + "']")).click();
    }

    void reveal(String summary) {
        driver.findElement(By.xpath("//summary[normalize-space()='" + summary + "']")).click();
    }

    void signIn(String role, String org, String name) {
        open("/sign-in");
        choose("role", role);
        fill("org", org == null ? "" : org);
        fill("name", name);
        click("sign-in");
        arrivedAt(path -> !path.startsWith("/sign-in"));
    }

    /**
     * Signs in as a person of the identity provider, on its own login page (authorization code with PKCE, as the
     * console asks for it); back at the console when this returns.
     */
    void signInThroughProvider(String username, String password) {
        open("/sign-in");
        clickLink("Sign in with your organisation's account");
        atTheProvidersLoginPage();
        fill("username", username);
        fill("password", password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(base)
                    && !path().startsWith("/sign-in") && !path().startsWith("/login/oauth2"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not back at the console after signing in: at " + driver.getCurrentUrl()
                    + ", which shows:\n" + body(), e);
        }
    }

    /** The provider asks for a password: nobody is signed in there. */
    void atTheProvidersLoginPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().startsWith(base)
                && d.getCurrentUrl().contains("/login") && !d.findElements(By.id("password")).isEmpty());
    }

    /** A value as a person would pick it (a date field takes its value in the browser's locale when typed). */
    void set(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** The text of the first element the CSS selector finds, waiting (bounded) for it. */
    String textOf(String selector) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(selector))
                    .isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + selector + " on " + path() + ", which shows:\n" + page(), e);
        }
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    /** Sends a form of the page to another address, as someone who edits the page would. */
    void submitTo(String formSelector, String action) {
        driver.executeScript("const form = document.querySelector(arguments[0]); form.action = arguments[1];"
                + " form.submit();", formSelector, action);
    }

    void signOut() {
        clickButton("Sign out");
        arrivedAt(path -> path.startsWith("/directory"));
    }

    /** A click starts a navigation without waiting for it: the next step must not race the page it leads to. */
    private void arrivedAt(java.util.function.Predicate<String> where) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> where.test(path())
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The session cookie, for fetching what the browser would download (the CSV export). */
    String cookies() {
        return driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The serious and critical axe-core violations of the page shown: rule id and the elements it names. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
                + " ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))))"
                + ".catch(e => done([{id: 'axe-failed', impact: 'critical', nodes: String(e)}]));");
        return ((List<Map<String, Object>>) result).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).toList();
    }

    void screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }

}
