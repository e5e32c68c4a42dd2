package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.server.DeskServer;
import org.newsfuse.server.ServerOptions;
import org.newsfuse.store.Ingester;
import org.newsfuse.store.sqlite.SqliteStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * The desk in a real browser (Debian's headless Chromium through /usr/bin/chromedriver) against a
 * real server on a random loopback port, over a store holding the demo corpus and an article full
 * of script payloads posted through the API. Skipped with a message when Chromium is not
 * installed; .ci/run installs it. With {@code -Dnewsfuse.screenshots=DIR} it also saves the
 * stories page and a story page as PNG (how docs/desk-*.png were made).
 */
class DeskBrowserTest {
    static final String TOKEN = "desk-test-token";
    static final String XSS_TITLE = "Harbour <script>window.__pwned='title'</script> board votes <img src=x onerror=\"window.__pwned='img'\">";

    @TempDir
    static Path dir;
    static ChromeDriver driver;
    static DeskServer server;
    static String base;
    static String xssArticle;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(BrowserReportTest.CHROMIUM) && Files.isExecutable(BrowserReportTest.DRIVER);
        if (!installed) {
            System.err.println("SKIPPED: Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "chromium/chromedriver not installed: skipping the desk browser test");
        Path db = dir.resolve("desk.db");
        EngineOptions eo = ServeCommand.ingestOptions(100, null);
        try (SqliteStore store = SqliteStore.open(db, true)) {
            new Ingester(new Engine(eo), eo, store, "test", 100).ingest(DemoCommand.corpus(), e -> { }, null);
        }
        server = DeskServer.start(db, ServerOptions.of(0, TOKEN, "test"), eo);
        base = "http://127.0.0.1:" + server.port();
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("title", XSS_TITLE)
                .put("text", "The harbour board met on Monday and voted to close the old pier. "
                        + "<script>window.__pwned='text'</script> Work will start in June. "
                        + "<img src=x onerror=\"window.__pwned='text-img'\"> The board said the pier was unsafe.")
                .put("outlet", "<b onmouseover=alert(1)>Pier Post</b>").put("url", "javascript:window.__pwned='url'")
                .put("published", "2020-01-06")); // older than the demo: listed after its stories
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        xssArticle = JSON.readTree(r.body()).path("articles").path(0).path("article").asText();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserReportTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1200,900", "--user-data-dir=" + dir.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserReportTest.DRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * Waits until the page that held {@code old} has been replaced and the new one has loaded: a click or submit
     * returns before the browser navigates, so reading elements right after it can read the old page.
     */
    private static void awaitNavigation(WebElement old) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                old.isEnabled();
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                if ("complete".equals(js("return document.readyState;"))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the page did not navigate within 15 s from " + driver.getCurrentUrl());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Test
    void searchOpenAStoryAndFollowACitationToItsHighlightedSentence() throws Exception {
        driver.manage().window().setSize(new Dimension(1200, 900));
        driver.get(base + "/");
        screenshot("desk-stories.png");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("Calvessa harbour");
        WebElement before = driver.findElement(By.tagName("html"));
        q.submit();
        awaitNavigation(before);
        List<WebElement> hits = driver.findElements(By.cssSelector("ol.stories li.story h2 a"));
        assertFalse(hits.isEmpty(), "the search finds the earthquake story");
        assertTrue(hits.get(0).getText().contains("Calvessa") || hits.get(0).getText().contains("Serevia"), hits.get(0).getText());
        before = driver.findElement(By.tagName("html"));
        hits.get(0).click();
        awaitNavigation(before);
        assertTrue(driver.getCurrentUrl().matches(".*/stories/s\\d+$"), driver.getCurrentUrl());
        screenshot("desk-story.png");
        WebElement cite = driver.findElement(By.cssSelector("#summary a.cite"));
        String href = cite.getAttribute("href");
        assertTrue(href.matches(".*/articles/a\\d+\\?s=\\d+#s\\d+$"), href);
        before = driver.findElement(By.tagName("html"));
        cite.click();
        awaitNavigation(before);
        String article = href.replaceAll(".*/articles/(a\\d+)\\?.*", "$1");
        int sentence = Integer.parseInt(href.replaceAll(".*#s", ""));
        WebElement mark = driver.findElement(By.cssSelector("mark.cited"));
        assertEquals("s" + sentence, mark.getAttribute("id"));
        assertTrue((Boolean) js("return arguments[0].matches(':target');", mark), "the cited sentence is the target");
        boolean visible = false;
        for (int i = 0; i < 40 && !visible; i++) {
            visible = (Boolean) js("var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", mark);
            if (!visible) {
                Thread.sleep(50);
            }
        }
        assertTrue(visible, "the cited sentence is scrolled into view");
        String background = (String) js("return getComputedStyle(arguments[0]).backgroundColor;", mark);
        assertFalse(background.equals("rgba(0, 0, 0, 0)") || background.equals("transparent"), "highlighted: " + background);
        JsonNode a = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + article)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode span = a.path("sentences").path(sentence);
        String expected = a.path("text").asText().substring(span.path(0).asInt(), span.path(1).asInt());
        assertEquals(expected.replaceAll("\\s+", " ").strip(), mark.getText().replaceAll("\\s+", " ").strip());
        assertEquals(List.of(), consoleErrors(), "console errors");
    }

    @Test
    void scriptPayloadsInAnArticleShowAsTextAndNeverRun() {
        driver.manage().window().setSize(new Dimension(1200, 900));
        for (String path : List.of("/articles/" + xssArticle, "/?q=harbour+board+pier", "/outlets/"
                + org.newsfuse.server.view.V.enc("<b onmouseover=alert(1)>Pier Post</b>"))) {
            driver.get(base + path);
            assertEquals(null, js("return window.__pwned === undefined ? null : window.__pwned;"), "a payload ran on " + path);
            assertTrue(driver.findElements(By.cssSelector("main script, main img, main b")).isEmpty(),
                    "no element was made of a payload on " + path);
        }
        driver.get(base + "/articles/" + xssArticle);
        String h1 = driver.findElement(By.tagName("h1")).getText();
        assertTrue(h1.contains("<script>window.__pwned='title'</script>"), "the title shows as text: " + h1);
        String body = driver.findElement(By.cssSelector(".text")).getText();
        assertTrue(body.contains("onerror=") && body.contains("<script>"), "the payloads show as text: " + body);
        assertTrue(driver.findElements(By.cssSelector("a[href^='javascript']")).isEmpty(), "no javascript: link");
        driver.get(base + "/stories/" + JSON.createObjectNode().textNode(storyOf(xssArticle)).asText());
        assertEquals(null, js("return window.__pwned === undefined ? null : window.__pwned;"));
        assertEquals(List.of(), consoleErrors(), "console errors (a blocked inline script would show here)");
    }

    @Test
    void storyPageHasNoSidewaysScrollAtPhoneWidth() {
        // a headless window is at least 500 px wide: emulate the phone's 390 px viewport instead
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", false));
        try {
            for (String path : List.of("/stories/s1", "/stories/s2", "/stories/s3", "/", "/articles/a1?s=3")) {
                driver.get(base + path);
                assertEquals(390L, js("return window.innerWidth;"));
                Long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow <= 0, path + " scrolls sideways by " + overflow + " px; wide: " + js(
                        "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function(e){var r = e.getBoundingClientRect();"
                        + "if (r.right > w + 1 && !e.closest('.scroll') && out.length < 5) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));});"
                        + "return out.join(', ');"));
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndThenTheContent() {
        driver.manage().window().setSize(new Dimension(1200, 900));
        driver.get(base + "/stories/s1");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = driver.switchTo().activeElement();
        assertEquals("Skip to content", first.getText());
        first.sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("#main"), driver.getCurrentUrl());
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = driver.switchTo().activeElement();
        assertNotNull(next.getAttribute("href"), "after the skip link, the next stop is a link inside the content");
        assertTrue((Boolean) js("return document.getElementById('main').contains(arguments[0]);", next));
    }

    private static String storyOf(String article) {
        try {
            return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + article)).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).path("story").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void screenshot(String name) throws Exception {
        String out = System.getProperty("newsfuse.screenshots");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.write(Path.of(out, name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
    }
}
