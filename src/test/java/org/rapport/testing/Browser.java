package org.rapport.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The system's Chromium, headless, driven by Selenium. Every page it opens is checked for
 * accessibility (axe-core, WCAG 2.1 A and AA): a serious or critical violation fails the test, so
 * every page Rapport adds inherits the check.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** A new browser on the running Rapport. */
    public static Browser start(Path profileDirectory) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // the console's errors, for tests that want a page to run without them
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-US",
                "--user-data-dir=" + profileDirectory.toAbsolutePath());
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(
                                        System.getProperty(
                                                "chromedriver.binary", "/usr/bin/chromedriver")))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return new Browser(driver, RunningRapport.baseUrl());
    }

    /**
     * The pages (paths without their query) whose first opening in this test run was checked for
     * accessibility: an axe run costs a second or two, and the suite opens the sign-in page alone
     * more than fifty times. A test that wants a page checked in a particular state calls {@link
     * #checkAccessibility()} itself.
     */
    private static final java.util.Set<String> CHECKED_PAGES =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Opens a page of Rapport (a path such as "counselor/exercises.xhtml"), checking its
     * accessibility the first time the run opens it.
     */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitForAjax();
        int query = path.indexOf('?');
        if (CHECKED_PAGES.add(query < 0 ? path : path.substring(0, query))) {
            checkAccessibility();
        }
    }

    /** Signs in through the sign-in page (a fresh session) and waits for the start page. */
    public void signIn(String email, String password) {
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        find("signin:email").sendKeys(email);
        driver.findElement(By.cssSelector("#signin\\:password input, input#signin\\:password"))
                .sendKeys(password);
        find("signin:submit").click();
        waitForAjax();
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    public String title() {
        return driver.getTitle();
    }

    /** Waits until PrimeFaces has no Ajax request in flight and the document is loaded. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        ((JavascriptExecutor) d)
                                                .executeScript(
                                                        "return document.readyState === 'complete'"
                                                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                                                                + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Fails on serious or critical accessibility violations on the current page. */
    public void checkAccessibility() {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        List<Rule> failing =
                results.getViolations().stream()
                        .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                        .toList();
        if (!failing.isEmpty()) {
            String report =
                    failing.stream()
                            .map(
                                    rule ->
                                            "- "
                                                    + rule.getImpact()
                                                    + " "
                                                    + rule.getId()
                                                    + ": "
                                                    + rule.getHelp()
                                                    + " at "
                                                    + rule.getNodes().stream()
                                                            .map(
                                                                    node ->
                                                                            String.valueOf(
                                                                                    node
                                                                                            .getTarget()))
                                                            .limit(5)
                                                            .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n"));
            throw new AssertionError(
                    "Accessibility violations on " + driver.getCurrentUrl() + ":\n" + report);
        }
    }

    /** The errors the page's console logged since the last call (scripts, failed requests). */
    public List<String> consoleErrors() {
        return driver
                .manage()
                .logs()
                .get(org.openqa.selenium.logging.LogType.BROWSER)
                .getAll()
                .stream()
                .filter(
                        entry ->
                                entry.getLevel().intValue()
                                        >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    /** Saves what the browser shows to target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Path directory = IntegrationTestRun.targetDirectory().resolve("screenshots");
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            // the whole page, not only the window
            Long height =
                    (Long)
                            driver.executeScript(
                                    "return Math.max(document.body.scrollHeight, 900);");
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 4000)));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new Dimension(1280, 900));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
