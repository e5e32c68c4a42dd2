package org.newsfuse.eval.duc;

import java.util.List;

/**
 * One source article of a DUC cluster, with its hard-wrapped lines joined back into paragraphs.
 *
 * @param id         the file name without extension, e.g. {@code D3}
 * @param paragraphs the paragraphs, each one line of single-spaced text
 */
public record DucDocument(String id, List<String> paragraphs) {

    public DucDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
