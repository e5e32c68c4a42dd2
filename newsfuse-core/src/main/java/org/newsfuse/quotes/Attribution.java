package org.newsfuse.quotes;

import java.util.List;
import org.newsfuse.model.Quote;

/**
 * One attribution found in an article: who (the source mention and the speaker it resolves to),
 * how (the cue), and what (the content, in one or more spans: a quote split by its attribution or
 * carried on over the next paragraphs).
 *
 * @param article    the article's id
 * @param kind       direct (every span in marks), partial (reported speech holding quoted words) or indirect
 * @param content    the content spans, in text order; direct spans include their marks, indirect ones a leading "that"
 * @param cue        the cue ("said", "according to"), or null for a quote nobody is said to have said
 * @param source     the source mention ("he", "Russian Foreign Minister Sergey Lavrov"), or null
 * @param sourceText the source mention's text, or null
 * @param speaker    the canonical name of the speaker, or null when unsure
 */
public record Attribution(String article, Quote.Kind kind, List<Span> content, Span cue, Span source,
        String sourceText, String speaker) {
    public Attribution {
        content = List.copyOf(content);
    }

    /** A character span of the article's clean text. */
    public record Span(int start, int end) {
    }
}
