package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.model.RawDocument;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Limits;

/** Links, FIFOs and devices in an input folder are reported, never followed out of it, never read blindly. */
class FolderEntriesTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private final List<DocumentError> errors = new ArrayList<>();

    private List<RawDocument> read(Limits limits, String... inputs) {
        return new InputReader(new ByteArrayInputStream(new byte[0]), limits).read(List.of(inputs), errors::add);
    }

    private String messageFor(String name) {
        return errors.stream().filter(e -> e.input().endsWith(name)).map(DocumentError::message).findFirst()
                .orElse("(no message for " + name + " in " + errors + ")");
    }

    @Test
    void linksAndFifosAreReportedInOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), BadInputs.GOOD);
        Files.writeString(outside.resolve("secret.txt"), "Outside text that must not be read.");
        Files.createSymbolicLink(folder.resolve("b-out.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(folder.resolve("c-dangling.txt"), folder.resolve("gone.txt"));
        Files.createSymbolicLink(folder.resolve("d-loop1.txt"), folder.resolve("d-loop2.txt"));
        Files.createSymbolicLink(folder.resolve("d-loop2.txt"), folder.resolve("d-loop1.txt"));
        Files.createSymbolicLink(folder.resolve("e-inside.txt"), folder.resolve("a.txt"));
        boolean fifo = new ProcessBuilder("mkfifo", folder.resolve("f-pipe.txt").toString()).start().waitFor() == 0;
        List<RawDocument> docs = read(Limits.defaults(), folder.toString());
        assertEquals(2, docs.size(), docs.toString());
        assertTrue(docs.stream().noneMatch(d -> d.content().contains("Outside text")));
        assertTrue(messageFor("b-out.txt").contains("outside the folder; not followed"), messageFor("b-out.txt"));
        assertTrue(messageFor("c-dangling.txt").contains("dangling symbolic link"), messageFor("c-dangling.txt"));
        assertTrue(messageFor("d-loop1.txt").contains("loop"), messageFor("d-loop1.txt"));
        if (fifo) {
            assertTrue(messageFor("f-pipe.txt").contains("FIFO"), messageFor("f-pipe.txt"));
        }
        List<String> order = errors.stream().map(e -> Path.of(e.input()).getFileName().toString()).toList();
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order, "problems in the order of the sorted folder");
    }

    @Test
    void devZeroEndsInAnErrorAtOnce() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        long t0 = System.nanoTime();
        List<RawDocument> docs = read(Limits.defaults(), "/dev/zero");
        assertTrue(docs.isEmpty());
        assertTrue(messageFor("/dev/zero").contains("binary"), errors.toString());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "refused from its first bytes");
    }

    @Test
    void anEndlessTextStreamStopsAtTheLimit() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        List<RawDocument> docs = new InputReader(endless, Limits.defaults().withMaxBytes(1 << 20))
                .read(List.of("-"), errors::add);
        assertTrue(docs.isEmpty());
        assertTrue(messageFor("stdin").contains("over the limit per input (--max-bytes)"), errors.toString());
    }

    @Test
    void aBigFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.position((1L << 30) - 1).write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
        }
        Files.writeString(dir.resolve("good.txt"), BadInputs.GOOD);
        List<RawDocument> docs = read(Limits.defaults(), big.toString(), dir.resolve("good.txt").toString());
        assertEquals(1, docs.size());
        assertTrue(messageFor("big.txt").contains("file of 1073741824 bytes, over the 16 MiB limit"), errors.toString());
    }
}
