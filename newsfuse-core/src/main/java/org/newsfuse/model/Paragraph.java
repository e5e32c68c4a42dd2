package org.newsfuse.model;

/** A paragraph of an article's clean text: {@code [start, end)} character offsets. */
public record Paragraph(int index, int start, int end) implements java.io.Serializable {
    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
