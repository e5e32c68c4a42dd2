package org.newsfuse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.newsfuse.clean.html.CharsetSniffer;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Limits;

/**
 * Reads WARC and ARC files (gzipped or not, with jwarc): every HTML response or resource record
 * becomes a raw HTML document named {@code file@offset}, carrying its target URI and capture date.
 * A record that cannot be parsed ends the file with an error naming the file and the offset: the
 * records read before it are kept, and the other inputs go on.
 */
final class WarcInput {
    private WarcInput() {
    }


    static boolean isWarcName(String lower) {
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".arc")
                || lower.endsWith(".arc.gz");
    }

    static void read(Path path, String name, Limits limits, Consumer<RawDocument> docs, Consumer<DocumentError> errors) {
        if (unsupported(name, errors)) {
            return;
        }
        WarcReader reader;
        try {
            reader = new WarcReader(path);
        } catch (IOException | RuntimeException e) {
            errors.accept(DocumentError.error(name, "warc", "not a readable WARC/ARC file: " + message(e)));
            return;
        }
        read(reader, name, limits, docs, errors);
    }

    /** Reads a WARC/ARC stream (closed at the end). */
    static void read(InputStream in, String name, Limits limits, Consumer<RawDocument> docs,
            Consumer<DocumentError> errors) {
        WarcReader reader;
        try {
            if (unsupported(name, errors)) {
                in.close();
                return;
            }
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            errors.accept(DocumentError.error(name, "warc", "not a readable WARC/ARC file: " + message(e)));
            return;
        }
        read(reader, name, limits, docs, errors);
    }

    private static boolean unsupported(String name, Consumer<DocumentError> errors) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".lz4") || lower.endsWith(".zst") || lower.endsWith(".bz2")) {
            errors.accept(DocumentError.error(name, "warc", "compression not supported (use plain or gzipped WARC/ARC)"));
            return true;
        }
        return false;
    }

    private static void read(WarcReader opened, String name, Limits limits, Consumer<RawDocument> docs,
            Consumer<DocumentError> errors) {
        int found = 0;
        long position = 0;
        try (WarcReader reader = opened) {
            reader.onWarning(w -> errors.accept(DocumentError.warning(name, "warc", w)));
            while (true) {
                Optional<WarcRecord> next;
                try {
                    position = reader.position();
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    errors.accept(DocumentError.error(name, "warc", "unreadable record at byte " + position + ": "
                            + message(e) + (found > 0 ? " (the " + found + " pages before it were kept)" : "")));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                WarcRecord record = next.get();
                String where = name + "@" + record.position();
                try {
                    if (isBomb(record, limits)) {
                        errors.accept(DocumentError.error(where, "warc", "record of " + record.headers()
                                .first("Content-Length").orElse("?") + " bytes, over " + BOMB_FACTOR
                                + " times the limit per input (--max-bytes): a compression bomb; the rest of this file "
                                + "is not read" + (found > 0 ? " (the " + found + " pages before it were kept)" : "")));
                        return;
                    }
                    RawDocument d = document(record, where, limits, errors);
                    if (d != null) {
                        docs.accept(d);
                        found++;
                    }
                } catch (IOException | RuntimeException e) {
                    errors.accept(DocumentError.error(where, "warc", "cannot read the record's page: " + message(e)));
                }
            }
        } catch (IOException | RuntimeException e) {
            errors.accept(DocumentError.error(name, "warc", "not a readable WARC/ARC file: " + message(e)));
            return;
        }
        if (found == 0) {
            errors.accept(DocumentError.error(name, "warc", "no HTML page in this WARC/ARC file"));
        }
    }

    /** A record this many times over the size limit is a bomb: skipping it would mean inflating all of it. */
    static final int BOMB_FACTOR = 64;

    private static boolean isBomb(WarcRecord record, Limits limits) {
        long length;
        try {
            length = Long.parseLong(record.headers().first("Content-Length").orElse("0").strip());
        } catch (NumberFormatException e) {
            return false;
        }
        return length / BOMB_FACTOR > limits.maxBytes();
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }

    private static RawDocument document(WarcRecord record, String where, Limits limits, Consumer<DocumentError> errors)
            throws IOException {
        String target;
        MediaType type;
        InputStream body;
        String declared = null;
        if (record instanceof WarcResponse response) {
            target = response.target();
            MediaType ct = response.contentType();
            if (ct != null && ct.type().equals("application") && ct.subtype().equals("http")) {
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() >= 300) {
                    return null;
                }
                type = http.contentType();
                body = decoded(http);
            } else {
                Optional<WarcPayload> p = response.payload();
                if (p.isEmpty()) {
                    return null;
                }
                type = p.get().type();
                body = p.get().body().stream();
            }
        } else if (record instanceof WarcResource resource) {
            target = resource.target();
            type = resource.contentType();
            body = resource.body().stream();
        } else {
            return null;
        }
        if (type == null || !isHtml(type)) {
            return null;
        }
        declared = type.parameters().get("charset");
        BoundedRead.Result r = BoundedRead.read(body, limits.maxBytes());
        if (r.over()) {
            errors.accept(DocumentError.error(where, "warc", "page of more than " + Limits.bytes(limits.maxBytes())
                    + " (decoded), over the limit per input (--max-bytes); record skipped"));
            return null;
        }
        byte[] bytes = r.bytes();
        if (bytes.length == 0) {
            return null;
        }
        if (CharsetSniffer.looksBinary(bytes)) {
            errors.accept(DocumentError.error(where, "warc", "the record's page is binary data, not HTML; record skipped"));
            return null;
        }
        String text = TextSafety.text(CharsetSniffer.decode(bytes, declared)).value();
        Map<String, String> given = new LinkedHashMap<>();
        if (target != null && !target.isBlank()) {
            given.put("url", TextSafety.field(target.strip()).value());
        }
        try {
            if (record.date() != null) {
                given.put("crawled", record.date().toString());
            }
        } catch (RuntimeException e) {
            errors.accept(DocumentError.warning(where, "warc", "unreadable WARC-Date "
                    + record.headers().first("WARC-Date").orElse("") + "; capture date left out"));
        }
        return new RawDocument(where, SourceFormat.HTML, text, given);
    }

    /**
     * The HTTP body with its content encoding undone — when the bytes really are so encoded: some
     * crawls declare gzip for bodies they stored already decoded.
     */
    private static InputStream decoded(HttpResponse http) throws IOException {
        String encoding = http.headers().first("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        InputStream raw = new java.io.BufferedInputStream(http.body().stream());
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new java.util.zip.GZIPInputStream(raw);
            }
        } else if (encoding.equals("deflate")) {
            return new java.util.zip.InflaterInputStream(raw);
        }
        return raw;
    }

    private static boolean isHtml(MediaType t) {
        String base = (t.type() + "/" + t.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
