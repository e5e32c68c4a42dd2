package org.newsfuse.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Token;

/**
 * Capitalised words that are no names although they look like one: a pronoun's contraction ("I'll",
 * "We’re", "I've") and a plural common noun opening a sentence ("Analysts said", "Officials said")
 * whose stem the article also writes in lower case ("an analyst", "the official"). Tokens carry a
 * stem, not a lemma, so the plural is matched through the stem the tagger's tokens share.
 */
final class CommonWords {
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "it");

    private CommonWords() {
    }

    /** "I'll", "We’re", "You've": a pronoun with its clitic, which the tokenizer left whole. */
    static boolean pronounContraction(String w) {
        int k = Math.max(w.indexOf('\''), w.indexOf('’'));
        return k > 0 && k < w.length() - 1 && PRONOUNS.contains(w.substring(0, k).toLowerCase(Locale.ROOT));
    }

    /** How a stem is kept in the article's lower-case vocabulary, apart from its words. */
    static String stemKey(String stem) {
        return "\u0001" + stem;
    }

    /**
     * Whether the sentence's first word at {@code i} is a plural common noun: tagged a noun (not a
     * proper one), ending in "s", its stem written in lower case elsewhere in the article, and not
     * followed by a capitalised word (which makes it part of a name or title: "Roads Minister [name]")
     * ({@code lowerVocabulary} holds the lower-case words and, as {@link #stemKey}, their stems).
     */
    static boolean initialPluralNoun(List<Token> toks, int i, Set<String> lowerVocabulary) {
        Token t = toks.get(i);
        String w = t.text();
        return "NOUN".equals(t.pos()) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && Character.isLowerCase(w.charAt(1)) && t.stem() != null && lowerVocabulary.contains(stemKey(t.stem()))
                && !(i + 1 < toks.size() && !toks.get(i + 1).text().isEmpty()
                && Character.isUpperCase(toks.get(i + 1).text().charAt(0)));
    }
}
