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
 * stricter toward a claim that it is absent). Two words also match when one has a letter more at
 * the end or they differ by a spelling alternation (defence/defense, Sergey/Sergei), and two names
 * by one edit (see {@link #same} and {@link #count(List, List, Set)}).
 */
final class StrictText {
    private StrictText() {
    }

    /**
     * A sentence ends at . ! or ? (with up to two closing quotes or brackets: {@code .''}) before a
     * capital, a digit or an opening quote ({@code ``} included, as news wires write it), or at a
     * blank line; never after a title, a month or an initial ("Gen.", "Sept.", "U.S.").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’')\\]]{0,2})\\s+(?=(?:``|[\"“‘'(\\[])?[A-Z0-9])"
            + "|\\n\\s*\\n");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(\"“`])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Cmdr"
            + "|Adm|Sgt|Sen|Rep|Gov|Rev|Gen|Sr|Jr|St|Ft|Mt|No|Nos|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Calif|Mass|Conn"
            + "|Ga|Fla|Ill|Pa|Va|Wash|Ariz|Colo|Mich|Minn|Tenn|Tex|La|Md|Mo|Ky|Ala|Okla|Ore|Wis|vs|[A-Z]|(?:[A-Z]\\.)+[A-Z])\\.$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d[\\d,.]*");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "do", "does", "did", "that", "this", "these", "those", "it", "its", "he", "she", "they", "them", "his",
            "her", "their", "we", "our", "us", "you", "your", "i", "me", "my", "who", "whom", "which", "what", "when",
            "where", "while", "said", "says", "say", "told", "also", "not", "no", "will", "would", "could", "should",
            "can", "may", "might", "than", "then", "there", "here", "about", "after", "before", "over", "into", "out",
            "up", "down", "so", "if", "all", "any", "some", "more", "most", "other", "such", "only", "own", "same",
            "very", "just", "mr", "mrs", "ms", "one", "s", "t", "he's", "it's",
            // function words the list first lacked, beside their kin above (him beside them, how beside what)
            "him", "himself", "herself", "itself", "themselves", "how", "why", "whose", "each", "both", "every",
            "either", "neither", "because", "since", "though", "although", "however", "until", "unless", "yet",
            "against", "between", "through", "during", "under", "within", "among", "across", "toward", "towards", "upon");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("twenty", "20"), Map.entry("hundred", "100"), Map.entry("dozen", "12"));

    /** The sentences of a text, hard line wraps joined. */
    static List<String> sentences(String text) {
        String t = text.replaceAll("(?<!\\n)\\n(?!\\n)", " ");
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String s : SENTENCE_END.split(t)) {
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(s.strip());
            if (!ABBREVIATION.matcher(cur).find() && !cur.toString().isBlank()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
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

    /**
     * The same crude word: equal; or, both of five letters or more, one the other with a letter more
     * at the end (a word form: rebel/rebels) or one letter apart in a spelling alternation of English
     * (c/s as defence/defense, s/z, i/y as Sergei/Sergey, a u or an e dropped as colour/color,
     * judgement/judgment, a doubled letter). Any other letter makes another word: count/court,
     * police/policy, change/charge, former/farmer are not one word.
     */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        return spellingOf(a, b);
    }

    /** Two different words of one length or one letter apart are one word spelled two ways (see {@link #same}). */
    static boolean spellingOf(String a, String b) {
        if (a.length() == b.length()) {
            int at = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (at >= 0) {
                        return false;
                    }
                    at = i;
                }
            }
            String pair = "" + (char) Math.min(a.charAt(at), b.charAt(at)) + (char) Math.max(a.charAt(at), b.charAt(at));
            return pair.equals("cs") || pair.equals("sz") || pair.equals("iy");
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        if (longer.startsWith(shorter)) {
            return true;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                char c = longer.charAt(i);
                return c == 'u' || c == 'e' || i > 0 && longer.charAt(i - 1) == c;
            }
        }
        return false;
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
        return count(needle, hay, Set.of());
    }

    /**
     * As {@link #count(List, List)}, and two words that are both {@code names} (as written with a
     * capital) also match one edit apart: transliterations of one name (Abdullah/Abdallah).
     */
    static int count(List<String> needle, List<String> hay, Set<String> names) {
        int got = 0;
        for (String n : needle) {
            for (String h : hay) {
                if (same(n, h) || n.length() >= 5 && h.length() >= 5 && names.contains(n) && names.contains(h)
                        && edits(n, h) <= 1) {
                    got++;
                    break;
                }
            }
        }
        return got;
    }
}
