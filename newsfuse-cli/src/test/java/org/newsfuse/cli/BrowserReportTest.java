package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report in a real browser: Debian's headless Chromium driven through /usr/bin/chromedriver
 * (never a downloaded driver). Skipped with a message when Chromium is not installed; .ci/run
 * installs it, so CI always runs it.
 */
class BrowserReportTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed) {
            System.err.println("SKIPPED: Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "chromium/chromedriver not installed: skipping the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1200,900", "--user-data-dir=" + dir.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path report(String name, String... inputs) {
        Path out = dir.resolve(name);
        String[] args = new String[inputs.length + 3];
        args[0] = "run";
        System.arraycopy(inputs, 0, args, 1, inputs.length);
        args[inputs.length + 1] = "--out";
        args[inputs.length + 2] = out.toString();
        CliRunner.Outcome o = CliRunner.run(args);
        assertEquals(0, o.exit(), o.err());
        return out.resolve("story.html");
    }

    private static void open(Path html) {
        driver.get(html.toUri().toString());
    }

    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static void assertSelfContainedAndClean() {
        Object resources = ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function(e){return e.name;});");
        assertEquals(List.of(), resources, "the report must load nothing");
        assertEquals(List.of(), consoleErrors(), "console errors");
    }

    private static void assertCitationLandsOnItsSentence() throws InterruptedException {
        WebElement cite = driver.findElement(By.cssSelector("a.cite"));
        String href = cite.getAttribute("href");
        String id = href.substring(href.indexOf('#') + 1);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", cite);
        assertEquals("#" + id, ((JavascriptExecutor) driver).executeScript("return location.hash;"));
        WebElement target = driver.findElement(By.id(id));
        assertTrue(target.getAttribute("class").contains("s"), "the target is a sentence span");
        boolean visible = false;
        for (int tries = 0; tries < 40 && !visible; tries++) { // the browser scrolls to the fragment after the click
            visible = (Boolean) ((JavascriptExecutor) driver).executeScript(
                    "var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", target);
            if (!visible) {
                Thread.sleep(50);
            }
        }
        Object where = ((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight, window.scrollY];", target);
        assertTrue(visible, "the cited sentence is scrolled into view: " + where);
        Boolean targeted = (Boolean) ((JavascriptExecutor) driver).executeScript("return arguments[0].matches(':target');", target);
        assertTrue(targeted, "the cited sentence is highlighted as the target");
        String cited = cite.getAttribute("title");
        assertEquals(cited, target.getText(), "the citation's sentence is the one it lands on");
    }

    /** At 390 px wide nothing makes the page scroll sideways (long file paths and names wrap). */
    private static void assertReadableAtPhoneWidth(Path html) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open(html);
            Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 0, "readable at phone width without sideways scrolling: " + overflow + "px too wide");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        }
    }

    @Test
    void aScriptInsideAnArticleStaysText() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "The harbour board met on Monday and voted to close the old pier for repairs. "
                + "<script>document.title='pwned';console.error('ran')</script> Work will start in June, the board said.");
        Files.writeString(b, "The old pier will close for repairs after the harbour board voted on Monday, officials said. "
                + "Work starts in June. <img src=x onerror=\"console.error('img')\">");
        open(report("script", a.toString(), b.toString()));
        assertFalse(driver.getTitle().contains("pwned"), "the article's script must not run");
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("<script>document.title='pwned'"),
                "the script shows as text");
        assertTrue(driver.findElements(By.cssSelector("article img")).isEmpty(), "no element from article markup");
        assertSelfContainedAndClean();
        assertCitationLandsOnItsSentence();
        Path longName = dir.resolve("an-input-file-with-a-very-long-name-that-no-phone-screen-could-ever-hold-on-one-line.txt");
        Files.copy(a, longName);
        assertReadableAtPhoneWidth(report("long", longName.toString(), b.toString()));
    }

    @Test
    void theSeedsReportRendersCleanlyAndItsCitationsLand() throws Exception {
        Path seeds = Shared.require("seeds");
        Path html = report("seeds", seeds.toString());
        open(html);
        assertSelfContainedAndClean();
        assertFalse(driver.findElements(By.cssSelector("#discrepancies .side")).isEmpty(), "discrepancies side by side");
        assertFalse(driver.findElements(By.cssSelector("#coverage svg rect")).isEmpty(), "coverage matrix");
        assertFalse(driver.findElements(By.cssSelector("#timeline li")).isEmpty(), "timeline");
        assertCitationLandsOnItsSentence();
        assertReadableAtPhoneWidth(html);
        String shot = System.getProperty("newsfuse.screenshot");
        if (shot != null) {
            open(html);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), Path.of(shot), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
