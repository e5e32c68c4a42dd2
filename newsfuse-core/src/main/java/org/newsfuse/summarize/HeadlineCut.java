package org.newsfuse.summarize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A headline for a story none of whose articles has a title: the first summary sentence that can
 * open a story (not one that leans on what came before, "That is in addition to ...", nor mostly a
 * quotation), its closing attribution dropped (", Bolanos said") and cut at a clause boundary when
 * it is long.
 */
final class HeadlineCut {
    private HeadlineCut() {
    }

    /** Words a headline made from a sentence keeps at most before it is cut at a clause boundary. */
    static final int MAX_WORDS = 16;
    /** Words a clause keeps at least: a cut never leaves a stub. */
    static final int MIN_WORDS = 6;

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?:,|\\s--|\\s_)\\s*(?:(?:according to\\s+.+)|(?:(?:[\\p{Lu}][\\p{L}.'-]*\\s+){0,4}|(?:the\\s+)?\\p{Ll}+\\s+(?:\\p{Ll}+\\s+)?)"
                    + "(?:said|says|told\\s+[\\p{L} ]{1,30}|reported|added|announced)(?:\\s+(?:on\\s+)?\\p{Lu}\\p{Ll}+day)?"
                    + "|(?:said|says)\\s+.{1,60})\\s*[.!]?$");
    private static final List<String> MID_STORY = List.of("that", "also", "in addition", "besides", "meanwhile", "furthermore",
            "moreover", "still", "and", "so", "then", "there", "he", "she", "it", "they", "this", "these", "those", "his",
            "her", "their", "its", "but", "however", "yet", "instead", "nevertheless", "as a result", "the same");

    /** The headline from the summary sentences (in reading order), or null when there is none. */
    static String fromSummary(List<SentenceUnit> chosen) {
        SentenceUnit pick = null;
        for (SentenceUnit s : chosen) {
            if (!opensMidStory(s.text()) && Summarizer.quotedShare(s.text()) < 0.3) {
                pick = s;
                break;
            }
        }
        if (pick == null && !chosen.isEmpty()) {
            pick = chosen.get(0);
        }
        return pick == null ? null : cut(pick.text());
    }

    static boolean opensMidStory(String sentence) {
        String s = sentence.strip().toLowerCase(Locale.ROOT).replaceFirst("^[\"'\u201c\u2018`]+", "");
        for (String w : MID_STORY) {
            if (s.startsWith(w + " ") || s.startsWith(w + ",")) {
                return true;
            }
        }
        return false;
    }

    /** A sentence as a headline: its closing attribution dropped, cut at a clause boundary when long, no final stop. */
    static String cut(String sentence) {
        String t = sentence.strip();
        String noAttribution = ATTRIBUTION.matcher(t).replaceFirst("");
        if (words(noAttribution) >= MIN_WORDS) {
            t = noAttribution;
        }
        if (words(t) > MAX_WORDS) {
            int best = -1;
            java.util.regex.Matcher m = Pattern.compile(",\\s|;\\s|\\s[\u2014\u2013]\\s|\\s--\\s|\\s_\\s|:\\s").matcher(t);
            while (m.find()) {
                int w = words(t.substring(0, m.start()));
                if (w < MIN_WORDS || inQuote(t, m.start())) {
                    continue;
                }
                if (w <= MAX_WORDS || best < 0) {
                    best = m.start();
                }
                if (w > MAX_WORDS) {
                    break;
                }
            }
            if (best > 0) {
                t = t.substring(0, best);
            }
        }
        return t.replaceFirst("[\\s.;:,]+$", "");
    }

    private static boolean inQuote(String t, int at) {
        int q = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                q++;
            }
        }
        return q % 2 == 1;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
