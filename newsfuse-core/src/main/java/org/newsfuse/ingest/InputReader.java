package org.newsfuse.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Limits;

/**
 * Reads command-line inputs into raw documents. A path may be a file, a folder (every
 * {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, WARC/ARC ({@code .warc}, {@code .warc.gz},
 * {@code .arc}, {@code .arc.gz}) and RSS/Atom ({@code .rss}, {@code .atom}, {@code .xml}) file below
 * it, in sorted order) or {@code -} for standard input. Plain text is one article per file; JSON Lines is one article per
 * line with a required {@code text} field and optional {@code title}, {@code url}, {@code outlet},
 * {@code published} and {@code byline}. Every problem goes to the error consumer, naming the input,
 * and reading goes on.
 * <p>
 * Every input is read as a stream with a ceiling ({@link Limits#maxBytes()}; per line for JSON
 * Lines, per record for WARC): a larger input is refused without being held in memory. In a folder,
 * symbolic links are not followed out of it, and dangling or looping links, FIFOs, sockets and
 * devices are reported, not read.
 */
public final class InputReader {
    /** The default ceiling on the bytes read from one input (see {@link Limits#maxBytes()}). */
    public static final long MAX_FILE_BYTES = Limits.DEFAULT_MAX_BYTES;
    /** Fields of a JSON line that become given metadata. */
    public static final List<String> JSONL_FIELDS = List.of("title", "url", "outlet", "published", "byline", "id");

    private static final int HEAD = 64 * 1024;

    private final InputStream stdin;
    private final Limits limits;

    public InputReader() {
        this(System.in);
    }

    public InputReader(InputStream stdin) {
        this(stdin, Limits.defaults());
    }

    public InputReader(InputStream stdin, Limits limits) {
        this.stdin = stdin;
        this.limits = limits;
    }

    /** Documents read from a list of inputs, and how many problems reading met. */
    public record Batch(List<RawDocument> documents, int errors) {
        public Batch {
            documents = List.copyOf(documents);
        }
    }

    /** Reads every input, printing each problem as one line on {@code err}. */
    public Batch readAndReport(List<String> inputs, java.io.PrintStream err) {
        return readAndReport(inputs, err, true);
    }

    /** Reads every input, printing each problem as one line on {@code err} (warnings only when {@code warnings}). */
    public Batch readAndReport(List<String> inputs, java.io.PrintStream err, boolean warnings) {
        int[] n = {0};
        List<RawDocument> docs = read(inputs, e -> {
            n[0]++;
            if (e.fatal() || warnings) {
                err.println(e.line());
            }
        });
        return new Batch(docs, n[0]);
    }

    /** Reads every input, in order. */
    public List<RawDocument> read(List<String> inputs, Consumer<DocumentError> errors) {
        List<RawDocument> docs = new ArrayList<>();
        read(inputs, errors, docs::add);
        return docs;
    }

    /**
     * Reads every input, in order, handing each document to {@code sink} as soon as it is read and
     * keeping none: a run over many files holds one file's content at a time, not all of them.
     */
    public void read(List<String> inputs, Consumer<DocumentError> errors, Consumer<RawDocument> sink) {
        List<RawDocument> docs = new java.util.AbstractList<>() {
            @Override
            public boolean add(RawDocument d) {
                sink.accept(d);
                return true;
            }

            @Override
            public RawDocument get(int index) {
                throw new UnsupportedOperationException("documents are handed on, not kept");
            }

            @Override
            public int size() {
                return 0;
            }
        };
        int[] stdinCount = {0};
        for (String in : inputs) {
            if (in.equals("-")) {
                readStdin(docs, errors, stdinCount);
            } else if (in.isEmpty()) {
                errors.accept(DocumentError.error("''", "read", "an empty file name"));
            } else {
                readPath(Path.of(in), in, docs, errors);
            }
        }
    }

    private void readStdin(List<RawDocument> docs, Consumer<DocumentError> errors, int[] count) {
        try {
            readStream("stdin", new BufferedInputStream(stdin, HEAD), Kind.UNKNOWN, docs, errors, count);
        } catch (IOException e) {
            errors.accept(DocumentError.error("stdin", "read", "cannot read standard input: " + e.getMessage()));
        }
    }

