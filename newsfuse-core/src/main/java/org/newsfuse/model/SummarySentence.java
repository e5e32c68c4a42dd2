package org.newsfuse.model;

import java.util.List;

/**
 * One sentence of a story's summary, taken verbatim from an article.
 *
 * @param text     the sentence as the source wrote it
 * @param sources  ids of every article that reports it (the source first)
 * @param evidence for each source, the sentence in that article that reports it
 */
public record SummarySentence(String text, List<String> sources, List<SentenceRef> evidence) implements java.io.Serializable {
    public SummarySentence {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }
}
