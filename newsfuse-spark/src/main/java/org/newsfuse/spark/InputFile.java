package org.newsfuse.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.pipeline.DocumentError;

/**
 * One input file of the job.
 *
 * @param number its place among all input files (inputs in the order given, a folder's files in
 *               sorted order, as {@code newsfuse run} reads them): the high half of its articles' keys
 * @param name   how errors and {@code articles[].input} name it: the input as given, plus the
 *               path below it for a folder's files
 * @param uri    the fully qualified Hadoop path
 * @param size   bytes
 */
record InputFile(int number, String name, String uri, long size) implements Serializable {
    /**
     * JSON Lines files larger than this are split by line over several tasks: a file over the limit
     * of one input is read line by line, each line one input, as {@code newsfuse run} reads it (a
     * whole-file read would refuse it).
     */
    static final long SPLIT_JSONL_BYTES = InputReader.MAX_FILE_BYTES;

    /** A JSON Lines file big enough to be read line by line over several tasks. */
    boolean splitByLine() {
        return kind() == Kind.JSONL && size > SPLIT_JSONL_BYTES;
    }

    enum Kind { WARC, JSONL, WHOLE }

    Kind kind() {
        if (InputReader.isWarc(name)) {
            return Kind.WARC;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? Kind.JSONL : Kind.WHOLE;
    }

    /** The files below the inputs, numbered; each input that cannot be read goes to {@code errors}. */
    static List<InputFile> expand(List<String> inputs, Configuration conf, Consumer<DocumentError> errors) {
        List<InputFile> out = new ArrayList<>();
        for (String in : inputs) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
            try {
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) {
                    errors.accept(DocumentError.error(in, "read", "no such file or folder"));
                    continue;
                }
                FileStatus st = fs.getFileStatus(p);
                if (!st.isDirectory()) {
                    out.add(new InputFile(out.size(), in, st.getPath().toString(), st.getLen()));
                    continue;
                }
                String base = st.getPath().toUri().getPath();
                String prefix = in.endsWith("/") ? in.substring(0, in.length() - 1) : in;
                List<InputFile> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String rel = f.getPath().toUri().getPath().substring(base.length());
                    String name = prefix + (rel.startsWith("/") ? rel : "/" + rel);
                    if (f.isFile() && InputReader.isArticleFile(Path.of(f.getPath().getName()))) {
                        found.add(new InputFile(0, name, f.getPath().toString(), f.getLen()));
                    }
                }
                if (found.isEmpty()) {
                    errors.accept(DocumentError.error(in, "read", "folder holds no .txt, .html or .jsonl file"));
                }
                found.sort(Comparator.comparing(InputFile::name));
                for (InputFile f : found) {
                    out.add(new InputFile(out.size(), f.name(), f.uri(), f.size()));
                }
            } catch (IOException | RuntimeException e) {
                errors.accept(DocumentError.error(in, "read", "cannot list: " + e.getMessage()));
            }
        }
        return out;
    }
}