    private void readPath(Path path, String name, List<RawDocument> docs, Consumer<DocumentError> errors) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            errors.accept(DocumentError.error(name, "read", "no such file or folder"));
            return;
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            errors.accept(DocumentError.error(name, "read", brokenLink(path)));
            return;
        }
        if (Files.isDirectory(path)) {
            readFolder(path, name, docs, errors);
            return;
        }
        readFile(path, name, docs, errors);
    }

    /** Why a symbolic link leads nowhere: it dangles, or it loops. */
    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "symbolic link cannot be followed";
        } catch (NoSuchFileException e) {
            String target = "";
            try {
                target = " (to " + Files.readSymbolicLink(link) + ")";
            } catch (IOException | UnsupportedOperationException ignored) {
                // the target stays unnamed
            }
            return "dangling symbolic link" + target + "; skipped";
        } catch (FileSystemException e) {
            String r = e.getReason() == null ? "" : e.getReason();
            return r.toLowerCase(Locale.ROOT).contains("levels") ? "symbolic link loop; skipped"
                    : "symbolic link cannot be followed: " + r;
        } catch (IOException e) {
            return "symbolic link cannot be followed: " + e.getMessage();
        }
    }

    /**
     * Every article file below {@code root}, in sorted order, with the entries that cannot be read
     * reported in that order: links that dangle or loop, links that lead out of the folder (not
     * followed), FIFOs, sockets and devices, sub-folders that cannot be listed.
     */
    private void readFolder(Path root, String name, List<RawDocument> docs, Consumer<DocumentError> errors) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            errors.accept(DocumentError.error(name, "read", "cannot list folder: " + e.getMessage()));
            return;
        }
        // path → a file to read (null message) or the problem to report
        TreeMap<Path, String> entries = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        link(file);
                    } else if (attrs.isRegularFile()) {
                        if (isArticleFile(file)) {
                            entries.put(file, null);
                        }
                    } else if (attrs.isOther()) {
                        entries.put(file, "not a regular file (a FIFO, socket or device); skipped");
                    }
                    return FileVisitResult.CONTINUE;
                }

                private void link(Path file) {
                    if (!Files.exists(file)) {
                        entries.put(file, brokenLink(file));
                        return;
                    }
                    Path target;
                    try {
                        target = file.toRealPath();
                    } catch (IOException e) {
                        entries.put(file, brokenLink(file));
                        return;
                    }
                    if (!target.startsWith(realRoot)) {
                        entries.put(file, "symbolic link to " + target + ", outside the folder; not followed");
                    } else if (Files.isDirectory(target)) {
                        entries.put(file, "symbolic link to a folder inside the folder; not followed (its files are read there)");
                    } else if (Files.isRegularFile(target)) {
                        if (isArticleFile(file) || isArticleFile(target)) {
                            entries.put(file, null);
                        }
                    } else {
                        entries.put(file, "symbolic link to something that is not a regular file; skipped");
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    entries.put(file, e instanceof AccessDeniedException ? "permission denied; skipped"
                            : "cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            errors.accept(DocumentError.error(name, "read", "cannot list folder: " + e.getMessage()));
            return;
        }
        if (entries.isEmpty()) {
            errors.accept(DocumentError.error(name, "read", "folder holds no article file (.txt, .html, .jsonl, "
                    + "WARC/ARC, RSS/Atom)"));
        }
        for (Map.Entry<Path, String> e : entries.entrySet()) {
            if (e.getValue() == null) {
                readFile(e.getKey(), e.getKey().toString(), docs, errors);
            } else {
                errors.accept(DocumentError.error(e.getKey().toString(), "read", e.getValue()));
            }
        }
    }

    /** Whether a folder walk reads this file (by its extension). */
    public static boolean isArticleFile(Path p) {
        Path f = p.getFileName();
        if (f == null) {
            return false;
        }
        String n = f.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl")
                || n.endsWith(".ndjson") || WarcInput.isWarcName(n) || FeedInput.isFeedName(n);
    }

    private enum Kind { TEXT, HTML, JSONL, FEED, UNKNOWN }

    /** Whether a file of this name is read as WARC/ARC (by {@link #readWarc}). */
    public static boolean isWarc(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return WarcInput.isWarcName(lower) || lower.matches(".*\\.w?arc(\\.gz)?\\.(lz4|zst|bz2)$");
    }

    private static Kind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") ? Kind.HTML
                : lower.endsWith(".txt") ? Kind.TEXT
                : lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? Kind.JSONL
                : FeedInput.isFeedName(lower) ? Kind.FEED : Kind.UNKNOWN;
    }

    /**
     * The documents of one file's bytes, read as {@link #read} reads a file of that name (by its
     * extension, else by sniffing), under the default limits: for callers that fetch the bytes
     * themselves (a Hadoop file system in the Spark job). WARC/ARC files go through {@link #readWarc}.
     */
    public static List<RawDocument> documents(String name, byte[] bytes, Consumer<DocumentError> errors) {
        List<RawDocument> docs = new ArrayList<>();
        try {
            new InputReader(InputStream.nullInputStream()).readStream(name, new java.io.ByteArrayInputStream(bytes),
                    kindOf(name), docs, errors, null);
        } catch (IOException e) {
            errors.accept(DocumentError.error(name, "read", "cannot read: " + e.getMessage()));
        }
        return docs;
    }

    /**
     * One line of a JSON Lines file as a document named {@code where} ({@code file.jsonl:LINE}), or
     * null when the line is blank or bad (the problem goes to {@code errors}): for callers that
     * split JSON Lines files themselves (the Spark job).
     */
    public static RawDocument jsonLine(String where, String line, Consumer<DocumentError> errors) {
        return line == null || line.isBlank() ? null : JsonLinesInput.document(where, line.strip(), errors);
    }

    /**
     * Streams the records of one WARC/ARC file (gzipped or not) as {@link #read} does for a file,
     * each HTML page to {@code docs} as soon as it is read, under the default limits; for callers
     * that open the stream themselves. Closes {@code in}.
     */
    public static void readWarc(InputStream in, String name, Consumer<RawDocument> docs, Consumer<DocumentError> errors) {
        WarcInput.read(in, name, Limits.defaults(), docs, errors);
    }

    private void readFile(Path path, String name, List<RawDocument> docs, Consumer<DocumentError> errors) {
        if (isWarc(name)) {
            if (!Files.isReadable(path)) {
                errors.accept(DocumentError.error(name, "read", "permission denied"));
                return;
            }
            WarcInput.read(path, name, limits, docs::add, errors);
            return;
        }
        Kind kind = kindOf(name);
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isRegularFile() && kind != Kind.JSONL && attrs.size() > limits.maxBytes()) {
                errors.accept(DocumentError.error(name, "read", "file of " + attrs.size() + " bytes, over the "
                        + Limits.bytes(limits.maxBytes()) + " limit per input (--max-bytes); skipped"));
                return;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path), HEAD)) {
                readStream(name, in, kind, docs, errors, null);
            }
        } catch (NoSuchFileException e) {
            errors.accept(DocumentError.error(name, "read", "no such file"));
        } catch (AccessDeniedException e) {
            errors.accept(DocumentError.error(name, "read", "permission denied"));
        } catch (IOException e) {
            String m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            errors.accept(DocumentError.error(name, "read", "cannot read: " + m));
        }
    }

    /**
     * Reads one input from a stream that supports mark/reset: sniffs its format from its first bytes
     * when the name does not tell, streams JSON Lines line by line, and reads any other format up to
     * the ceiling.
     */
    private void readStream(String name, InputStream in, Kind kind, List<RawDocument> docs,
            Consumer<DocumentError> errors, int[] stdinCount) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        if (head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            errors.accept(DocumentError.error(name, "read",
                    "gzip-compressed; only WARC/ARC files (.warc.gz, .arc.gz) are read compressed"));
            return;
        }
        if (kind == Kind.UNKNOWN) {
            String text = Decoding.utf16ByBom(head) != null ? new String(head, Decoding.utf16ByBom(head))
                    : new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            kind = looksLikeJsonLines(text) ? Kind.JSONL : FeedInput.looksLikeFeed(text) ? Kind.FEED
                    : looksLikeHtml(text) ? Kind.HTML : Kind.TEXT;
        }
        if (kind == Kind.JSONL) {
            JsonLinesInput.read(name, in, limits, docs, errors, stdinCount);
            return;
        }
        try {
            // refuse binary data from its first bytes, before reading the rest (/dev/zero never ends)
            if (kind == Kind.HTML) {
                if (org.newsfuse.clean.html.CharsetSniffer.looksBinary(head)) {
                    throw new Decoding.NotTextException("binary file (many control bytes), not an HTML page");
                }
            } else {
                Decoding.checkText(head);
            }
        } catch (Decoding.NotTextException e) {
            errors.accept(DocumentError.error(name, "read", e.getMessage()));
            return;
        }
        BoundedRead.Result r = BoundedRead.read(in, limits.maxBytes());
        if (r.over()) {
            errors.accept(DocumentError.error(name, "read", "more than " + Limits.bytes(limits.maxBytes())
                    + ", over the limit per input (--max-bytes); skipped"));
            return;
        }
        byte[] bytes = r.bytes();
        Decoding.Decoded d;
        try {
            d = kind == Kind.HTML ? Decoding.decodeHtml(bytes) : Decoding.decode(bytes);
        } catch (Decoding.NotTextException e) {
            errors.accept(DocumentError.error(name, "read", e.getMessage()));
            return;
        }
        if (d.warning() != null) {
            errors.accept(DocumentError.warning(name, "read", d.warning()));
        }
        if (d.text().isBlank()) {
            errors.accept(DocumentError.error(name, "read", bytes.length == 0 ? "empty file" : "file holds only white space"));
            return;
        }
        if (kind == Kind.FEED) {
            FeedInput.read(name, d.text(), docs, errors);
            return;
        }
        String input = name;
        if (stdinCount != null) {
            stdinCount[0]++;
            input = "stdin:" + stdinCount[0];
        }
        TextSafety.Cleaned c = TextSafety.text(d.text());
        if (c.changed()) {
            errors.accept(DocumentError.warning(input, "read", c.what()));
        }
        docs.add(new RawDocument(input, kind == Kind.HTML ? SourceFormat.HTML : SourceFormat.TEXT, c.value(), Map.of()));
    }

    static boolean looksLikeJsonLines(String text) {
        int checked = 0;
        for (String line : text.split("\n", 50)) {
            String t = line.strip();
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1);
            }
            if (t.isEmpty()) {
                continue;
            }
            if (!t.startsWith("{")) {
                return false;
            }
            checked++;
            if (checked >= 3) {
                break;
            }
        }
        return checked > 0;
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\uFEFF") || head.startsWith("ï»¿")) {
            head = head.substring(head.charAt(0) == '\uFEFF' ? 1 : 3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body")
                || head.startsWith("<!--") && head.contains("<html");
    }
}
