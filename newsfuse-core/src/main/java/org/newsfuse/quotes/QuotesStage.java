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

    /**
     * One quote per content span of each attribution, trimmed of its marks (direct) or of "that"
     * (reported); the parts of a direct quote interrupted by its attribution (“X,” she said. “Y.”)
     * make one quote with two parts, its text the parts joined by " … ".
     */
    public static List<Quote> toQuotes(Article a, List<Attribution> attributions) {
        String text = a.text();
        List<Quote> out = new ArrayList<>();
        for (Attribution at : attributions) {
            Quote.Mention source = at.source() == null ? null
                    : new Quote.Mention(at.sourceText(), at.source().start(), at.source().end());
            List<Quote.Part> parts = new ArrayList<>();
            Quote.Kind partKind = null;
            for (Attribution.Span s : at.content()) {
                int[] t = trim(text, s.start(), s.end());
                if (t == null) {
                    continue;
                }
                Quote.Kind kind = t[2] == 1 ? Quote.Kind.DIRECT
                        : hasMark(text, t[0], t[1]) ? Quote.Kind.PARTIAL : Quote.Kind.INDIRECT;
                Quote.Part part = new Quote.Part(t[0], t[1]);
                if (!parts.isEmpty() && (kind != Quote.Kind.DIRECT || partKind != Quote.Kind.DIRECT
                        || !interrupted(text, parts.get(parts.size() - 1), part, at))) {
                    out.add(quote(text, at, partKind, a.id(), source, parts));
                    parts = new ArrayList<>();
                }
                parts.add(part);
                partKind = kind;
            }
            if (!parts.isEmpty()) {
                out.add(quote(text, at, partKind, a.id(), source, parts));
            }
        }
        return out;
    }

    private static Quote quote(String text, Attribution at, Quote.Kind kind, String article, Quote.Mention source,
            List<Quote.Part> parts) {
        StringBuilder t = new StringBuilder();
        for (Quote.Part p : parts) {
            if (t.length() > 0) {
                t.append(" … ");
            }
            t.append(text, p.start(), p.end());
        }
        return new Quote(at.speaker(), t.toString(), kind, article, null, parts.get(0).start(),
                parts.get(parts.size() - 1).end(), at.speaker() == null ? Quote.SpeakerType.UNKNOWN : at.speakerType(),
                source, parts);
    }

    /** Two direct parts of one paragraph with the attribution's cue or source between them. */
    private static boolean interrupted(String text, Quote.Part before, Quote.Part after, Attribution at) {
        if (text.substring(before.end(), after.start()).indexOf('\n') >= 0) {
            return false;
        }
        Attribution.Span between = at.cue() != null ? at.cue() : at.source();
        return between != null && between.start() >= before.end() && between.end() <= after.start();
    }

    /** {start, end, direct ? 1 : 0} of a content span trimmed of marks or of "that"; null when empty. */
    private static int[] trim(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end <= start) {
            return null;
        }
        boolean direct = isOpening(text.charAt(start)) && !hasMark(text, start + openingLength(text, start), end - 1);
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
        return end <= start ? null : new int[] {start, end, direct ? 1 : 0};
    }

    private static int openingLength(String text, int i) {
        return QuoteSpans.wireOpen(text, i, text.length()) || QuoteSpans.wireClose(text, i, text.length()) ? 2 : 1;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '`';
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'' || c == '`';
    }

    /** Whether {@code t[from, to)} holds a double quotation mark (a quote closing and another opening). */
    private static boolean hasMark(String t, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '“' || c == '”' || QuoteSpans.wireOpen(t, i, to) || QuoteSpans.wireClose(t, i, to)) {
                return true;
            }
        }
        return false;
    }
}
