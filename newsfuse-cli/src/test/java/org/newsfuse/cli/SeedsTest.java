package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first real case: five outlets' scrapes of one event, read from ../shared/seeds at run time
 * (third-party text, never copied into the repository). Skipped when ../shared is absent.
 */
class SeedsTest {
    @TempDir
    static Path out;
    static CliRunner.Outcome outcome;
    static JsonNode story;
    static Map<String, JsonNode> byPrefix = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        Path seeds = Shared.require("seeds");
        outcome = CliRunner.run("run", seeds.toString(), "--out", out.toString());
        story = new ObjectMapper().readTree(out.resolve("story.json").toFile());
        for (JsonNode a : story.get("articles")) {
            String input = a.get("input").asText();
            byPrefix.put(Path.of(input).getFileName().toString().substring(0, 3), a);
        }
    }

    @Test
    void threeReportsAndFiveArticles() {
        assertEquals(0, outcome.exit(), outcome.err());
        for (String f : new String[] {"story.md", "story.json", "story.html"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertEquals(5, story.get("articles").size());
    }

    @Test
    void metadata() {
        assertEquals("2021-04-06", byPrefix.get("001").get("published").asText());
        assertEquals("2021-04-06", byPrefix.get("003").get("published").asText());
        assertEquals("2021-04-07", byPrefix.get("004").get("published").asText());
        assertEquals("The New Indian Express", byPrefix.get("004").get("outlet").asText());
        assertEquals("NEW DELHI", byPrefix.get("004").get("dateline").asText());
        assertTrue(byPrefix.get("000").get("published").isNull(), "000 carries no date");
        assertTrue(byPrefix.get("000").get("outlet").isNull(), "000 names no outlet");
    }

    @Test
    void noClutterSurvivesAndShortProseStays() {
        String[] clutter = {"Subscribe", "Home >News >India", "ATTENTION EDITORS", "Now we are on Telegram too",
                "A+A-", "Disclaimer", "comment writers", "Jabs for all", "Instant loan apps", "cherry blossoms",
                "Thalapathy", "flipboard", "min read", "READ |", "STOCK MARKET", "(Photo |", "Handout via"};
        for (JsonNode a : story.get("articles")) {
            String text = a.get("text").asText();
            for (String c : clutter) {
                assertFalse(text.contains(c), a.get("input") + " keeps clutter '" + c + "'");
            }
        }
        assertTrue(byPrefix.get("003").get("text").asText().contains("Russia-India FMs hold talks"),
                "a short in-body heading stays");
        assertTrue(byPrefix.get("001").get("text").asText().contains("So far 20 annual summit meetings"),
                "a one-sentence paragraph stays");
    }

    @Test
    void repeatedParagraphOf002AppearsOnce() {
        String text = byPrefix.get("002").get("text").asText();
        String start = "These matters figured in the meeting";
        assertTrue(text.contains(start));
        assertEquals(text.indexOf(start), text.lastIndexOf(start));
    }

    @Test
    void summaryNamesBothMinistersAndCitesSeveralOutlets() {
        StringBuilder all = new StringBuilder();
        int multi = 0;
        for (JsonNode s : story.get("summary")) {
            all.append(s.get("text").asText()).append(' ');
            if (s.get("sources").size() >= 2) {
                multi++;
            }
        }
        assertTrue(all.toString().contains("Lavrov"), all.toString());
        assertTrue(all.toString().contains("Jaishankar"), all.toString());
        assertTrue(multi * 2 > story.get("summary").size(), "most sentences cite two or more articles: " + all);
        assertFalse(all.toString().contains("Subscribe"));
    }
}
