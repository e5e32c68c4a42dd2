package org.newsfuse.eval.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadsTest {
    @TempDir
    Path dir;

    @Test
    void aScratchFolderGivenAgainIsUnpackedAfreshWithoutStaleFiles() throws IOException {
        Path html = Files.createDirectories(dir.resolve("set"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve("p1.html.gz")))) {
            out.write("<html><body><p>Harbour board meets on Tuesday.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(html.resolve("p2.html"), "<html><body><p>Second page.</p></body></html>");
        Files.writeString(html.resolve("notes.txt"), "not a page");
        Path into = dir.resolve("in-set");
        assertEquals(2, Workloads.unpack(html, into));
        Files.writeString(into.resolve("left-over.html"), "<p>from an earlier run</p>");
        assertEquals(2, Workloads.unpack(html, into), "the second unpack into the same folder works");
        assertEquals(List.of("p1.html", "p2.html"), names(into));
        assertEquals(Files.readString(html.resolve("p2.html")), Files.readString(into.resolve("p2.html")));
    }

    @Test
    void syntheticShardsOfAnEarlierBiggerRunAreRemoved() throws IOException {
        Path into = dir.resolve("in-synthetic");
        Workloads.synthetic(2 * Workloads.PER_FILE + 1, 6, into);
        assertEquals(3, names(into).size());
        Workloads.synthetic(10, 6, into);
        assertEquals(List.of("part-00000.jsonl"), names(into));
        assertEquals(10, Files.readAllLines(into.resolve("part-00000.jsonl")).size());
        assertFalse(Files.exists(into.resolve("part-00001.jsonl")));
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
