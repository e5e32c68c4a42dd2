package org.newsfuse.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.pipeline.DocumentError;

/**
 * The raw documents of one input file, keyed {@code file number << 32 | ordinal}, through the
 * core's readers. A WARC file is streamed: a reader thread hands records over a small queue, so a
 * task holds a few pages at a time, never the whole file.
 */
final class DocumentSource {
    private DocumentSource() {
    }

    /** A document and its key (its place in the input order). */
    record Keyed(long key, RawDocument doc) {
    }

    static long key(int file, long ordinal) {
        return ((long) file << 32) | ordinal;
    }

    /** Documents of a WARC file or a whole small file; JSON Lines split by Spark go through {@link #line}. */
    static Iterator<Keyed> read(InputFile f, HadoopConf conf, Consumer<DocumentError> errors) {
        if (f.kind() == InputFile.Kind.WARC) {
            return new WarcStream(f, conf, errors);
        }
        List<Keyed> out = new ArrayList<>();
        if (f.size() > InputReader.MAX_FILE_BYTES) {
            errors.accept(DocumentError.error(f.name(), "read", "file too large (" + f.size() + " bytes; limit "
                    + InputReader.MAX_FILE_BYTES + ")"));
            return out.iterator();
        }
        byte[] bytes;
        try (InputStream in = open(f, conf)) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            errors.accept(DocumentError.error(f.name(), "read", "cannot read: " + e.getMessage()));
            return out.iterator();
        }
        int k = 0;
        for (RawDocument d : InputReader.documents(f.name(), bytes, errors)) {
            out.add(new Keyed(key(f.number(), k++), d));
        }
        return out.iterator();
    }

    /** One line of a JSON Lines file split by Spark ({@code lineIndex} from 0), or null. */
    static Keyed line(InputFile f, long lineIndex, String line, Consumer<DocumentError> errors) {
        RawDocument d = InputReader.jsonLine(f.name() + ":" + (lineIndex + 1), line, errors);
        return d == null ? null : new Keyed(key(f.number(), lineIndex), d);
    }

    static InputStream open(InputFile f, HadoopConf conf) throws IOException {
        Path p = new Path(f.uri());
        FileSystem fs = p.getFileSystem(conf.get());
        return fs.open(p);
    }

    /** WARC records read by a daemon thread into a bounded queue. */
    private static final class WarcStream implements Iterator<Keyed> {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(32);
        private Object next;
        private long ordinal;
        private final int file;

        WarcStream(InputFile f, HadoopConf conf, Consumer<DocumentError> errors) {
            this.file = f.number();
            // problems are met on the reader thread: hand them over too, so the task's thread counts them
            Thread t = new Thread(() -> {
                try {
                    InputStream in = open(f, conf);
                    InputReader.readWarc(in, f.name(), d -> put(d), e -> put(e));
                } catch (IOException | RuntimeException e) {
                    put(DocumentError.error(f.name(), "read", "cannot read: " + e.getMessage()));
                } finally {
                    put(END);
                }
            }, "newsfuse-warc-reader");
            t.setDaemon(true);
            t.start();
            this.errors = errors;
        }

        private final Consumer<DocumentError> errors;

        private void put(Object o) {
            try {
                queue.put(o);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                Object o;
                try {
                    o = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading WARC records", e);
                }
                if (o instanceof DocumentError e) {
                    errors.accept(e);
                } else {
                    next = o;
                }
            }
            return next != END;
        }

        @Override
        public Keyed next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawDocument d = (RawDocument) next;
            next = null;
            return new Keyed(key(file, ordinal++), d);
        }
    }
}
