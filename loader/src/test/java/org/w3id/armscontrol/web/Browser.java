package org.w3id.armscontrol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) looking at
 * one server. Without them the calling test is skipped with a message that says what to
 * install. Every request the browser makes is recorded, so a test can prove that a page asks
 * nothing of any other host (the browser is also told that every other host does not exist);
 * every console error is recorded, so a test can prove that a page logs none.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("KG_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("KG_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Where screenshots go, for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A browser for the server on {@code port} of loopback; skips the test when there is no Chromium. */
    public static Browser open(int port) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: they need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver"
                        + " fonts-noto-cjk), not found at " + CHROMIUM + " and " + DRIVER + " (set KG_CHROMIUM / KG_CHROMEDRIVER to use others)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=en-US", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Offline by construction: every host but loopback does not resolve.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://127.0.0.1:" + port);
    }

    /** Opens {@code path} (for example {@code /viz/timeline?lang=zh}) and waits for the page to load. */
    public Browser visit(String path) {
        driver.get(base + path);
        waitUntil("the document to load", () -> "complete".equals(js("return document.readyState")));
        return this;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage("waiting for " + what)
                .until(d -> condition.getAsBoolean());
    }

    /** Saves a PNG of the window under {@code target/screenshots/NAME.png} and returns its path. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path to = SCREENSHOTS.resolve(name + ".png");
        Files.copy(png.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    /**
     * Console errors and the URLs requested since the last call (both logs are drained), as a
     * report; asserts there are no errors and no request outside this server.
     */
    public void assertCleanSinceLastCheck() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        List<String> outside = new ArrayList<>();
        for (String url : requestedUrls()) {
            if (!(url.startsWith(base + "/") || url.equals(base) || url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:"))) {
                outside.add(url);
            }
        }
        assertEquals(List.of(), errors, "JavaScript or resource errors in the console");
        assertEquals(List.of(), outside, "requests outside the server");
    }

    private List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = JSON.parse(e.getMessage()).getObj("message");
            if (!"Network.requestWillBeSent".equals(message.getString("method"))) continue;
            urls.add(message.getObj("params").getObj("request").getString("url"));
        }
        return urls;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Map form of a JS object returned by {@link #js}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
