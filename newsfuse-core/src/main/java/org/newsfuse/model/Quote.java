package org.newsfuse.model;

import java.util.List;

/**
 * A statement attributed to someone in an article.
 *
 * @param speaker     canonical name of the speaker (a person's full name, an organisation, a group or role such
 *                    as "justice officials", a document such as "the report"), or null when unsure
 * @param text        the quoted words, verbatim; a quote interrupted by its attribution ("X," she said, "Y.")
 *                    gives its parts joined by a space
 * @param kind        direct, partial or indirect
 * @param article     id of the article it appears in
 * @param group       id shared by every wording of the same statement across articles
 * @param start       offset of the quoted words in the article's clean text (of the first part)
 * @param end         offset after them (after the last part)
 * @param speakerType what the speaker is; {@link SpeakerType#UNKNOWN} when there is no speaker
 * @param source      the source mention as the article words it ("he", "Green party leader Elizabeth May"), or null
 * @param parts       the quoted words' spans in the clean text, in order: one, or more when the attribution
 *                    interrupts the quote
 */
public record Quote(String speaker, String text, Kind kind, String article, String group, int start, int end,
        SpeakerType speakerType, Mention source, List<Part> parts) implements java.io.Serializable {
    public Quote {
        speakerType = speakerType == null ? SpeakerType.UNKNOWN : speakerType;
        parts = parts == null || parts.isEmpty() ? List.of(new Part(start, end)) : List.copyOf(parts);
    }

    /** A quote with one part and no source mention. */
    public Quote(String speaker, String text, Kind kind, String article, String group, int start, int end) {
        this(speaker, text, kind, article, group, start, end, null, null, null);
    }

    /** The same quote in another group. */
    public Quote withGroup(String id) {
        return new Quote(speaker, text, kind, article, id, start, end, speakerType, source, parts);
    }

    /** How the words are given. */
    public enum Kind { DIRECT, PARTIAL, INDIRECT }

    /** What a speaker is. */
    public enum SpeakerType { PERSON, ORGANISATION, GROUP, DOCUMENT, UNKNOWN }

    /** A span of the article's clean text. */
    public record Part(int start, int end) implements java.io.Serializable {
    }

    /** Where the article names the source: its words and their offsets. */
    public record Mention(String text, int start, int end) implements java.io.Serializable {
    }
}
