package org.newsfuse.eval.speed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.newsfuse.eval.clustering.SyntheticNews;

/**
 * The folders {@code eval speed} runs on, made in a scratch folder before anything is timed: a
 * set's gzipped HTML pages unpacked as {@code .html} files (as a user would hand them to
 * {@code newsfuse run}), or N synthetic articles as JSON Lines files of {@value #PER_FILE} lines.
 */
final class Workloads {
    /** Articles per synthetic JSON Lines file. */
    static final int PER_FILE = 1000;

    private Workloads() {
    }

    /**
     * Unpacks every {@code *.html.gz} (or copies every {@code *.html}) in {@code html} into {@code into}, emptied first
     * (a scratch folder given again holds the last run's pages); returns how many.
     */
    static int unpack(Path html, Path into) throws IOException {
        fresh(into);
        List<Path> pages = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(html)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.endsWith(".html.gz") || n.endsWith(".html") || n.endsWith(".htm")) {
                    pages.add(p);
                }
            }
        }
        for (Path p : pages) {
            String n = p.getFileName().toString();
            if (n.endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
                    Files.copy(in, into.resolve(n.substring(0, n.length() - 3)));
                }
            } else {
                Files.copy(p, into.resolve(n));
            }
        }
        return pages.size();
    }

    /** Writes {@code n} synthetic articles ({@link SyntheticNews}, this seed) into {@code into}, emptied first; returns the bytes written. */
    static long synthetic(int n, long seed, Path into) throws IOException {
        fresh(into);
        try (ShardWriter w = new ShardWriter(into)) {
            new SyntheticNews(seed).write(n, w);
            return w.bytes;
        }
    }

    /** Makes {@code dir} an empty folder: what an earlier run left there would be run again or refuse to be overwritten. */
    static void fresh(Path dir) throws IOException {
        if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(dir)) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(dir);
    }

    /** A writer that starts a new {@code part-NNNNN.jsonl} file every {@value #PER_FILE} lines. */
    private static final class ShardWriter extends Writer {
        private final Path dir;
        private Writer current;
        private int lines;
        private int files;
        long bytes;

        ShardWriter(Path dir) {
            this.dir = dir;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (current == null) {
                    current = Files.newBufferedWriter(dir.resolve(String.format("part-%05d.jsonl", files++)),
                            StandardCharsets.UTF_8);
                }
                current.write(buf[i]);
                bytes++;
                if (buf[i] == '\n' && ++lines % PER_FILE == 0) {
                    current.close();
                    current = null;
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (current != null) {
                current.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
