package org.newsfuse.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A story: the articles that report one event, and what the story-level stages found in them.
 *
 * @param id                  story id, unique within a run
 * @param articles            its articles, in input order
 * @param headline            a headline for the story, or null before summarizing
 * @param summary             the cited summary
 * @param quotes              who said what
 * @param entities            people, organisations and places with their aliases
 * @param repeatedParagraphs  paragraphs printed by more than one article
 * @param annotations         which story-level results are present
 * @param comparison          facts, exclusives, discrepancies and timeline
 */
public record Story(
        String id,
        List<Article> articles,
        String headline,
        List<SummarySentence> summary,
        List<Quote> quotes,
        List<Entity> entities,
        List<ParagraphGroup> repeatedParagraphs,
        Set<String> annotations,
        Comparison comparison) implements java.io.Serializable {

    public Story {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        summary = summary == null ? List.of() : List.copyOf(summary);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        entities = entities == null ? List.of() : List.copyOf(entities);
        repeatedParagraphs = repeatedParagraphs == null ? List.of() : List.copyOf(repeatedParagraphs);
        annotations = annotations == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(annotations));
        comparison = comparison == null ? Comparison.empty() : comparison;
    }

    /** The story as it was before comparison (kept so callers written before it still compile). */
    public Story(String id, List<Article> articles, String headline, List<SummarySentence> summary, List<Quote> quotes,
            List<Entity> entities, List<ParagraphGroup> repeatedParagraphs, Set<String> annotations) {
        this(id, articles, headline, summary, quotes, entities, repeatedParagraphs, annotations, Comparison.empty());
    }

    public static Story of(String id, List<Article> articles) {
        return new Story(id, articles, null, List.of(), List.of(), List.of(), List.of(), Set.of());
    }

    public boolean has(String annotation) {
        return annotations.contains(annotation);
    }

    /** The article with this id, or null. */
    public Article article(String articleId) {
        for (Article a : articles) {
            if (a.id().equals(articleId)) {
                return a;
            }
        }
        return null;
    }

    private Set<String> plus(String annotation) {
        Set<String> s = new LinkedHashSet<>(annotations);
        s.add(annotation);
        return s;
    }

    public Story withSummary(String newHeadline, List<SummarySentence> newSummary) {
        return new Story(id, articles, newHeadline, newSummary, quotes, entities, repeatedParagraphs,
                plus(Annotations.SUMMARY), comparison);
    }

    public Story withComparison(Comparison c) {
        return new Story(id, articles, headline, summary, quotes, entities, repeatedParagraphs,
                plus(Annotations.COMPARISON), c);
    }

    public Story withRepeatedParagraphs(List<ParagraphGroup> groups) {
        return new Story(id, articles, headline, summary, quotes, entities, groups,
                plus(Annotations.STORY_PARAGRAPH_GROUPS), comparison);
    }

    public Story withQuotes(List<Quote> newQuotes, String annotation) {
        return new Story(id, articles, headline, summary, newQuotes, entities, repeatedParagraphs, plus(annotation),
                comparison);
    }

    public Story withEntities(List<Entity> newEntities, String annotation) {
        return new Story(id, articles, headline, summary, quotes, newEntities, repeatedParagraphs, plus(annotation),
                comparison);
    }
}
