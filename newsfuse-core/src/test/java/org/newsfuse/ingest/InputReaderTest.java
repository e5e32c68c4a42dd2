package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.DocumentError;

class InputReaderTest {
    @TempDir
    Path dir;

    private final List<DocumentError> errors = new ArrayList<>();

    private List<RawDocument> read(String... inputs) {
        return new InputReader(new ByteArrayInputStream(new byte[0])).read(List.of(inputs), errors::add);
    }

    @Test
    void folderIsReadInSortedOrderWithEveryArticleFormat() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second article text here.");
        Files.writeString(dir.resolve("a.txt"), "First article text here.");
        Files.writeString(dir.resolve("c.html"), "<html><body><p>Third.</p></body></html>");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/d.jsonl"), "{\"text\":\"Fourth.\",\"outlet\":\"Lake Times\"}\n");
        List<RawDocument> docs = read(dir.toString());
        assertEquals(4, docs.size());
        assertTrue(docs.get(0).input().endsWith("a.txt"));
        assertTrue(docs.get(1).input().endsWith("b.txt"));
        assertEquals(SourceFormat.HTML, docs.get(2).format());
        assertTrue(docs.get(3).input().endsWith("d.jsonl:1"));
        assertEquals("Lake Times", docs.get(3).given("outlet"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void badInputsAreReportedByNameAndTheOthersStillRead() throws Exception {
        Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners protested on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("good.txt"), "A good article about the harbour.");
        Files.writeString(dir.resolve("lines.jsonl"), "{\"text\":\"One.\"}\n{\"text\": broken\n{\"title\":\"no text\"}\n{\"text\":\"Four.\"}\n");
        List<RawDocument> docs = read(dir.resolve("bin.txt").toString(), dir.resolve("empty.txt").toString(),
                dir.resolve("missing.txt").toString(), dir.resolve("latin1.txt").toString(),
                dir.resolve("good.txt").toString(), dir.resolve("lines.jsonl").toString());
        assertEquals(4, docs.size(), docs.toString());
        assertTrue(docs.get(0).content().contains("Caf\u00e9"), "windows-1252 fallback keeps the accent");
        assertEquals(6, errors.size(), errors.toString());
        assertTrue(errors.get(0).input().endsWith("bin.txt") && errors.get(0).message().contains("binary"));
        assertTrue(errors.get(1).input().endsWith("empty.txt") && errors.get(1).message().contains("empty"));
        assertTrue(errors.get(2).input().endsWith("missing.txt") && errors.get(2).message().contains("no such file"));
        assertTrue(errors.get(3).input().endsWith("latin1.txt") && !errors.get(3).fatal()
                && errors.get(3).message().contains("UTF-8"));
        assertTrue(errors.get(4).input().endsWith("lines.jsonl:2") && errors.get(4).message().contains("malformed JSON"));
        assertTrue(errors.get(5).input().endsWith("lines.jsonl:3") && errors.get(5).message().contains("no \"text\""));
    }

    @Test
    void jsonLineWithoutTextIsAnError() throws Exception {
        Files.writeString(dir.resolve("x.jsonl"), "{\"title\":\"only a title\"}\n{\"text\":\"Body.\"}\n");
        List<RawDocument> docs = read(dir.resolve("x.jsonl").toString());
        assertEquals(1, docs.size());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).input().endsWith("x.jsonl:1"));
        assertTrue(errors.get(0).message().contains("\"text\""));
    }

    @Test
    void stdinTextIsOneArticleAndStdinJsonLinesAreMany() {
        InputReader text = new InputReader(new ByteArrayInputStream("Plain story text.\n".getBytes(StandardCharsets.UTF_8)));
        List<RawDocument> one = text.read(List.of("-"), errors::add);
        assertEquals(1, one.size());
        assertEquals("stdin:1", one.get(0).input());
        InputReader jsonl = new InputReader(new ByteArrayInputStream(
                "{\"text\":\"A.\"}\n{\"text\":\"B.\",\"published\":\"2024-01-02\"}\n".getBytes(StandardCharsets.UTF_8)));
        List<RawDocument> two = jsonl.read(List.of("-"), errors::add);
        assertEquals(List.of("stdin:1", "stdin:2"), two.stream().map(RawDocument::input).toList());
        assertEquals("2024-01-02", two.get(1).given("published"));
    }
}
