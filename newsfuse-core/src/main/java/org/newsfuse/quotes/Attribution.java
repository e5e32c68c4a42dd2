package org.newsfuse.quotes;

import java.util.List;
import org.newsfuse.model.Quote;

/**
 * One attribution found in an article: who (the source mention and the speaker it resolves to),
 * how (the cue), and what (the content, in one or more spans: a quote split by its attribution or
 * carried on over the next paragraphs).
 *
 * @param article     the article's id
 * @param kind        direct (every span in marks), partial (reported speech holding quoted words) or indirect
 * @param content     the content spans, in text order; direct spans include their marks, indirect ones a leading "that"
 * @param cue         the cue ("said", "according to"), or null for a quote nobody is said to have said
 * @param source      the source mention ("he", "Russian Foreign Minister Sergey Lavrov"), or null
 * @param sourceText  the source mention's text, or null
 * @param speaker     the speaker: a person's full name, an organisation, a group or role, a document; null when unsure
 * @param speakerType what the speaker is ({@link Quote.SpeakerType#UNKNOWN} when there is none)
 * @param head        the words the speaker was read from: the source phrase's head, or the antecedent of its pronoun;
 *                    null when there is no speaker
 */
public record Attribution(String article, Quote.Kind kind, List<Span> content, Span cue, Span source,
        String sourceText, String speaker, Quote.SpeakerType speakerType, Span head) {
    public Attribution {
        content = List.copyOf(content);
        speakerType = speakerType == null ? Quote.SpeakerType.UNKNOWN : speakerType;
    }

    /** An attribution whose speaker's type and words are not known. */
    public Attribution(String article, Quote.Kind kind, List<Span> content, Span cue, Span source, String sourceText,
            String speaker) {
        this(article, kind, content, cue, source, sourceText, speaker, null, null);
    }

    /** A character span of the article's clean text. */
    public record Span(int start, int end) {
    }
}
