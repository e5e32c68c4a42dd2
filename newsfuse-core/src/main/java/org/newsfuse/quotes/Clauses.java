package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;
import static org.newsfuse.quotes.SourcePhrase.*;
import static org.newsfuse.quotes.CueFinder.*;

/** Content of an attribution: clauses and quotations after or before the cue, and where they end. */
final class Clauses {
    private Clauses() {
    }

    static boolean isParticipleCue(List<Token> t, int i) {
        String w = lower(t, i);
        return w.endsWith("ing") && VERBS.isForm(w);
    }

    /** A quotation ending right before {@code offset} (only spaces and a comma between). */
    static QuoteSpans.Span quoteEndingBefore(String text, int offset, List<QuoteSpans.Span> spans) {
        int k = offset;
        while (k > 0 && (Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == ',')) {
            k--;
        }
        for (QuoteSpans.Span s : spans) {
            if (s.closed() && s.end() == k) {
                return s;
            }
        }
        return null;
    }

    static boolean startsQuote(String text, List<Token> t, int i, List<QuoteSpans.Span> spans) {
        return i < t.size() && spanStartingAt(spans, t.get(i).start()) != null;
    }

    static QuoteSpans.Span spanStartingAt(List<QuoteSpans.Span> spans, int offset) {
        for (QuoteSpans.Span s : spans) {
            if (s.start() == offset) {
                return s;
            }
        }
        return null;
    }

    static void markUsed(List<QuoteSpans.Span> spans, boolean[] used, QuoteSpans.Span s) {
        int k = spans.indexOf(s);
        if (k >= 0) {
            used[k] = true;
        }
    }

    /** Adds {@code t[from, to)} (trimmed of punctuation at both ends) as content; false when too thin. */
    static boolean addClause(String text, Draft d, List<Token> t, int from, int to, List<QuoteSpans.Span> spans,
            boolean[] used) {
        return addClause(text, d, t, from, to, spans, used, 2);
    }

    static boolean addClause(String text, Draft d, List<Token> t, int from, int to, List<QuoteSpans.Span> spans,
            boolean[] used, int minWords) {
        while (from < to && !t.get(from).isWord() && !OPENING_MARKS.contains(t.get(from).text())) {
            from++;
        }
        while (to > from && !t.get(to - 1).isWord() && !CLOSING_MARKS.contains(t.get(to - 1).text())) {
            to--;
        }
        int words = 0;
        for (int i = from; i < to; i++) {
            if (t.get(i).isWord()) {
                words++;
            }
        }
        if (words < minWords) {
            return false;
        }
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        for (int k = 0; k < spans.size(); k++) {
            QuoteSpans.Span s = spans.get(k);
            if (s.start() >= start && s.start() < end) {
                used[k] = true;
                d.partial = true;
                if (s.end() > end && s.start() == start) {
                    end = s.end();
                }
            }
        }
        if (d.partial && spanStartingAt(spans, start) != null && spanStartingAt(spans, start).end() >= end) {
            d.direct = true;
        }
        d.content.add(new Attribution.Span(start, end));
        return true;
    }

    static int clauseEnd(List<Token> t, int from) {
        int n = t.size();
        for (int i = from; i < n; i++) {
            String w = lower(t, i);
            if (w.equals(";") || (w.equals("–") || w.equals("—")) && i > from + 2 && i + 1 < n
                    && !OPENING_MARKS.contains(t.get(i + 1).text())) {
                return i;
            }
            if (w.equals(",") && i + 1 < n && (isParticipleCue(t, i + 1) && VERBS.isCore(lower(t, i + 1))
                    || lower(t, i + 1).equals("according") && lower(t, i + 2).equals("to"))) {
                return i;
            }
            if ((w.equals(",") || w.equals("and") || w.equals("but") || w.equals("while")) && i > from + 2
                    && nextAttribution(t, i + 1)) {
                return i;
            }
            if (w.equals(",") && i > from + 2 && newClause(t, i + 1)) {
                return i;
            }
        }
        return n;
    }

