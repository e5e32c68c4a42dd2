package org.newsfuse.eval.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence splitter that follows the decisions of NLTK's Punkt tokenizer (what
 * {@code nltk.sent_tokenize} uses, and so the Fundus ROUGE-LSum) without its trained English model:
 * a potential break is a {@code . ? !} followed by other punctuation or by whitespace and a token;
 * {@code ?} and {@code !} always break; a word ending in a period breaks unless it is a known
 * abbreviation, an initial or a number, which break only before a word that usually starts
 * sentences (a capitalised function word) — a lower-case next word never starts a sentence there.
 * Line and paragraph breaks are not sentence breaks by themselves (as in Punkt).
 */
public final class PunktLikeSentences {
    private static final Pattern CONTEXT = Pattern.compile("[.?!](?=([?!)\";}\\]*:@'({\\[]|\\s+(\\S+)))");
    private static final Pattern NUMBER = Pattern.compile("-?[.,]?\\d[\\d,.-]*\\.?");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof",
            "gen", "gov", "sen", "rep", "reps", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon",
            "pres", "supt", "det", "insp", "inc", "corp", "co", "ltd", "bros", "no", "nos", "vs", "v", "etc",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
            "wed", "thu", "fri", "sat", "sun", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "e.g", "i.e", "d.c",
            "n.y", "l.a", "mt", "ft", "ave", "blvd", "rd", "dept", "univ", "assn", "est", "approx", "fig",
            "vol", "pp", "ed", "calif", "fla", "ariz", "mass", "conn", "penn", "tenn", "wash", "mich", "minn",
            "wis", "ill", "ind", "ore", "colo", "okla", "ala", "ga", "ky", "la", "md", "mo", "nev", "va", "vt",
            "del", "neb", "kan", "miss");
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "you", "but", "and", "in", "on", "at", "this", "that", "these", "those", "there", "his", "her",
            "their", "its", "our", "as", "if", "when", "while", "after", "before", "so", "yet", "however", "for",
            "what", "why", "how", "who", "where", "some", "many", "most", "one", "all", "no", "not", "now",
            "then", "still", "also", "meanwhile", "by", "with", "from", "to", "of", "last", "since", "both",
            "each", "other", "such", "my", "your", "here", "instead", "according");

    private PunktLikeSentences() {
    }

    /** The sentences of a text, stripped, without empty ones. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int lastBreak = 0;
        Matcher m = CONTEXT.matcher(text);
        while (m.find()) {
            int at = m.start();
            String next = m.group(2);
            if (breaksAt(text, at, next)) {
                add(out, text.substring(lastBreak, at + 1));
                lastBreak = next != null ? m.start(2) : at + 1;
            }
        }
        add(out, text.substring(Math.min(lastBreak, text.length())));
        return out;
    }

    /**
     * Whether the sentence that ends {@code paragraph} ends there when {@code next} follows it after a
     * blank line (or runs on into it, as Punkt does when the paragraph does not end a sentence).
     */
    static boolean breaksBetweenParagraphs(String paragraph, String next) {
        String p = paragraph.stripTrailing();
        if (p.isEmpty()) {
            return true;
        }
        char last = p.charAt(p.length() - 1);
        if (last != '.' && last != '?' && last != '!') {
            // no break candidate at the paragraph's end: it runs on (a closing quote or bracket after a
            // stop was already a break inside the paragraph, leaving a fragment without words)
            return false;
        }
        String n = next.strip();
        int sp = 0;
        while (sp < n.length() && !Character.isWhitespace(n.charAt(sp))) {
            sp++;
        }
        return breaksAt(p, p.length() - 1, n.substring(0, sp));
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private static boolean breaksAt(String text, int at, String next) {
        char c = text.charAt(at);
        if (c != '.') {
            return true;
        }
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, at);
        // strip leading punctuation the way Punkt's word tokenizer splits it off
        int k = 0;
        while (k < word.length() && "(\"`{[:;&#*@)}]-,'\u201c\u2018".indexOf(word.charAt(k)) >= 0) {
            k++;
        }
        word = word.substring(k);
        if (word.endsWith(".")) {
            // an ellipsis (..+): breaks only before a sentence starter
            return next != null && startsSentence(next);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String lastPart = lower.substring(lower.lastIndexOf('-') + 1);
        boolean abbreviation = ABBREVIATIONS.contains(lower) || ABBREVIATIONS.contains(lastPart);
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        boolean number = NUMBER.matcher(word + ".").matches();
        if (next == null) {
            return !abbreviation;
        }
        if (abbreviation && !initial) {
            return startsSentence(next);
        }
        if (initial) {
            return startsSentence(next);
        }
        if (number) {
            return !Character.isLowerCase(next.charAt(0));
        }
        return true;
    }

    private static boolean startsSentence(String next) {
        String w = next.replaceAll("^[\"'\u201c\u2018(\\[]+", "");
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String typ = w.replaceAll("[^\\p{L}\\p{N}'\u2019-].*$", "").toLowerCase(Locale.ROOT);
        return STARTERS.contains(typ);
    }
}
