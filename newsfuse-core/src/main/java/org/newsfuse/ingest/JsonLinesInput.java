package org.newsfuse.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Limits;

/**
 * Reads JSON Lines as a stream, one line at a time: a line is one article ({@code text} required;
 * {@code title}, {@code url}, {@code outlet}, {@code published}, {@code byline}, {@code id} optional;
 * {@code html} instead of {@code text} for a page). Each problem is confined to its line, named
 * {@code file:LINE}: a line longer than the size limit (skipped unread), NUL or control bytes,
 * bytes that are not UTF-8 (read as windows-1252 with a warning), malformed JSON (including NaN,
 * Infinity, absurd nesting), a value of the wrong type. A lone UTF-16 surrogate in a string becomes
 * U+FFFD and control characters are dropped, with a warning.
 */
final class JsonLinesInput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private JsonLinesInput() {
    }

    /**
     * Reads every line of {@code in}.
     *
     * @param stdinCount non-null for standard input: lines are then named {@code stdin:N}
     */
    static void read(String name, InputStream in, Limits limits, List<RawDocument> docs,
            Consumer<DocumentError> errors, int[] stdinCount) throws IOException {
        if (in.markSupported()) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            if (binary(head)) {
                errors.accept(DocumentError.error(name, "jsonl", "binary file (most lines hold NUL or control bytes), "
                        + "not JSON Lines"));
                return;
            }
        }
        BoundedRead.Lines lines = new BoundedRead.Lines(in, limits.maxBytes());
        int good = 0;
        int number = 0;
        int[] bad = {0};
        Consumer<DocumentError> own = errors;
        errors = e -> {
            if (e.fatal() && ++bad[0] > MAX_LINE_ERRORS) {
                return;
            }
            own.accept(e);
        };
        BoundedRead.Line line;
        while ((line = lines.next()) != null) {
            number++;
            String where = stdinCount != null ? "stdin:" + number : name + ":" + number;
            if (line.over()) {
                errors.accept(DocumentError.error(where, "jsonl", "line of " + line.length() + " bytes, over the "
                        + Limits.bytes(limits.maxBytes()) + " limit (--max-bytes); line skipped"));
                continue;
            }
            byte[] bytes = line.bytes();
            int from = number == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                    && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
            int control = firstControl(bytes, from);
            if (control >= 0) {
                errors.accept(DocumentError.error(where, "jsonl", (bytes[control] == 0 ? "NUL byte" : "control byte 0x"
                        + String.format("%02x", bytes[control] & 0xff)) + " at column " + (control - from + 1)
                        + " (binary data, not JSON); line skipped"));
                continue;
            }
            String text = decode(bytes, from, where, errors);
            if (text.isBlank()) {
                continue;
            }
            RawDocument d = document(where, text.strip(), errors);
            if (d != null) {
                docs.add(d);
                good++;
            }
        }
        if (bad[0] > MAX_LINE_ERRORS) {
            own.accept(DocumentError.error(name, "jsonl", (bad[0] - MAX_LINE_ERRORS) + " more bad lines after the first "
                    + MAX_LINE_ERRORS + " (not listed)"));
        }
        if (good == 0 && stdinCount == null) {
            own.accept(DocumentError.error(name, "jsonl", number == 0 ? "empty file" : "no article in this JSON Lines file"));
        }
    }

    /** Bad lines of one file reported one by one; the rest are counted in one line. */
    static final int MAX_LINE_ERRORS = 50;
    private static final int HEAD = 64 * 1024;

    /** Whether the start of a file is binary data: many control bytes, on most of its lines. */
    static boolean binary(byte[] head) {
        int control = 0;
        int lines = 0;
        int badLines = 0;
        boolean lineBad = false;
        for (byte x : head) {
            int c = x & 0xff;
            if (c == '\n') {
                lines++;
                badLines += lineBad ? 1 : 0;
                lineBad = false;
            } else if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7f) {
                control++;
                lineBad = true;
            }
        }
        if (lineBad) {
            lines++;
            badLines++;
        }
        return control > Math.max(8, head.length / 50) && badLines * 2 > lines;
    }

    /** Index of the first byte that cannot be in a JSON line (a C0 control other than tab, or DEL), or -1. */
    private static int firstControl(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(byte[] bytes, int from, String where, Consumer<DocumentError> errors) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            errors.accept(DocumentError.warning(where, "jsonl", "not valid UTF-8; line read as windows-1252"));
            return new String(bytes, from, bytes.length - from, WINDOWS_1252);
        }
    }

    /** One JSON line as a raw document, or null (with an error) when it is not an article. */
    static RawDocument document(String where, String line, Consumer<DocumentError> errors) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            errors.accept(DocumentError.error(where, "jsonl", "malformed JSON: "
                    + (m == null ? e.getClass().getSimpleName() : m.length() > 300 ? m.substring(0, 300) + "…" : m)));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            errors.accept(DocumentError.error(where, "jsonl", "malformed JSON: " + e.getClass().getSimpleName()));
            return null;
        }
        if (node == null || !node.isObject()) {
            errors.accept(DocumentError.error(where, "jsonl", "not a JSON object"));
            return null;
        }
        JsonNode body = node.get("text");
        String field = "text";
        SourceFormat format = SourceFormat.TEXT;
        if ((body == null || body.isNull()) && node.hasNonNull("html")) {
            body = node.get("html");
            field = "html";
            format = SourceFormat.HTML;
        }
        if (body == null || body.isNull()) {
            errors.accept(DocumentError.error(where, "jsonl", "no \"text\" field"));
            return null;
        }
        if (!body.isTextual()) {
            errors.accept(DocumentError.error(where, "jsonl", "\"" + field + "\" is " + kind(body) + ", not a string"));
            return null;
        }
        TextSafety.Cleaned content = TextSafety.text(body.asText());
        if (content.changed()) {
            errors.accept(DocumentError.warning(where, "jsonl", "\"" + field + "\": " + content.what()));
        }
        if (content.value().isBlank()) {
            errors.accept(DocumentError.error(where, "jsonl", "\"" + field + "\" is empty"));
            return null;
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            JsonNode v = f.getValue();
            if (!InputReader.JSONL_FIELDS.contains(key) || v.isNull()) {
                continue;
            }
            if (!v.isTextual() && !(key.equals("id") && v.isIntegralNumber())) {
                errors.accept(DocumentError.warning(where, "jsonl", "\"" + key + "\" is " + kind(v)
                        + ", not a string; ignored"));
                continue;
            }
            TextSafety.Cleaned c = TextSafety.field(v.asText());
            if (c.changed()) {
                errors.accept(DocumentError.warning(where, "jsonl", "\"" + key + "\": " + c.what()));
            }
            given.put(key, c.value());
        }
        return new RawDocument(where, format, content.value(), given);
    }

    private static String kind(JsonNode n) {
        return n.isNumber() ? "a number" : n.isBoolean() ? "a boolean" : n.isArray() ? "an array"
                : n.isObject() ? "an object" : n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
