package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfuse.model.Article;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.model.Token;

/**
 * Quoted words that differ in substance: two outlets' direct wordings of one statement (one quote
 * group) where, word for word, a name or number of one stands where the other has a different
 * noun, name or number ("the next ten years should" against "the next decade must"). Spelling variants,
 * abbreviations (US, USA) and numbers written as words or digits are the same word; words one
 * wording leaves out are not a substitution (lists are the list detector's business).
 */
final class QuoteDetector {
    private QuoteDetector() {
    }

    /** A quote's content tokens, with the sentence it stands in. */
    private record Wording(Quote quote, Article article, List<Token> tokens, Sentence sentence) {
    }

    static List<Discrepancy> find(Story story) {
        Map<String, List<Wording>> groups = new LinkedHashMap<>();
        for (Quote q : story.quotes()) {
            if (q.kind() != Quote.Kind.DIRECT || q.group() == null) {
                continue;
            }
            Article a = story.article(q.article());
            if (a == null) {
                continue;
            }
            List<Token> toks = new ArrayList<>();
            Sentence first = null;
            for (Sentence s : a.sentences()) {
                if (s.end() <= q.start() || s.start() >= q.end()) {
                    continue;
                }
                if (first == null) {
                    first = s;
                }
                for (Token t : s.tokens()) {
                    if (t.start() >= q.start() && t.end() <= q.end() && t.isWord()) {
                        toks.add(t);
                    }
                }
            }
            if (first != null && toks.size() >= 4) {
                groups.computeIfAbsent(q.group(), k -> new ArrayList<>()).add(new Wording(q, a, toks, first));
            }
        }
        List<Discrepancy> out = new ArrayList<>();
        for (List<Wording> ws : groups.values()) {
            found:
            for (int i = 0; i < ws.size(); i++) {
                for (int j = i + 1; j < ws.size(); j++) {
                    Wording x = ws.get(i);
                    Wording y = ws.get(j);
                    if (x.article().label().equals(y.article().label())) {
                        continue;
                    }
                    String[] sub = substitution(x.tokens(), y.tokens());
                    if (sub != null) {
                        out.add(new Discrepancy(Discrepancy.Kind.QUOTE, x.quote().speaker() == null ? "quoted words"
                                : "words of " + x.quote().speaker(), List.of(side(x, sub[0]), side(y, sub[1]))));
                        break found;
                    }
                }
            }
        }
        return out;
    }

    private static Discrepancy.Side side(Wording w, String words) {
        Sentence s = w.sentence();
        return new Discrepancy.Side(words, List.of(w.article().label()), List.of(w.article().id()),
                List.of(w.article().sentenceText(s)), List.of(new SentenceRef(w.article().id(), s.index(), s.start(), s.end())));
    }

    /**
     * The first substantive substitution between two wordings of one statement, as the two differing
     * phrases; null when they differ only in form, in omissions, or are not the same statement
     * (fewer than half their words aligned).
     */
    static String[] substitution(List<Token> a, List<Token> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        if (lcs[0][0] * 2 < Math.min(n, m)) {
            return null;
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a.get(i), b.get(j))) {
                i++;
                j++;
                continue;
            }
            int i2 = i;
            int j2 = j;
            // walk both sides to the next aligned pair: what lies between is replaced
            while (i2 < n && j2 < m && !same(a.get(i2), b.get(j2))) {
                if (lcs[i2 + 1][j2] >= lcs[i2][j2 + 1]) {
                    i2++;
                } else {
                    j2++;
                }
                if (i2 < n && j2 < m && same(a.get(i2), b.get(j2))) {
                    break;
                }
            }
            List<Token> ra = a.subList(i, Math.min(i2, n));
            List<Token> rb = b.subList(j, Math.min(j2, m));
            if (!ra.isEmpty() && !rb.isEmpty() && ra.size() <= 3 && rb.size() <= 3 && substantive(ra) && substantive(rb)
                    && (namesOrNumbers(ra) || namesOrNumbers(rb)) && !letters(ra).equals(letters(rb))) {
                return new String[] {phrase(ra), phrase(rb)};
            }
            i = Math.max(i2, i + 1);
            j = Math.max(j2, j + 1);
        }
        return null;
    }

    private static boolean substantive(List<Token> ts) {
        for (Token t : ts) {
            String p = t.pos();
            if ("NOUN".equals(p) || "PROPN".equals(p) || "NUM".equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesOrNumbers(List<Token> ts) {
        for (Token t : ts) {
            if ("PROPN".equals(t.pos()) || "NUM".equals(t.pos())) {
                return true;
            }
        }
        return false;
    }

    /** The letters of a phrase, lower-cased: "long-standing" and "longstanding" are one spelling. */
    private static String letters(List<Token> ts) {
        StringBuilder sb = new StringBuilder();
        for (Token t : ts) {
            sb.append(t.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        return sb.toString();
    }

    private static String phrase(List<Token> ts) {
        StringBuilder sb = new StringBuilder();
        for (Token t : ts) {
            sb.append(sb.length() > 0 ? " " : "").append(t.text());
        }
        return sb.toString();
    }

    /** The same word: same folded stem, an abbreviation and its longer form (US, USA), or the same number. */
    static boolean same(Token x, Token y) {
        String a = org.newsfuse.text.StoryVectors.fold(x.stem());
        String b = org.newsfuse.text.StoryVectors.fold(y.stem());
        if (a.equals(b)) {
            return true;
        }
        String ta = x.text().replace(".", "");
        String tb = y.text().replace(".", "");
        if (ta.length() >= 2 && tb.length() >= 2 && ta.equals(ta.toUpperCase(Locale.ROOT)) && tb.equals(tb.toUpperCase(Locale.ROOT))
                && (ta.startsWith(tb) || tb.startsWith(ta))) {
            return true;
        }
        double va = Numbers.value(x.text());
        double vb = Numbers.value(y.text());
        return !Double.isNaN(va) && va == vb;
    }
}
