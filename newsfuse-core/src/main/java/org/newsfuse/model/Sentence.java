package org.newsfuse.model;

import java.util.List;

/**
 * A sentence of an article's clean text.
 *
 * @param index     its position among the article's sentences (0-based)
 * @param paragraph the index of the paragraph it lies in
 * @param start     offset of its first character in the clean text
 * @param end       offset after its last character
 * @param tokens    its tokens, in order
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) implements java.io.Serializable {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String articleText) {
        return articleText.substring(start, end);
    }

    /** Number of word tokens (punctuation excluded). */
    public int wordCount() {
        int n = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                n++;
            }
        }
        return n;
    }
}
