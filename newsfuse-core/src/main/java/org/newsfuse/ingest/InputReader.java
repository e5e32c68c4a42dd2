package org.newsfuse.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.DocumentError;

/**
 * Reads command-line inputs into raw documents. A path may be a file, a folder (every
 * {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, WARC/ARC ({@code .warc}, {@code .warc.gz},
 * {@code .arc}, {@code .arc.gz}) and RSS/Atom ({@code .rss}, {@code .atom}, {@code .xml}) file below
 * it, in sorted order) or {@code -} for standard input. Plain text is one article per file; JSON Lines is one article per
 * line with a required {@code text} field and optional {@code title}, {@code url}, {@code outlet},
 * {@code published} and {@code byline}. Every problem goes to the error consumer, naming the input,
 * and reading goes on.
 */
public final class InputReader {
    /** Files larger than this are refused: no news article is this long. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Fields of a JSON line that become given metadata. */
    public static final List<String> JSONL_FIELDS = List.of("title", "url", "outlet", "published", "byline", "id");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final InputStream stdin;

    public InputReader() {
        this(System.in);
    }

    public InputReader(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Documents read from a list of inputs, and how many problems reading met. */
    public record Batch(List<RawDocument> documents, int errors) {
        public Batch {
            documents = List.copyOf(documents);
        }
    }

    /** Reads every input, printing each problem as one line on {@code err}. */
    public Batch readAndReport(List<String> inputs, java.io.PrintStream err) {
        int[] n = {0};
        List<RawDocument> docs = read(inputs, e -> {
            n[0]++;
            err.println(e.line());
        });
        return new Batch(docs, n[0]);
    }

    /** Reads every input, in order. */
    public List<RawDocument> read(List<String> inputs, Consumer<DocumentError> errors) {
        List<RawDocument> docs = new ArrayList<>();
        int[] stdinCount = {0};
        for (String in : inputs) {
            if (in.equals("-")) {
                readStdin(docs, errors, stdinCount);
            } else {
                readPath(Path.of(in), in, docs, errors);
            }
        }
        return docs;
    }

    private void readStdin(List<RawDocument> docs, Consumer<DocumentError> errors, int[] count) {
        byte[] bytes;
        try {
            bytes = stdin.readAllBytes();
        } catch (IOException e) {
            errors.accept(DocumentError.error("stdin", "read", "cannot read standard input: " + e.getMessage()));
            return;
        }
        decodeAndSplit("stdin", bytes, null, docs, errors, count);
    }

    private void readPath(Path path, String name, List<RawDocument> docs, Consumer<DocumentError> errors) {
        if (!Files.exists(path)) {
            errors.accept(DocumentError.error(name, "read", "no such file or folder"));
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(InputReader::isArticleFile).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                errors.accept(DocumentError.error(name, "read", "cannot list folder: " + e.getMessage()));
                return;
            }
            if (files.isEmpty()) {
                errors.accept(DocumentError.error(name, "read", "folder holds no .txt, .html or .jsonl file"));
            }
            for (Path f : files) {
                readFile(f, f.toString(), docs, errors);
            }
            return;
        }
        readFile(path, name, docs, errors);
    }

