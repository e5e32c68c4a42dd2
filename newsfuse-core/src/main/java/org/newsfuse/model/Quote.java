package org.newsfuse.model;

/**
 * A statement attributed to someone in an article.
 *
 * @param speaker canonical name of the speaker, or null when unsure
 * @param text    the quoted words, verbatim
 * @param kind    direct, partial or indirect
 * @param article id of the article it appears in
 * @param group   id shared by every wording of the same statement across articles
 * @param start   offset of the quoted words in the article's clean text
 * @param end     offset after them
 */
public record Quote(String speaker, String text, Kind kind, String article, String group, int start, int end) implements java.io.Serializable {
    /** How the words are given. */
    public enum Kind { DIRECT, PARTIAL, INDIRECT }
}
