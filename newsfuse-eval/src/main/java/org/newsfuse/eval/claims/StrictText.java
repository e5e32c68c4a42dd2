package org.newsfuse.eval.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auditor's own reading of text, sharing nothing with the product's NLP: sentences split by a
 * regular expression, words lower-cased, number words turned to digits, function words dropped,
 * and every word cut to its first six letters (a crude stem that joins more forms than the
 * product's: "agreement"/"agreed", "military"/"militia" — more lenient in finding a fact, hence
 * stricter toward a claim that it is absent). Two words also match when they differ by one edit
 * (defence/defense, Sergey/Sergei).
 */
final class StrictText {
    private StrictText() {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’')\\]]?)\\s+(?=[\"“‘(\\[]?[A-Z0-9])|\\n\\s*\\n");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d[\\d,.]*");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "do", "does", "did", "that", "this", "these", "those", "it", "its", "he", "she", "they", "them", "his",
            "her", "their", "we", "our", "us", "you", "your", "i", "me", "my", "who", "whom", "which", "what", "when",
            "where", "while", "said", "says", "say", "told", "also", "not", "no", "will", "would", "could", "should",
            "can", "may", "might", "than", "then", "there", "here", "about", "after", "before", "over", "into", "out",
            "up", "down", "so", "if", "all", "any", "some", "more", "most", "other", "such", "only", "own", "same",
            "very", "just", "mr", "mrs", "ms", "one", "s", "t", "he's", "it's");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("twenty", "20"), Map.entry("hundred", "100"), Map.entry("dozen", "12"));

    /** The sentences of a text, hard line wraps joined. */
    static List<String> sentences(String text) {
        String t = text.replaceAll("(?<!\\n)\\n(?!\\n)", " ");
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(t)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The content words of a text, as crude stems, in order of first use. */
    static List<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group().replaceAll("['-]+$", "").replaceAll("'s$", "");
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            if (Character.isDigit(w.charAt(0))) {
                w = w.replace(",", "").replaceAll("\\.$", "");
            }
            w = NUMBER_WORDS.getOrDefault(w, w);
            if (w.length() < 2 && !Character.isDigit(w.charAt(0))) {
                continue;
            }
            out.add(w.length() > 6 && !Character.isDigit(w.charAt(0)) ? w.substring(0, 6) : w);
        }
        return new ArrayList<>(out);
    }

    /** Words as written with a capital, not opening their sentence: names. */
    static Set<String> names(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?<=[\\s(\"“])([A-Z][\\p{L}'’-]{2,})").matcher(sentence);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (!STOP.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }

    /** The same crude word: equal, or one edit apart when both have five letters or more. */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        return edits(a, b) <= 1;
    }

    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Share of {@code needle}'s words found (fuzzily) among {@code hay}'s. */
    static double held(List<String> needle, List<String> hay) {
        return needle.isEmpty() ? 0 : (double) count(needle, hay) / needle.size();
    }

    /** How many of {@code needle}'s words are found (fuzzily) among {@code hay}'s. */
    static int count(List<String> needle, List<String> hay) {
        int got = 0;
        for (String n : needle) {
            for (String h : hay) {
                if (same(n, h)) {
                    got++;
                    break;
                }
            }
        }
        return got;
    }
}
