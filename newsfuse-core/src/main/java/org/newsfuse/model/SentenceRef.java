package org.newsfuse.model;

/** Points at one sentence of one article: its id, its index, and its offsets in the clean text. */
public record SentenceRef(String article, int sentence, int start, int end) implements java.io.Serializable {
}