    /**
     * ", but he urged …", ", and the report cited …": a conjunction, a subject of its own and a
     * verb; the narrative takes over again.
     */
    static boolean newClause(List<Token> t, int i) {
        String c = lower(t, i);
        if (!c.equals("and") && !c.equals("but") && !c.equals("yet")) {
            return false;
        }
        int k = i + 1;
        int start = k;
        if (k < t.size() && pos(t, k).equals("PRON") && PRONOUNS.contains(lower(t, k))) {
            k++;
        } else {
            while (k < t.size() && k - start < 6 && (pos(t, k).equals("DET") || pos(t, k).equals("ADJ")
                    || pos(t, k).equals("NOUN") || pos(t, k).equals("PROPN"))) {
                k++;
            }
            if (k == start || pos(t, k - 1).equals("DET") || pos(t, k - 1).equals("ADJ")) {
                return false;
            }
        }
        while (k < t.size() && (pos(t, k).equals("ADV") || lower(t, k).equals("not"))) {
            k++;
        }
        return k < t.size() && (pos(t, k).equals("VERB") || pos(t, k).equals("AUX")) && !lower(t, k).endsWith("ing");
    }

    /** A new subject and verb of saying right after a clause boundary ("…, and other leaders said …"). */
    static boolean nextAttribution(List<Token> t, int i) {
        int k = i;
        if (lower(t, k).equals("and") || lower(t, k).equals("but")) {
            k++;
        }
        int start = k;
        while (k < t.size() && k - start < 8 && (npToken(t, k) || pos(t, k).equals("DET") || pos(t, k).equals("PRON"))) {
            k++;
        }
        while (k < t.size() && (pos(t, k).equals("ADV") || pos(t, k).equals("AUX"))) {
            k++;
        }
        boolean coordinated = k == start && (start > i || lower(t, i - 1).equals("and") || lower(t, i - 1).equals("but"))
                && pos(t, k).equals("VERB"); // "… and said …"
        return (k > start || coordinated) && k < t.size() && VERBS.isCore(lower(t, k)) && !lower(t, k).endsWith("ing");
    }

    static boolean startsClause(List<Token> t, int i) {
        String p = pos(t, i);
        String w = lower(t, i);
        if (contraction(t, i)) {
            return true;
        }
        if (w.equals("if") || w.equals("whether") || w.equals("how") || w.equals("why") || w.equals("what")
                || w.equals("when") || w.equals("there") || w.equals("because") || w.equals("although")
                || w.equals("though") || w.equals("while") || w.equals("since") || w.equals("unless")
                || w.equals("once")) {
            return true;
        }
        if (w.equals("both") || w.equals("either") || w.equals("neither")) {
            return true; // "said both Rubio and Cruz are …"
        }
        return p.equals("DET") || p.equals("PRON") || p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ")
                || p.equals("NUM") || OPENING_MARKS.contains(t.get(i).text())
                || p.equals("VERB") && w.endsWith("ing") // "says running for president is tough"
                || p.equals("AUX") && !w.equals("be") && !w.equals("been"); // "the rule he said would make …"

    }

    /** "the emails, which she said represented all her work": the relative's verb follows the cue. */
    static boolean relativeGap(List<Token> t, int sourceStart, int r) {
        String w = lower(t, sourceStart - 1);
        return (w.equals("which") || w.equals("that") || w.equals("who")) && pos(t, r).equals("VERB");
    }

    static boolean hasQuote(List<Token> t, int from, int to, List<QuoteSpans.Span> spans) {
        for (int i = from; i < to; i++) {
            if (spanStartingAt(spans, t.get(i).start()) != null) {
                return true;
            }
        }
        return false;
    }

    static int skipAdverbials(List<Token> t, int r) {
        int n = t.size();
        while (r < n) {
            String w = lower(t, r);
            String p = pos(t, r);
            if ((p.equals("ADV") && !w.equals("not") && !w.equals("how") && !w.equals("why") && !w.equals("when")
                    && !w.equals("there")) || TIME_WORDS.contains(w)) {
                r++;
            } else {
                break;
            }
        }
        return r;
    }

    /** Past "in a statement on Tuesday", "at a news conference in New Delhi". */
    static int skipPrepositionalPhrases(List<Token> t, int r) {
        int n = t.size();
        int k = r;
        while (k < n && pos(t, k).equals("ADP") && !lower(t, k).equals("that")) {
            int[] np = forwardNP(t, k + 1);
            if (np == null) {
                break;
            }
            k = skipAdverbials(t, np[1]);
        }
        return k;
    }

    /** "told MSNBC when asked about …", "said while visiting …": a clause of circumstance, not what was said. */
    static boolean circumstance(List<Token> t, int r) {
        String w = lower(t, r);
        return (w.equals("when") || w.equals("while") || w.equals("after") || w.equals("before") || w.equals("once"))
                && pos(t, r + 1).equals("VERB");
    }
}
