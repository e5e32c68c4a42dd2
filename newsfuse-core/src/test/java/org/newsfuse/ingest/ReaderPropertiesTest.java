package org.newsfuse.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.newsfuse.clean.ScrapedTextCleaner;
import org.newsfuse.clean.html.HtmlMainTextExtractor;
import org.newsfuse.model.RawDocument;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Limits;

/**
 * Property tests over the readers, the text cleaner and the HTML extractor: whatever the bytes, no
 * exception escapes, every problem is one clean line naming its input, and no lone surrogate or
 * control character reaches a document. CI runs a bounded number of tries (junit-platform.properties);
 * a longer run: {@code mvn -B test -pl newsfuse-core -am -Dtest='ReaderPropertiesTest'
 * -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.tries.default=20000}.
 */
class ReaderPropertiesTest {
    private static Path dir;
    private static final Limits LIMITS = Limits.defaults().withMaxBytes(64 * 1024);

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("newsfuse-props");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Bytes that look a little like the format: fragments of it, mixed with noise. */
    @Provide
    Arbitrary<byte[]> inputBytes() {
        Arbitrary<String> fragments = Arbitraries.of("{\"text\":\"", "\"title\":", "\\udfff", "\\u0000", "}\n", "{",
                "[", "\"", ",", "NaN", "<rss version=\"2.0\"><channel><item><description>", "</item>", "<!DOCTYPE x [",
                "<!ENTITY a \"b\">", "]>", "&a;", "WARC/1.0\r\n", "Content-Length: 12\r\n", "\r\n\r\n",
                "WARC-Type: response\r\n", "<html><title>", "<p>", "\u0000", "\u001b[31m", "é", "\ud83d\ude00",
                "The talks ended, officials said. ", "\n");
        Arbitrary<String> text = fragments.list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<byte[]> structured = text.map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        return Arbitraries.oneOf(structured, noise, Arbitraries.lazy(() -> structured.flatMap(a ->
                noise.map(b -> BadInputs.concat(a, b)))));
    }

    @Property
    void anyBytesInAnyFormatGiveDocumentsOrOneLineErrors(@ForAll("inputBytes") byte[] bytes,
            @ForAll("extension") String ext) throws IOException {
        Path f = dir.resolve("case" + ext);
        Files.write(f, bytes);
        List<DocumentError> errors = new ArrayList<>();
        List<RawDocument> docs = new InputReader(new ByteArrayInputStream(bytes), LIMITS)
                .read(List.of(f.toString(), "-"), errors::add);
        for (DocumentError e : errors) {
            String line = e.line();
            if (!line.startsWith("newsfuse: ") || line.chars().anyMatch(c -> c < 0x20)) {
                throw new AssertionError("not one clean line: " + line);
            }
        }
        for (RawDocument d : docs) {
            checkClean(d.content());
            d.given().values().forEach(ReaderPropertiesTest::checkClean);
        }
    }

    @Provide
    Arbitrary<String> extension() {
        return Arbitraries.of(".txt", ".html", ".jsonl", ".rss", ".warc", ".warc.gz", "");
    }

    private static void checkClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw new AssertionError("lone surrogate at " + i);
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw new AssertionError("control character " + (int) c + " at " + i);
            }
        }
    }

    @Property
    void theJsonLineReaderNeverThrows(@ForAll("inputBytes") byte[] bytes) {
        JsonLinesInput.document("x.jsonl:1", new String(bytes, StandardCharsets.UTF_8), e -> { });
    }

    @Property
    void theTextCleanerTakesAnyText(@ForAll @Size(max = 2000) String text) {
        new ScrapedTextCleaner().clean(text);
    }

    @Property
    void theHtmlExtractorTakesAnyMarkup(@ForAll("markup") String html) {
        new HtmlMainTextExtractor().extract(html, "https://x.example/a").paragraphs().forEach(p -> {
            if (p == null) {
                throw new AssertionError("null paragraph");
            }
        });
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> pieces = Arbitraries.of("<html>", "<head>", "<title>", "</title>", "<body>", "<div>", "</div>",
                "<p>", "</p>", "<article>", "<script>", "</script>", "<nav>", "<a href=x>", "</a>", "<meta charset=x>",
                "&amp;", "&#xdfff;", "&#0;", "\u0000", "<!--", "-->", "<table><tr><td>", "<svg><title>t</title></svg>",
                "The barriers held on Tuesday, the engineer said. ", "Share", "\n", "<script type=\"application/ld+json\">"
                        + "{\"@type\":\"NewsArticle\",\"articleBody\":\"x\"}</script>");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(60).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(300));
    }
}
