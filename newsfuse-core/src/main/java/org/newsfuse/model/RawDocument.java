package org.newsfuse.model;

import java.util.Map;
import java.util.Objects;

/**
 * One document as an input gave it, before any cleaning.
 *
 * @param input  where it came from: a file name, {@code file.jsonl:LINE}, or {@code stdin:N}
 * @param format how to read {@code content}
 * @param content the document's text (scraped text or HTML markup)
 * @param given  metadata the input itself supplied (JSON Lines fields such as {@code title},
 *               {@code url}, {@code outlet}, {@code published}, {@code byline}); never guessed
 */
public record RawDocument(String input, SourceFormat format, String content, Map<String, String> given) implements java.io.Serializable {
    public RawDocument {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        given = given == null ? Map.of() : Map.copyOf(given);
    }

    /** A given metadata value, or null when the input did not supply it (or supplied a blank). */
    public String given(String key) {
        String v = given.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