    /** Whether a folder walk reads this file (by its extension). */
    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl")
                || n.endsWith(".ndjson") || WarcInput.isWarcName(n) || FeedInput.isFeedName(n);
    }

    /** Whether a file of this name is read as WARC/ARC (by {@link #readWarc}). */
    public static boolean isWarc(String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        return WarcInput.isWarcName(lowerName) || lowerName.matches(".*\\.w?arc(\\.gz)?\\.(lz4|zst|bz2)$");
    }

    private void readFile(Path path, String name, List<RawDocument> docs, Consumer<DocumentError> errors) {
        if (isWarc(name)) {
            if (!Files.isReadable(path)) {
                errors.accept(DocumentError.error(name, "read", "permission denied"));
                return;
            }
            WarcInput.read(path, name, docs::add, errors);
            return;
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                errors.accept(DocumentError.error(name, "read", "file too large (" + size + " bytes; limit "
                        + MAX_FILE_BYTES + ")"));
                return;
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            errors.accept(DocumentError.error(name, "read", "no such file"));
            return;
        } catch (AccessDeniedException e) {
            errors.accept(DocumentError.error(name, "read", "permission denied"));
            return;
        } catch (IOException e) {
            errors.accept(DocumentError.error(name, "read", "cannot read: " + e.getMessage()));
            return;
        }
        documents(name, bytes, docs, errors);
    }

    /**
     * The documents of one file's bytes, read as {@link #read} reads a file of that name (by its
     * extension, else by sniffing): for callers that fetch the bytes themselves (a Hadoop file
     * system in the Spark job). WARC/ARC files go through {@link #readWarc}.
     */
    public static List<RawDocument> documents(String name, byte[] bytes, Consumer<DocumentError> errors) {
        List<RawDocument> docs = new ArrayList<>();
        new InputReader(InputStream.nullInputStream()).documents(name, bytes, docs, errors);
        return docs;
    }

    /**
     * Streams the records of one WARC/ARC file (gzipped or not) as {@link #read} does for a file,
     * each HTML page to {@code docs} as soon as it is read; for callers that open the stream
     * themselves. Closes {@code in}.
     */
    public static void readWarc(InputStream in, String name, Consumer<RawDocument> docs, Consumer<DocumentError> errors) {
        WarcInput.read(in, name, docs, errors);
    }

    private void documents(String name, byte[] bytes, List<RawDocument> docs, Consumer<DocumentError> errors) {
        String lower = name.toLowerCase(Locale.ROOT);
        SourceFormat byExt = lower.endsWith(".html") || lower.endsWith(".htm") ? SourceFormat.HTML
                : lower.endsWith(".txt") ? SourceFormat.TEXT : null;
        boolean jsonl = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        if (jsonl) {
            Decoding.Decoded d = decodeOrReport(name, bytes, errors);
            if (d != null) {
                readJsonLines(name, d.text(), docs, errors, false, null);
            }
            return;
        }
        if (bytes.length > 4 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            errors.accept(DocumentError.error(name, "read", "gzip-compressed file; only WARC/ARC files (.warc.gz, .arc.gz) are read compressed"));
            return;
        }
        if (FeedInput.isFeedName(lower)) {
            Decoding.Decoded d = decodeOrReport(name, bytes, errors);
            if (d != null) {
                FeedInput.read(name, d.text(), docs, errors);
            }
            return;
        }
        decodeAndSplit(name, bytes, byExt, docs, errors, null);
    }

    private static Decoding.Decoded decodeOrReport(String name, byte[] bytes, Consumer<DocumentError> errors) {
        try {
            Decoding.Decoded d = Decoding.decode(bytes);
            if (d.warning() != null) {
                errors.accept(DocumentError.warning(name, "read", d.warning()));
            }
            if (d.text().isBlank()) {
                errors.accept(DocumentError.error(name, "read", bytes.length == 0 ? "empty file" : "file holds only white space"));
                return null;
            }
            return d;
        } catch (Decoding.NotTextException e) {
            errors.accept(DocumentError.error(name, "read", e.getMessage()));
            return null;
        }
    }

    /** Decodes one file's or stdin's bytes and turns them into documents by sniffing the format. */
    private void decodeAndSplit(String name, byte[] bytes, SourceFormat known, List<RawDocument> docs,
            Consumer<DocumentError> errors, int[] stdinCount) {
        Decoding.Decoded d = decodeOrReport(name, bytes, errors);
        if (d == null) {
            return;
        }
        String text = d.text();
        SourceFormat format = known;
        if (format == null) {
            if (looksLikeJsonLines(text)) {
                readJsonLines(name, text, docs, errors, stdinCount != null, stdinCount);
                return;
            }
            if (FeedInput.looksLikeFeed(text)) {
                FeedInput.read(name, text, docs, errors);
                return;
            }
            format = looksLikeHtml(text) ? SourceFormat.HTML : SourceFormat.TEXT;
        }
        String input = name;
        if (stdinCount != null) {
            stdinCount[0]++;
            input = "stdin:" + stdinCount[0];
        }
        docs.add(new RawDocument(input, format, text, Map.of()));
    }

    static boolean looksLikeJsonLines(String text) {
        int checked = 0;
        for (String line : text.split("\n", 50)) {
            String t = line.strip();
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
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body")
                || head.startsWith("<!--") && head.contains("<html");
    }

    private void readJsonLines(String name, String text, List<RawDocument> docs, Consumer<DocumentError> errors,
            boolean fromStdin, int[] stdinCount) {
        String[] lines = text.split("\r?\n", -1);
        int good = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = fromStdin ? "stdin:" + (i + 1) : name + ":" + (i + 1);
            RawDocument d = jsonLine(where, line, errors);
            if (d != null) {
                docs.add(d);
                good++;
            }
        }
        if (good == 0 && !fromStdin) {
            errors.accept(DocumentError.error(name, "jsonl", "no article in this JSON Lines file"));
        }
    }

    /**
     * One line of a JSON Lines file as a document named {@code where} ({@code file.jsonl:LINE}), or
     * null when the line is blank or bad (the problem goes to {@code errors}): for callers that
     * split JSON Lines files themselves (the Spark job).
     */
    public static RawDocument jsonLine(String where, String line, Consumer<DocumentError> errors) {
        line = line.strip();
        if (line.isEmpty()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            errors.accept(DocumentError.error(where, "jsonl", "malformed JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            errors.accept(DocumentError.error(where, "jsonl", "not a JSON object"));
            return null;
        }
        JsonNode body = node.get("text");
        SourceFormat format = SourceFormat.TEXT;
        if ((body == null || body.isNull()) && node.hasNonNull("html")) {
            body = node.get("html");
            format = SourceFormat.HTML;
        }
        if (body == null || body.isNull()) {
            errors.accept(DocumentError.error(where, "jsonl", "no \"text\" field"));
            return null;
        }
        if (!body.isTextual()) {
            errors.accept(DocumentError.error(where, "jsonl", "\"text\" is not a string"));
            return null;
        }
        if (body.asText().isBlank()) {
            errors.accept(DocumentError.error(where, "jsonl", "\"text\" is empty"));
            return null;
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (JSONL_FIELDS.contains(f.getKey()) && f.getValue().isValueNode() && !f.getValue().isNull()) {
                given.put(f.getKey(), f.getValue().asText());
            }
        }
        return new RawDocument(where, format, body.asText(), given);
    }
}
