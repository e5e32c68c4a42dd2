package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.StoryStage;

/** Adds the story's quotes: each article's attributions, speakers resolved to entities, grouped across outlets. */
public final class QuotesStage implements StoryStage {
    private final QuoteExtractor extractor = new QuoteExtractor();
    private final QuoteGrouper grouper = new QuoteGrouper();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.POS, Annotations.ENTITIES);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Annotations.QUOTES);
    }

    @Override
    public Story apply(Story story) {
        EntityIndex index = EntityIndex.of(story.entities());
        List<Quote> quotes = new ArrayList<>();
        for (Article a : story.articles()) {
            quotes.addAll(toQuotes(a, extractor.extract(a, index)));
        }
        return story.withQuotes(grouper.group(quotes), Annotations.QUOTES);
    }

    /** One quote per content span of each attribution, trimmed of its marks (direct) or of "that" (reported). */
    public static List<Quote> toQuotes(Article a, List<Attribution> attributions) {
        String text = a.text();
        List<Quote> out = new ArrayList<>();
        for (Attribution at : attributions) {
            for (Attribution.Span s : at.content()) {
                int start = s.start();
                int end = s.end();
                while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                    end--;
                }
                boolean direct = isOpening(text.charAt(start)) && !hasMark(text, start + 1, end - 1);
                if (direct) {
                    while (start < end && (isMark(text.charAt(start)) || Character.isWhitespace(text.charAt(start)))) {
                        start++;
                    }
                    while (end > start && (isMark(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1))
                            || text.charAt(end - 1) == ',')) {
                        end--;
                    }
                } else if (text.regionMatches(true, start, "that ", 0, 5)) {
                    start += 5;
                }
                if (end <= start) {
                    continue;
                }
                String t = text.substring(start, end);
                Quote.Kind kind = direct ? Quote.Kind.DIRECT : hasMark(t, 0, t.length()) ? Quote.Kind.PARTIAL
                        : Quote.Kind.INDIRECT;
                out.add(new Quote(at.speaker(), t, kind, a.id(), null, start, end));
            }
        }
        return out;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'';
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'';
    }

    /** Whether {@code t[from, to)} holds a double quotation mark (a quote closing and another opening). */
    private static boolean hasMark(String t, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }
}
