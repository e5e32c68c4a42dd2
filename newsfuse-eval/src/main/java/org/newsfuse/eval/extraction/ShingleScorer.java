package org.newsfuse.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric of the Zyte/scrapinghub article-extraction benchmark. Text is split into tokens (runs of
 * Unicode word characters, as Python's {@code \w+} matches them); shingles are all 4-token windows (a
 * text of fewer tokens is one shingle); a page's true positives, false positives and false negatives
 * are the multiset overlap of expected and extracted shingles, divided by their sum. Precision is
 * averaged over the pages with {@code tp + fp > 0}, recall over those with {@code tp + fn > 0}; a
 * page with {@code fp = fn = 0} counts 1.0 for both; F1 is the harmonic mean of the two averages.
 */
public final class ShingleScorer {
    /** Shingle length of the benchmark. */
    public static final int N = 4;

    private ShingleScorer() {
    }

    /** One page's shares of true positives, false positives and false negatives (summing to 1, or all 0). */
    public record PageCounts(double tp, double fp, double fn) {
    }

    /** Compares one page's extracted text with the expected text. */
    public static PageCounts page(String expected, String extracted) {
        Map<String, Integer> truth = shingles(expected);
        Map<String, Integer> pred = shingles(extracted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : truth.entrySet()) {
            int t = e.getValue();
            int p = pred.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, p);
            fn += Math.max(0, t - p);
        }
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            fp += Math.max(0, e.getValue() - t);
        }
        double s = tp + fp + fn;
        return s > 0 ? new PageCounts(tp / s, fp / s, fn / s) : new PageCounts(0, 0, 0);
    }

    /** Averages per-page precision and recall as the benchmark does; F1 of the two averages. */
    public static Prf aggregate(List<PageCounts> pages) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (PageCounts c : pages) {
            boolean perfect = c.fp == 0 && c.fn == 0;
            if (c.tp + c.fp > 0) {
                pSum += perfect ? 1.0 : c.tp / (c.tp + c.fp);
                pN++;
            }
            if (c.tp + c.fn > 0) {
                rSum += perfect ? 1.0 : c.tp / (c.tp + c.fn);
                rN++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        return Prf.of(p, r);
    }

    /** The multiset of 4-token shingles of a text. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        int windows = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < windows; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!shingle.isEmpty()) {
                out.merge(shingle, 1, Integer::sum);
            }
        }
        return out;
    }

    /** Runs of word characters as Python's {@code re} defines {@code \w} for str patterns. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isPythonWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python: {@code ch.isalnum() or ch == '_'} (letters Lu/Ll/Lt/Lm/Lo and numbers Nd/Nl/No). */
    static boolean isPythonWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
