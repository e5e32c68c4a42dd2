package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.store.StoredArticle;
import org.newsfuse.store.StoredStory;
import org.newsfuse.store.sqlite.SqliteStore;

/** Two stories joined by bridging articles: the older id survives, the other resolves to it; copies found against the store. */
class StoreMergeTest {
    @TempDir
    Path dir;

    // invented: a dock strike and a storm in one invented port, then reports that tell both
    static final String[] STRIKE = {
        "Dock workers in Portvell walked off the job on Monday, halting the container cranes along the north quay in a dispute "
                + "over night shift pay. Union leader Mara Tesk said the strike would continue until the port operator restored "
                + "the old overtime rates. The operator called the walkout unlawful and said it had asked a labour court to intervene.",
        "The container cranes of Portvell's north quay stood still on Monday after dock workers struck over night shift pay. "
                + "Mara Tesk, who leads the dockers' union, said the walkout would go on until overtime rates were restored. The "
                + "port operator said the strike was unlawful and that it had gone to a labour court."};
    static final String[] STORM = {
        "Ferries between Portvell and the island of Ostmer were cancelled on Monday as a storm with gusts of 110 kilometres an "
                + "hour swept the strait. The coast guard warned fishing boats to stay in harbour and said waves of six metres had "
                + "been measured off the lighthouse at Cape Vanner. Services are expected to resume on Wednesday.",
        "A storm with gusts up to 110 kilometres an hour forced the cancellation of every ferry between Portvell and Ostmer "
                + "island on Monday. Waves reached six metres near the Cape Vanner lighthouse, the coast guard said, urging fishing "
                + "boats to remain in port. The ferry company expects sailings to restart on Wednesday."};
    static final String[] BOTH = {
        "Portvell was cut off on Monday as dock workers struck over night shift pay, leaving the north quay cranes idle, while a "
                + "storm with gusts of 110 kilometres an hour cancelled every ferry to Ostmer island. Union leader Mara Tesk said "
                + "the strike would continue until overtime rates were restored. The coast guard said waves of six metres were "
                + "measured off Cape Vanner and ferries should resume on Wednesday.",
        "Striking dock workers and a violent storm brought Portvell to a standstill on Monday. The north quay container cranes "
                + "stood still in the dispute over night shift pay led by union leader Mara Tesk, and ferries to Ostmer were "
                + "cancelled as gusts reached 110 kilometres an hour and waves of six metres hit Cape Vanner. The port operator went "
                + "to a labour court; ferry sailings should restart on Wednesday.",
        "On Monday Portvell's port was paralysed twice over: dockers struck over night shift pay and overtime rates, halting the "
                + "north quay cranes, and a storm with 110 kilometre an hour gusts and six metre waves off the Cape Vanner "
                + "lighthouse cancelled the Ostmer ferries. Mara Tesk of the union vowed to continue; the coast guard told fishing "
                + "boats to stay in harbour."};

    static final String[] LIBRARY = {
        "The city of Arlenburg opened its new public library on Saturday, a five storey building of pale brick and glass beside "
                + "the old tram depot. Mayor Ilse Varnow said the library would lend tools, seeds and musical instruments as well as "
                + "books, and that its reading rooms would stay open until midnight during the university exam season.",
        "Arlenburg's new public library, built beside the former tram depot, opened its doors on Saturday. The five storey "
                + "building lends seeds, tools and musical instruments besides books, Mayor Ilse Varnow said, and its reading rooms "
                + "will stay open until midnight while the university holds its exams."};

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text + "\n");
        return p;
    }

    @Test
    void bridgingArticlesMergeTwoStoriesIntoTheOlderId() throws Exception {
        Path db = dir.resolve("m.db");
        write("ab/a1.txt", STRIKE[0]);
        write("ab/a2.txt", STRIKE[1]);
        write("ab/b1.txt", STORM[0]);
        write("ab/b2.txt", STORM[1]);
        CliRunner.Outcome first = CliRunner.run("ingest", dir.resolve("ab").toString(), "--db", db.toString());
        assertEquals("4 new, 0 copies, 2 stories created, 0 updated", first.out().strip(), first.err());
        String strike;
        String storm;
        try (SqliteStore s = SqliteStore.open(db, false)) {
            strike = s.article("a1").orElseThrow().story();
            storm = s.article("a3").orElseThrow().story();
            assertEquals(strike, s.article("a2").orElseThrow().story());
            assertEquals(storm, s.article("a4").orElseThrow().story());
            assertTrue(!strike.equals(storm));
        }
        for (int i = 0; i < BOTH.length; i++) {
            write("c/c" + (i + 1) + ".txt", BOTH[i]);
        }
        CliRunner.Outcome second = CliRunner.run("ingest", dir.resolve("c").toString(), "--db", db.toString());
        assertEquals("3 new, 0 copies, 0 stories created, 1 updated (1 story merged into another)", second.out().strip(),
                second.err());
        String older = Long.parseLong(strike.substring(1)) < Long.parseLong(storm.substring(1)) ? strike : storm;
        String newer = older.equals(strike) ? storm : strike;
        try (SqliteStore s = SqliteStore.open(db, false)) {
            StoredStory survivor = s.story(older).orElseThrow();
            assertEquals(older, survivor.id());
            assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7"), survivor.articles());
            assertEquals(List.of(newer), survivor.mergedFrom());
            assertEquals(older, s.story(newer).orElseThrow().id(), "the merged id resolves to the survivor");
            assertEquals(1, s.counts().stories());
        }
        CliRunner.Outcome show = CliRunner.run("show", newer, "--db", db.toString(), "--format", "json");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("\"id\" : \"" + older + "\""), show.out().substring(0, 80));
    }

    @Test
    void copiesOfStoredArticlesAreRecordedOnThem() throws Exception {
        Path db = dir.resolve("c.db");
        write("one/a1.txt", STRIKE[0]);
        assertEquals(0, CliRunner.run("ingest", dir.resolve("one").toString(), "--db", db.toString()).exit());
        // the same text from another input, a lightly edited re-post, and a JSON line with a known URL
        write("two/same.txt", STRIKE[0]);
        write("two/edited.txt", STRIKE[0].replace("on Monday", "on Monday morning").replace("Union leader", "Union chief"));
        Path jl = write("three/feed.jsonl", "{\"url\": \"https://example.org/storm\", \"text\": \"" + LIBRARY[0] + "\"}\n"
                + "{\"url\": \"https://example.org/storm\", \"text\": \"" + LIBRARY[1] + "\"}");
        CliRunner.Outcome o = CliRunner.run("ingest", dir.resolve("two").toString(), jl.toString(), "--db", db.toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals("1 new, 3 copies, 1 story created, 1 updated", o.out().strip());
        try (SqliteStore s = SqliteStore.open(db, false)) {
            StoredArticle a1 = s.article("a1").orElseThrow();
            List<String> reasons = a1.copies().stream().map(c -> Path.of(c.input()).getFileName() + ":" + c.reason()).sorted().toList();
            assertEquals(List.of("edited.txt:near-duplicate", "same.txt:content hash"), reasons);
            String copyId = a1.copies().get(0).id();
            assertEquals("a1", s.article(copyId).orElseThrow().id(), "a copy's id resolves to the article it copies");
            StoredArticle storm = s.articlesOf(s.stories(org.newsfuse.store.StoryQuery.first(10).withSearch("Arlenburg"))
                    .stories().get(0).id()).get(0);
            assertEquals(1, storm.copies().size());
            assertEquals("url", storm.copies().get(0).reason());
        }
    }
}
