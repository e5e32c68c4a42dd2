package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo corpus is our own invented news; its README and outlets.tsv are the oracle. */
class DemoCommandTest {
    @TempDir
    static Path dir;
    static CliRunner.Outcome outcome;
    /** The demo's three events are three stories: each one's story.json. */
    static List<JsonNode> stories = new ArrayList<>();

    @BeforeAll
    static void runDemo() throws Exception {
        outcome = CliRunner.run("demo", "--out", dir.toString());
        JsonNode index = new ObjectMapper().readTree(dir.resolve("stories.json").toFile());
        for (JsonNode s : index.get("stories")) {
            stories.add(new ObjectMapper().readTree(dir.resolve(s.get("path").asText()).toFile()));
        }
    }

    private static Map<String, JsonNode> byFile() {
        Map<String, JsonNode> m = new HashMap<>();
        for (JsonNode story : stories) {
            for (JsonNode a : story.get("articles")) {
                m.put(a.get("input").asText().replace("demo/", ""), a);
            }
        }
        return m;
    }

    @Test
    void runsAndSaysWhereTheReportsAre() {
        assertEquals(0, outcome.exit(), outcome.err());
        assertTrue(outcome.out().contains(dir.resolve("index.html").toString()), outcome.out());
        assertTrue(outcome.out().contains(dir.resolve("s1").toString()), outcome.out());
        assertEquals(3, stories.size());
        assertEquals(14, byFile().size());
    }

    @Test
    void theThreeEventsOfTheReadmeAreTheThreeStories() {
        Set<Set<String>> expected = Set.of(
                Set.of("doc01.txt", "doc03.txt", "doc06.txt", "doc09.txt", "doc12.txt"),
                Set.of("doc02.txt", "doc05.txt", "doc08.txt", "doc10.txt", "doc13.txt"),
                Set.of("doc04.txt", "doc07.txt", "doc11.txt", "doc14.txt"));
        Set<Set<String>> got = new HashSet<>();
        for (JsonNode story : stories) {
            Set<String> files = new HashSet<>();
            story.get("articles").forEach(a -> files.add(a.get("input").asText().replace("demo/", "")));
            got.add(files);
        }
        assertEquals(expected, got);
    }

    @Test
    void outletsMatchTheOracle() throws Exception {
        Map<String, JsonNode> files = byFile();
        for (String line : DemoCommand.read("outlets.tsv").split("\n")) {
            String[] f = line.split("\t");
            if (f[0].equals("file")) {
                continue;
            }
            JsonNode outlet = files.get(f[0]).get("outlet");
            if (f[1].equals("-")) {
                assertTrue(outlet.isNull(), f[0] + " names no outlet, got " + outlet);
            } else {
                assertEquals(f[1], outlet.asText(), f[0]);
            }
        }
    }

    @Test
    void publishedDatesMatchTheOracle() {
        Map<String, String> expected = Map.ofEntries(Map.entry("doc01.txt", "2025-03-11"),
                Map.entry("doc02.txt", "2025-03-16"), Map.entry("doc04.txt", "2025-03-22"),
                Map.entry("doc05.txt", "2025-03-17"), Map.entry("doc06.txt", "2025-03-12"),
                Map.entry("doc07.txt", "2025-03-23"), Map.entry("doc08.txt", "2025-03-16"),
                Map.entry("doc09.txt", "2025-03-11"), Map.entry("doc10.txt", "2025-03-17"),
                Map.entry("doc11.txt", "2025-03-23"), Map.entry("doc12.txt", "2025-03-11"),
                Map.entry("doc13.txt", "2025-03-17"), Map.entry("doc14.txt", "2025-03-23"));
        Map<String, JsonNode> files = byFile();
        expected.forEach((file, date) -> assertEquals(date, files.get(file).get("published").asText(), file));
        assertTrue(files.get("doc03.txt").get("published").isNull(), "doc03 carries no date");
        assertTrue(files.get("doc03.txt").get("title").isNull(), "doc03 carries no headline");
    }

