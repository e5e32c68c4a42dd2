package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Limits;

/**
 * The generated bad-input corpus, every case beside one good article: no crash, no hang, the good
 * article's story present, and for each bad case a clear one-line message naming it.
 */
class BadInputCorpusTest {
    @TempDir
    Path dir;

    private static final Limits LIMITS = Limits.defaults().withMaxBytes(1 << 20).withDocTimeout(Duration.ofSeconds(20));

    @Test
    void everyCaseBesideTheGoodArticle() throws Exception {
        Map<String, BadInputs.Case> corpus = BadInputs.corpus(LIMITS.maxBytes());
        Path good = BadInputs.write(dir, corpus);
        for (Map.Entry<String, BadInputs.Case> c : corpus.entrySet()) {
            String name = dir.resolve(c.getKey()).toString();
            List<DocumentError> errors = new ArrayList<>();
            Engine.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                List<RawDocument> docs = new InputReader(new ByteArrayInputStream(new byte[0]), LIMITS)
                        .read(List.of(name, good.toString()), errors::add);
                return new Engine(new EngineOptions(100, 2).withLimits(LIMITS)).run(docs, errors::add, null);
            }, c.getKey());
            String all = errors.toString();
            assertTrue(result.articles().stream().anyMatch(a -> a.input().equals(good.toString())
                    || a.inputs().contains(good.toString())), c.getKey() + ": the good article is kept " + all);
            assertTrue(result.stories().stream().anyMatch(s -> s.articles().stream()
                    .anyMatch(a -> a.text().contains("Flood barriers held"))), c.getKey() + ": its story " + all);
            for (DocumentError e : errors) {
                String line = e.line();
                assertTrue(line.startsWith("newsfuse: "), line);
                assertFalse(line.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f), "one clean line: " + line);
                assertTrue(line.length() < 1000, "short: " + line);
            }
            String expect = c.getValue().expect();
            boolean processed = result.articles().stream().anyMatch(a -> a.input().startsWith(name)
                    || a.inputs().stream().anyMatch(i -> i.startsWith(name)));
            if (BadInputs.ARTICLE_OR_BUDGET.equals(expect) && processed) {
                continue;
            }
            if (expect != null) {
                assertTrue(errors.stream().anyMatch(e -> e.input().startsWith(name)
                        && (e.message().contains(expect) || e.where().equals(expect))),
                        c.getKey() + ": a message naming it that says '" + expect + "': " + all);
            } else {
                assertTrue(result.articles().stream().anyMatch(a -> a.input().startsWith(name)
                        || a.inputs().stream().anyMatch(i -> i.startsWith(name))),
                        c.getKey() + ": read and processed as an article " + all);
            }
        }
    }

    @Test
    void repairedInputsKeepTheirText() throws Exception {
        Map<String, BadInputs.Case> corpus = BadInputs.corpus(LIMITS.maxBytes());
        BadInputs.write(dir, corpus);
        List<DocumentError> errors = new ArrayList<>();
        List<RawDocument> docs = new InputReader(new ByteArrayInputStream(new byte[0]), LIMITS).read(List.of(
                dir.resolve("polish.html").toString(), dir.resolve("surrogates.jsonl").toString(),
                dir.resolve("utf16.txt").toString(), dir.resolve("nul-line.jsonl").toString()), errors::add);
        assertTrue(docs.get(0).content().contains("Wały przeciwpowodziowe"), "the declared charset is honoured");
        RawDocument s = docs.get(1);
        assertEquals("Harbour \uFFFD talks [31mresumed on Monday, the port authority said.", s.content());
        assertEquals("Talks\uFFFD  resume", s.given("title"));
        assertEquals("\uFFFDPort News", s.given("outlet"));
        assertEquals("Jo]0;x Ames", s.given("byline"));
        assertTrue(docs.get(2).content().startsWith("Flood barriers held"), "UTF-16 with a byte-order mark");
        assertEquals(List.of("nul-line.jsonl:1", "nul-line.jsonl:3"), docs.subList(3, 5).stream()
                .map(d -> Path.of(d.input()).getFileName().toString()).toList());
        DocumentError nul = errors.stream().filter(e -> e.input().endsWith("nul-line.jsonl:2")).findFirst().orElse(null);
        assertNotNull(nul, errors.toString());
        assertTrue(nul.message().contains("NUL byte at column 13"), nul.message());
    }

    @Test
    void aMillionCharacterTokenIsCutNotStalled() {
        String text = "The minister spoke on Tuesday. " + "b".repeat(1_000_000) + " The talks ended, officials said.";
        List<DocumentError> errors = new ArrayList<>();
        Engine.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new Engine(new EngineOptions(100, 1))
                .run(List.of(new RawDocument("t.txt", org.newsfuse.model.SourceFormat.TEXT, text, Map.of())),
                        errors::add, null));
        Article a = r.articles().get(0);
        assertTrue(a.sentences().stream().flatMap(x -> x.tokens().stream())
                .allMatch(t -> t.end() - t.start() <= Limits.DEFAULT_MAX_TOKEN_CHARS), "no token over the cap");
        Story story = r.stories().get(0);
        assertNotNull(story.headline());
    }
}
