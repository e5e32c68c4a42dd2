package org.newsfuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.cli.DemoCommand;
import org.newsfuse.cli.Version;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.Story;
import org.newsfuse.report.StoryJson;

/** The job on Spark local[2], against the single-machine engine. */
class SparkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkCommand.localSession("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Path demoFolder(Path dir) throws IOException {
        Path demo = dir.resolve("demo");
        Files.createDirectories(demo);
        for (RawDocument d : DemoCommand.corpus()) {
            Files.writeString(demo.resolve(d.input().substring("demo/".length())), d.content(), StandardCharsets.UTF_8);
        }
        return demo;
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(l));
        }
        return out;
    }

    @Test
    void demoCorpusGivesTheStoriesOfARun(@TempDir Path dir) throws IOException {
        Path demo = demoFolder(dir);
        List<RawDocument> docs = new InputReader().read(List.of(demo.toString()), e -> { });
        Engine.Result batch = new Engine(EngineOptions.defaults()).run(docs, e -> { }, null);
        assertTrue(batch.stories().size() > 1, "the demo corpus holds several stories");

        Path out = dir.resolve("out");
        NewsfuseJob.Outcome r = NewsfuseJob.run(spark, JobOptions.of(List.of(demo.toString()), out.toString()),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, r.problems(), () -> String.join("\n", r.sample()));
        List<JsonNode> stories = lines(out.resolve("stories.jsonl"));
        assertEquals(batch.stories().size(), stories.size());
        for (int i = 0; i < stories.size(); i++) {
            Story s = batch.stories().get(i);
            ObjectNode got = (ObjectNode) stories.get(i);
            String topic = got.remove("topic").asText();
            assertEquals(StoryJson.toJson(s, Version.current()), got, "story " + s.id());
            String want = batch.topics().stream().filter(t -> t.stories().contains(s.id())).findFirst().orElseThrow().id();
            assertEquals(want, topic, "topic of " + s.id());
        }
        List<JsonNode> articles = lines(out.resolve("articles.jsonl"));
        assertEquals(batch.articles().size(), articles.size());
    }

    @Test
    void blockedClusteringKeepsEveryArticleInOneStoryAndWritesParquetAndReports(@TempDir Path dir) throws IOException {
        Path demo = demoFolder(dir);
        Path out = dir.resolve("out");
        // blocks of at most 3 articles: every window is split by terms, and the merge must rejoin them
        JobOptions o = new JobOptions(List.of(demo.toString()), out.toString(), "parquet", true, 100, "minhash", 3,
                JobOptions.DEFAULT_BLOCK_TERMS, false);
        NewsfuseJob.Outcome r = NewsfuseJob.run(spark, o, new PrintStream(new ByteArrayOutputStream()));
        assertTrue(r.blocks() > 1, "the input was blocked: " + r.blocks());
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (Row a : spark.read().parquet(out.resolve("articles.parquet").toString()).collectAsList()) {
            for (Object in : a.getList(a.fieldIndex("inputs"))) {
                assertTrue(seen.add(in.toString()), "input in two stories: " + in);
                n++;
            }
        }
        assertEquals(DemoCommand.corpus().size(), n);
        List<Row> stories = spark.read().parquet(out.resolve("stories.parquet").toString()).orderBy("number").collectAsList();
        assertEquals(r.stories(), stories.size());
        for (Row s : stories) {
            String id = s.getString(s.fieldIndex("id"));
            assertEquals(id, JSON.readTree(s.getString(s.fieldIndex("json"))).get("id").asText());
            assertTrue(Files.readString(out.resolve("reports").resolve(id).resolve("story.html")).contains("<html"), id);
            assertTrue(Files.size(out.resolve("reports").resolve(id).resolve("story.md")) > 0, id);
        }
    }

    @Test
    void sharedWarcFilesAreReadAndBrokenRecordsCounted(@TempDir Path dir) throws IOException {
        Path warc = Path.of("..", "..", "shared", "eval", "warc").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(warc), "../shared/eval/warc is absent: skipped");
        Path out = dir.resolve("out");
        NewsfuseJob.Outcome r = NewsfuseJob.run(spark, JobOptions.of(List.of(warc.toString()), out.toString()),
                new PrintStream(new ByteArrayOutputStream()));
        assertTrue(r.documents() > 20, "pages read: " + r.documents());
        assertTrue(r.counters().matches(".*WARC records skipped [1-9].*"), r.counters());
        assertTrue(r.stories() > 0);
        assertTrue(Files.size(out.resolve("stories.jsonl")) > 0);
    }
}