    @Test
    void bylinesAndDatelines() {
        Map<String, JsonNode> files = byFile();
        assertEquals("Kasia Dunmore", files.get("doc02.txt").get("byline").asText());
        assertEquals("DRUVNA", files.get("doc02.txt").get("dateline").asText());
        assertEquals("Nadia Holm-Ferreira", files.get("doc04.txt").get("byline").asText());
        assertEquals("Anton Vesely", files.get("doc11.txt").get("byline").asText());
        assertEquals("KESTRAVIK", files.get("doc06.txt").get("dateline").asText());
        assertEquals("CALVESSA", files.get("doc14.txt").get("dateline").asText());
        assertNull(files.get("doc03.txt").get("byline").textValue());
    }

    @Test
    void noClutterInAnyCleanText() {
        for (JsonNode a : byFile().values()) {
            String text = a.get("text").asText();
            for (String clutter : new String[] {"Subscribe", "min read", "Advertisement", "Also Read", "ALSO READ",
                    "Copy link", "Font size", "EDITORS' NOTE", "Trending", "©", "comment writers", "Sign in", "ePaper",
                    "MARKETS", "toll rises to 48", "Share this article", "in your inbox"}) {
                assertFalse(text.contains(clutter), a.get("input") + " still has '" + clutter + "':\n" + text);
            }
        }
    }

    @Test
    void repeatedParagraphsAppearOnce() {
        Map<String, JsonNode> files = byFile();
        String doc12 = files.get("doc12.txt").get("text").asText();
        assertEquals(doc12.indexOf("Both ministers said the Vellink cable"), doc12.lastIndexOf("Both ministers said the Vellink cable"));
        assertTrue(doc12.contains("Both ministers said the Vellink cable"));
        String doc10 = files.get("doc10.txt").get("text").asText();
        assertTrue(doc10.contains("Agency director Halvard Renn said search teams"));
        assertEquals(doc10.indexOf("Agency director Halvard Renn said search teams"),
                doc10.lastIndexOf("Agency director Halvard Renn said search teams"));
    }

    @Test
    void summarySentencesCiteTheirSources() {
        for (JsonNode story : stories) {
            summaryCitesSources(story);
        }
    }

    private static void summaryCitesSources(JsonNode story) {
        assertTrue(story.get("summary").size() >= 2);
        int multi = 0;
        for (JsonNode s : story.get("summary")) {
            assertTrue(s.get("sources").size() >= 1);
            if (s.get("sources").size() >= 2) {
                multi++;
            }
        }
        assertTrue(multi * 2 >= story.get("summary").size(), "most sentences cite two or more articles");
    }

    /**
     * Every story's summary leads with its event: who (a name), what (a verb of the news), where (a
     * place of the story) and when (a day), and it is what two or more outlets report.
     */
    @Test
    void everySummaryLeadsWithItsEvent() {
        java.util.regex.Pattern day = java.util.regex.Pattern.compile(
                "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("\\b[A-Z][a-z]+\\b.*\\b[A-Z][a-z]+\\b");
        java.util.regex.Pattern place = java.util.regex.Pattern.compile(
                "\\b(?:Kestravik|Strait of Vell|Ebbrin|Ostravia|Druvna|Serevia|Calvessa|Lisseran|Valdera)");
        for (JsonNode story : stories) {
            JsonNode lead = story.get("summary").get(0);
            String t = lead.get("text").asText();
            assertTrue(day.matcher(t).find(), "when: " + t);
            assertTrue(name.matcher(t).find(), "who: " + t);
            assertTrue(place.matcher(t).find(), "where: " + t);
            assertTrue(t.matches("(?s).*\\b(?:agreed|struck|killed|risen|rose|died|injured)\\b.*"), "what: " + t);
        }
    }
}
