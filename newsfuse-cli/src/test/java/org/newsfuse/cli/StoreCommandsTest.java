package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest / stories / show / export on the demo corpus against a real SQLite file. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    @Test
    void threeChunksGiveTheStoriesOfOneRunKeepTheirIdsAndReingestingChangesNothing() throws Exception {
        List<Path> files = StoreTestSupport.demoFiles(dir.resolve("in"));
        Path db = dir.resolve("news.db");
        CliRunner.Outcome run = CliRunner.run(StoreTestSupport.args(files, "run", "--out", dir.resolve("run").toString()));
        assertEquals(0, run.exit(), run.err());

        CliRunner.Outcome first = CliRunner.run(StoreTestSupport.args(files.subList(0, 5), "ingest", "--db", db.toString()));
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().strip().matches("5 new, 0 copies, \\d+ (story|stories) created, 0 updated"), first.out());
        // where each article of the first chunk went
        Map<String, String> storyOfArticle = new HashMap<>();
        for (List<String> r : StoreTestSupport.rows(db, "SELECT id, story_id FROM articles")) {
            storyOfArticle.put(r.get(0), r.get(1));
        }
        CliRunner.Outcome second = CliRunner.run(StoreTestSupport.args(files.subList(5, 10), "ingest", "--db", db.toString()));
        assertEquals(0, second.exit(), second.err());
        CliRunner.Outcome third = CliRunner.run(StoreTestSupport.args(files.subList(10, files.size()), "ingest", "--db", db.toString()));
        assertEquals(0, third.exit(), third.err());
        assertTrue(third.out().startsWith((files.size() - 10) + " new, 0 copies, "), third.out());

        CliRunner.Outcome export = CliRunner.run("export", "--db", db.toString(), "--out", dir.resolve("export").toString());
        assertEquals(0, export.exit(), export.err());
        Map<String, TreeSet<String>> batch = StoreTestSupport.memberships(dir.resolve("run/stories.json"));
        Map<String, TreeSet<String>> incremental = StoreTestSupport.memberships(dir.resolve("export/stories.json"));
        assertEquals(new TreeSet<>(batch.values().stream().map(Object::toString).toList()),
                new TreeSet<>(incremental.values().stream().map(Object::toString).toList()));
        assertTrue(batch.size() > 1, "the demo corpus has several events");
        // same layout as run: per-story reports, index, no top-level story.* with several stories
        for (String id : incremental.keySet()) {
            for (String f : List.of("story.md", "story.json", "story.html")) {
                assertTrue(Files.isRegularFile(dir.resolve("export").resolve(id).resolve(f)), id + "/" + f);
            }
        }
        assertTrue(Files.isRegularFile(dir.resolve("export/index.html")));
        assertFalse(Files.exists(dir.resolve("export/story.json")));

        // stable ids: every article of the first chunk is still in the story it joined then, unless that story
        // was merged into another, which its old id then resolves to
        for (Map.Entry<String, String> e : storyOfArticle.entrySet()) {
            String now = StoreTestSupport.rows(db, "SELECT story_id FROM articles WHERE id = '" + e.getKey() + "'").get(0).get(0);
            List<List<String>> merged = StoreTestSupport.rows(db, "SELECT into_id FROM story_merges WHERE old_id = '" + e.getValue() + "'");
            assertEquals(merged.isEmpty() ? e.getValue() : merged.get(0).get(0), now, e.getKey());
        }

        // idempotent: the same inputs again add nothing and change nothing
        String before = dump(db);
        CliRunner.Outcome again = CliRunner.run(StoreTestSupport.args(files, "ingest", "--db", db.toString()));
        assertEquals(0, again.exit(), again.err());
        assertEquals("0 new, 0 copies, 0 stories created, 0 updated (" + files.size() + " already stored)", again.out().strip());
        assertEquals(before, dump(db));

        // stories, search, show
        CliRunner.Outcome list = CliRunner.run("stories", "--db", db.toString(), "--json");
        assertEquals(0, list.exit(), list.err());
        JsonNode stories = StoreTestSupport.JSON.readTree(list.out()).path("stories");
        assertEquals(incremental.size(), stories.size());
        for (int i = 1; i < stories.size(); i++) {
            assertTrue(stories.get(i - 1).path("to").asText().compareTo(stories.get(i).path("to").asText()) >= 0,
                    "newest activity first");
        }
        CliRunner.Outcome page = CliRunner.run("stories", "--db", db.toString(), "--json", "--limit", "1");
        String cursor = StoreTestSupport.JSON.readTree(page.out()).path("next").asText();
        CliRunner.Outcome page2 = CliRunner.run("stories", "--db", db.toString(), "--json", "--limit", "1", "--cursor", cursor);
        assertEquals(stories.get(1).path("id").asText(),
                StoreTestSupport.JSON.readTree(page2.out()).path("stories").get(0).path("id").asText());
        String quakeStory = null;
        for (JsonNode s : stories) {
            if (s.path("headline").asText().contains("47")) {
                quakeStory = s.path("id").asText();
            }
        }
        CliRunner.Outcome search = CliRunner.run("stories", "--db", db.toString(), "--json", "--search", "Ebbrin");
        List<String> found = new ArrayList<>();
        StoreTestSupport.JSON.readTree(search.out()).path("stories").forEach(s -> found.add(s.path("id").asText()));
        List<String> expected = new ArrayList<>();
        for (String id : incremental.keySet()) {
            if (Files.readString(dir.resolve("export").resolve(id).resolve("story.json")).contains("Ebbrin")) {
                expected.add(id);
            }
        }
        assertTrue(found.contains(quakeStory), found.toString());
        assertEquals(new TreeSet<>(expected), new TreeSet<>(found));
        CliRunner.Outcome none = CliRunner.run("stories", "--db", db.toString(), "--search", "\"zzqx OR \"");
        assertEquals(0, none.exit(), none.err());
        assertEquals("", none.out());
        CliRunner.Outcome show = CliRunner.run("show", quakeStory, "--db", db.toString(), "--format", "json");
        assertEquals(0, show.exit(), show.err());
        assertEquals(Files.readString(dir.resolve("export").resolve(quakeStory).resolve("story.json")), show.out());
        CliRunner.Outcome html = CliRunner.run("show", quakeStory, "--db", db.toString(), "--format", "html");
        assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out().substring(0, 40));
        CliRunner.Outcome missing = CliRunner.run("show", "s999", "--db", db.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no story s999"), missing.err());
        // the whole schema is what docs/store.md shows: every table is there, integrity holds
        assertEquals("ok", StoreTestSupport.rows(db, "PRAGMA integrity_check").get(0).get(0));
        assertEquals("1", StoreTestSupport.rows(db, "PRAGMA user_version").get(0).get(0));
        assertEquals("wal", StoreTestSupport.rows(db, "PRAGMA journal_mode").get(0).get(0));
    }

    /** Every table's rows, for comparing a store before and after. */
    static String dump(Path db) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String t : List.of("stories", "articles", "article_copies", "story_merges", "story_outlets", "summary_sentences",
                "summary_citations", "quotes", "entities", "entity_aliases", "comparisons", "timeline", "story_reports",
                "ingest_log", "counters")) {
            sb.append(t).append(StoreTestSupport.rows(db, "SELECT * FROM " + t + " ORDER BY 1, 2")).append('\n');
        }
        return sb.toString();
    }
}
