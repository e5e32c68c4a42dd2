package org.newsfuse.model;

/**
 * A token of the clean text.
 *
 * @param start offset of its first character in the article's clean text
 * @param end   offset after its last character
 * @param text  the token as written
 * @param pos   its part-of-speech tag (Universal Dependencies tag set), or null before tagging
 * @param stem  its lower-cased stem, for matching across wordings
 */
public record Token(int start, int end, String text, String pos, String stem) implements java.io.Serializable {
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
