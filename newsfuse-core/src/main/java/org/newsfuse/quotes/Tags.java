package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Token;

/** Token helpers and word lists shared by the cue, source-phrase and clause readers. */
final class Tags {
    private Tags() {
    }

    static final SpeechVerbs VERBS = SpeechVerbs.get();

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");

    static final Set<String> RELATIVES = Set.of("who", "which", "that");

    static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "these", "those", "my", "your");

    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening",
            "night", "earlier", "later", "recently", "previously", "again", "also", "then", "once", "last", "this",
            "week", "month", "year", "weekend", "separately", "publicly", "privately", "repeatedly", "simply");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
            "nov.", "dec.");

    /**
     * Whether {@code t[from, to)} is only a time ("Thursday morning", "last week", "this year", "Sept. 12",
     * "earlier Thursday"): never a speaker.
     */
    static boolean timeExpression(List<Token> t, int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean time = false;
        boolean month = false;
        boolean number = false;
        for (int k = from; k < to; k++) {
            String w = lower(t, k);
            number |= pos(t, k).equals("NUM");
            if (MONTHS.contains(w)) {
                month = true; // "May" alone may be a name: a month only with a number or "last", "next", …
            } else if (TIME_WORDS.contains(w)) {
                time |= !w.equals("this") && !w.equals("last") && !w.equals("also") && !w.equals("then");
                number |= w.equals("this") || w.equals("last");
            } else if (!(pos(t, k).equals("NUM") || w.equals("next") || w.equals("past") || w.equals("late")
                    || w.equals("early") || w.equals("the") || w.equals(",") || w.equals("days") || w.equals("weeks")
                    || w.equals("months") || w.equals("years") || w.equals("ago"))) {
                return false;
            }
            number |= w.equals("next") || w.equals("past") || w.equals("late") || w.equals("early");
        }
        return time || month && number;
    }

    static final Set<String> NP_INNER_PREPOSITIONS = Set.of("of", "for", "at");

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** A number, in figures or words, whatever the tagger called it ("Nine/PROPN in 10"). */
    static boolean numberLike(List<Token> t, int i) {
        return pos(t, i).equals("NUM") || NUMBER_WORDS.contains(lower(t, i));
    }

    static final Set<String> QUANTIFIERS = Set.of("several", "many", "some", "most", "others", "both", "all",
            "few", "one", "two", "three", "none", "either", "neither", "half");

    static final Set<String> CLOSING_MARKS = Set.of("”", "\"", "’", "'", "''");

    static final Set<String> OPENING_MARKS = Set.of("“", "\"", "‘", "'", "``", "''");

    static boolean inside(List<QuoteSpans.Span> spans, int offset) {
        for (QuoteSpans.Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    static int words(String text, int from, int to) {
        return QuoteSpans.words(text, from, to);
    }

    static String lower(List<Token> t, int i) {
        return i < 0 || i >= t.size() ? "" : t.get(i).text().toLowerCase(Locale.ROOT);
    }

    /**
     * The tag of a token; for a token the tokenizer left whole with its clitic ("week's" NOUN+PART,
     * "they're" PRON+AUX), the tag of its first part.
     */
    static String pos(List<Token> t, int i) {
        if (i < 0 || i >= t.size() || t.get(i).pos() == null) {
            return "";
        }
        String p = t.get(i).pos();
        int plus = p.indexOf('+');
        return plus > 0 ? p.substring(0, plus) : p;
    }

    static int firstWord(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isWord()) {
                return i;
            }
        }
        return t.size();
    }

    /** "he’s", "it’ll", "don’t": the tokenizer leaves curly contractions whole, the tagger then guesses. */
    static boolean contraction(List<Token> t, int i) {
        String w = lower(t, i);
        int k = w.indexOf('’');
        return k > 0 && k < w.length() - 1 && Character.isLetter(w.charAt(0))
                && (w.endsWith("’s") || w.endsWith("’re") || w.endsWith("’ll") || w.endsWith("’ve") || w.endsWith("’d")
                || w.endsWith("’m") || w.endsWith("n’t"));
    }

    static boolean hasVerb(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String p = pos(t, i);
            if (p.equals("VERB") || p.equals("AUX") || contraction(t, i)) {
                return true;
            }
        }
        return false;
    }

    static boolean capitalised(List<Token> t, int i) {
        String w = t.get(i).text();
        String p = pos(t, i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.get(i).isWord()
                && (p.equals("VERB") || p.equals("X") || p.equals("ADV") || p.equals("INTJ"))
                && !SpeechVerbs.get().isForm(w.toLowerCase(Locale.ROOT));
    }

    /** "Shanklin -Hawkins": the tokenizer split a double-barrelled name. */
    static boolean nameTail(List<Token> t, int i) {
        String w = t.get(i).text();
        return w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1)) && i > 0
                && pos(t, i - 1).equals("PROPN") && t.get(i - 1).end() == t.get(i).start();
    }

    static boolean npToken(List<Token> t, int i) {
        String p = pos(t, i);
        String w = t.get(i).text();
        if (nameTail(t, i)) {
            return true;
        }
        return p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM") || capitalised(t, i)
                || w.equals("'s")
                || w.equals("’s") || (p.equals("PUNCT") && (w.equals(".") || w.equals("-")) && i > 0
                && pos(t, i - 1).equals("PROPN") && i + 1 < t.size() && pos(t, i + 1).equals("PROPN"));
    }

    /** The hyphen of a compound the tokenizer cut ("front - runner", "two - thirds"): no space either side. */
    static boolean innerHyphen(List<Token> t, int i) {
        return t.get(i).text().equals("-") && i > 0 && i + 1 < t.size() && t.get(i - 1).end() == t.get(i).start()
                && t.get(i).end() == t.get(i + 1).start() && t.get(i - 1).isWord() && t.get(i + 1).isWord();
    }

    static final Set<String> STRONG = Set.of("said", "says", "told", "tells");

    static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "roughly", "only",
            "over", "under");

    static final Set<String> DASHES = Set.of("—", "–", "--");
}
