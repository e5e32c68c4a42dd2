package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.Story;

/** `newsfuse run` on several events: one report per story, stories.json, index.html, copies merged. */
class ClusteringRunTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes the demo corpus and its JSON Lines extra (a fourth event) into a folder. */
    private Path demoFolder(boolean withExtra) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (RawDocument d : DemoCommand.corpus()) {
            Files.writeString(in.resolve(d.input().replace("demo/", "")), d.content());
        }
        if (withExtra) {
            Files.writeString(in.resolve("extra.jsonl"), DemoCommand.read("demo-extra.jsonl"));
        }
        return in;
    }

    private static Set<Set<String>> groups(JsonNode storiesJson) {
        Set<Set<String>> out = new HashSet<>();
        for (JsonNode s : storiesJson.get("stories")) {
            Set<String> g = new HashSet<>();
            for (JsonNode a : s.get("articles")) {
                for (JsonNode in : a.get("inputs")) {
                    g.add(in.asText().replaceAll(".*[/\\\\]", ""));
                }
            }
            out.add(g);
        }
        return out;
    }

    @Test
    void fourEventsGiveFourStoriesWithAReportFolderEachAndAnIndex() throws Exception {
        Path in = demoFolder(true);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("story.json"), "{\"stale\": true}"); // an earlier single-story run
        CliRunner.Outcome o = CliRunner.run("run", in.toString(), "--out", out.toString());
        assertEquals(0, o.exit(), o.err()); // the malformed JSON line is reported, the rest processed
        assertTrue(o.err().contains("extra.jsonl:3"), o.err());
        JsonNode index = JSON.readTree(out.resolve("stories.json").toFile());
        assertEquals(4, index.get("stories").size());
        Set<Set<String>> g = groups(index);
        assertTrue(g.contains(Set.of("doc01.txt", "doc03.txt", "doc06.txt", "doc09.txt", "doc12.txt")), g.toString());
        assertTrue(g.contains(Set.of("doc02.txt", "doc05.txt", "doc08.txt", "doc10.txt", "doc13.txt")), g.toString());
        assertTrue(g.contains(Set.of("doc04.txt", "doc07.txt", "doc11.txt", "doc14.txt")), g.toString());
        assertTrue(g.contains(Set.of("extra.jsonl:1", "extra.jsonl:2", "extra.jsonl:4")), g.toString());
        for (JsonNode s : index.get("stories")) {
            String id = s.get("id").asText();
            assertEquals(id + "/story.json", s.get("path").asText());
            JsonNode story = JSON.readTree(out.resolve(id).resolve("story.json").toFile());
            assertEquals(id, story.get("id").asText());
            assertEquals(s.get("articles").size(), story.get("articles").size());
            assertTrue(Files.exists(out.resolve(id).resolve("story.md")));
            assertTrue(Files.exists(out.resolve(id).resolve("story.html")));
            for (JsonNode a : s.get("articles")) {
                assertTrue(a.has("id") && a.has("input") && a.has("outlet") && a.has("published"), a.toString());
                assertEquals(a.get("input").asText(), a.get("inputs").get(0).asText());
            }
        }
        assertFalse(Files.exists(out.resolve("story.json")), "a stale single-story report must not contradict stories.json");
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("4 stories from 17 articles"), html);
        for (JsonNode s : index.get("stories")) {
            assertTrue(html.contains("href=\"" + s.get("id").asText() + "/story.html\""), html);
        }
        assertTrue(html.contains("Meridian Daily") && html.contains("2025-03-16 – 2025-03-17"), html);
        assertFalse(html.contains("<script"), "self-contained, no script");
        // topics are named groups with their stories under them, in the index and on the terminal
        assertTrue(html.contains("<section class=\"topic-group\" id=\"t1\">"), html);
        for (JsonNode t : index.get("topics")) {
            assertFalse(t.get("name").asText().isBlank(), t.toString());
            assertTrue(o.out().contains("Topic " + t.get("id").asText() + ": " + t.get("name").asText()), o.out());
        }
        assertTrue(o.out().contains("4 stories from 17 articles."), o.out());
        assertTrue(o.out().contains(out.resolve("index.html").toString()), o.out());
    }

    @Test
    void aSingleStoryStillWritesTheTopLevelReportsAndDropsStaleStoryFolders() throws Exception {
        Path out = dir.resolve("out");
        Path in = demoFolder(true);
        assertEquals(0, CliRunner.run("run", in.toString(), "--out", out.toString()).exit());
        assertTrue(Files.exists(out.resolve("s4/story.json")));
        Path extra = dir.resolve("extra.jsonl");
        Files.writeString(extra, DemoCommand.read("demo-extra.jsonl"));
        CliRunner.Outcome o = CliRunner.run("run", extra.toString(), "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        JsonNode story = JSON.readTree(out.resolve("story.json").toFile());
        assertEquals(3, story.get("articles").size());
        JsonNode index = JSON.readTree(out.resolve("stories.json").toFile());
        assertEquals(1, index.get("stories").size());
        assertEquals("story.json", index.get("stories").get(0).get("path").asText());
        assertTrue(Files.exists(out.resolve("s1/story.json")));
        assertFalse(Files.exists(out.resolve("s4")), "story folders of the earlier run are gone");
        assertTrue(o.out().contains(out.resolve("story.json").toString()), o.out());
    }

    @Test
    void streamingGroupsTheDemoLikeBatch() throws Exception {
        Path in = demoFolder(false);
        CliRunner.Outcome b = CliRunner.run("run", in.toString(), "--out", dir.resolve("b").toString());
        CliRunner.Outcome s = CliRunner.run("run", in.toString(), "--stream", "--out", dir.resolve("s").toString());
        assertEquals(0, b.exit(), b.err());
        assertEquals(0, s.exit(), s.err());
        assertEquals(groups(JSON.readTree(dir.resolve("b/stories.json").toFile())),
                groups(JSON.readTree(dir.resolve("s/stories.json").toFile())));
    }

    @Test
    void oneStoryOptionKeepsEveryArticleTogether() throws Exception {
        Path in = demoFolder(false);
        CliRunner.Outcome o = CliRunner.run("run", in.toString(), "--one-story", "--out", dir.resolve("o").toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals(14, JSON.readTree(dir.resolve("o/story.json").toFile()).get("articles").size());
    }

    @Test
    void badOptionsAreExitTwo() throws Exception {
        Path in = demoFolder(false);
        assertEquals(2, CliRunner.run("run", in.toString(), "--dedup", "nope", "--out", dir.resolve("x").toString()).exit());
        assertEquals(2, CliRunner.run("run", in.toString(), "--window", "0", "--out", dir.resolve("x").toString()).exit());
    }

    // an invented wire story, a lightly edited re-post by a second outlet, and another outlet's own report
    private static final String WIRE = """
            {"outlet": "Wire One", "published": "2025-05-02", "title": "Cargo ship blocks Tellmar harbour", "text": \
            "The harbour authority of Tellmar closed the northern basin on Thursday after a cargo ship ran aground on a \
            sandbank at the entrance, blocking traffic for more than forty vessels waiting offshore.\\n\\nTugs tried for \
            six hours to pull the ship free on the rising tide without success, the authority's spokesperson Ilse Varga \
            said at a briefing in the port office.\\n\\nNo one was hurt and no fuel leaked, she said, adding that divers \
            would inspect the hull at first light before a second attempt on Friday morning.\\n\\nShipping agents said the \
            closure would delay grain exports from Tellmar by at least two days."}
            {"outlet": "Coast Daily", "published": "2025-05-02", "title": "Grounded ship shuts Tellmar basin", "text": \
            "The harbour authority of Tellmar closed the northern basin on Thursday after a cargo ship ran aground on a \
            sandbank at the entrance, blocking traffic for over forty vessels waiting offshore.\\n\\nTugs tried for \
            six hours to pull the ship free on the rising tide without success, the authority's spokesperson Ilse Varga \
            said at a briefing in the port office.\\n\\nNo one was hurt and no fuel leaked, she said, adding that divers \
            would inspect the hull at first light before a second attempt on Friday morning."}
            {"outlet": "Tellmar Post", "published": "2025-05-03", "title": "Stranded freighter: Tellmar grain exports wait", \
            "text": "Grain exporters in Tellmar said on Friday that a freighter stuck on a sandbank at the harbour entrance \
            since Thursday would hold up shipments, as harbour spokesperson Ilse Varga said divers had found no damage to \
            its hull.\\n\\nA second attempt by tugs to free the cargo ship on the morning tide failed, and the northern \
            basin stayed closed to more than forty vessels."}
            """;

    @Test
    void aSyndicatedCopyIsOneArticleListingEveryInput() throws Exception {
        Path f = dir.resolve("harbour.jsonl");
        Files.writeString(f, WIRE);
        Path out = dir.resolve("h");
        CliRunner.Outcome o = CliRunner.run("run", f.toString(), "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        JsonNode story = JSON.readTree(out.resolve("story.json").toFile());
        assertEquals(2, story.get("articles").size(), "the copy merged into the wire story, the own report kept");
        JsonNode wire = story.get("articles").get(0);
        // reports never name an absolute local path (issue 17): an input outside the working folder is its file name
        String shown = org.newsfuse.report.InputNames.display(f.toString());
        assertEquals(List.of(shown + ":1", shown + ":2"), texts(wire.get("inputs")));
        assertFalse(shown.startsWith("/"), shown);
        assertEquals("Coast Daily", wire.get("duplicates").get(0).get("outlet").asText());
        JsonNode index = JSON.readTree(out.resolve("stories.json").toFile());
        assertEquals(List.of("Wire One", "Coast Daily", "Tellmar Post"), texts(index.get("stories").get(0).get("outlets")));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("3 articles"), html);
    }

    @Test
    void dedupOffKeepsTheCopy() throws Exception {
        Path f = dir.resolve("harbour.jsonl");
        Files.writeString(f, WIRE);
        CliRunner.Outcome o = CliRunner.run("run", f.toString(), "--dedup", "off", "--out", dir.resolve("h").toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals(3, JSON.readTree(dir.resolve("h/story.json").toFile()).get("articles").size());
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** ../shared/seeds: five outlets' scrapes of one event stay one story, also mixed with the demo. */
    @Test
    void seedsStayOneStoryAlsoAmongTheDemoEvents() throws Exception {
        Path seeds = Shared.require("seeds");
        List<RawDocument> seedDocs = new InputReader().read(List.of(seeds.toString()), e -> { });
        Set<String> seedInputs = new HashSet<>();
        seedDocs.forEach(d -> seedInputs.add(d.input()));
        Engine engine = new Engine(EngineOptions.defaults());
        assertEquals(1, engine.run(seedDocs, null, null).stories().size());
        List<RawDocument> mixed = new ArrayList<>(seedDocs);
        mixed.addAll(DemoCommand.corpus());
        Engine.Result r = engine.run(mixed, null, null);
        assertEquals(4, r.stories().size(), "the seeds' story and the demo's three");
        Set<Set<String>> got = new HashSet<>();
        for (Story s : r.stories()) {
            Set<String> g = new HashSet<>();
            for (Article a : s.articles()) {
                g.addAll(a.inputs());
            }
            got.add(g);
        }
        assertTrue(got.contains(seedInputs), got.toString());
        try (Stream<String> demo = Stream.of("doc01", "doc03", "doc06", "doc09", "doc12")) {
            assertTrue(got.contains(new HashSet<>(demo.map(d -> "demo/" + d + ".txt").toList())), got.toString());
        }
    }
}
