package org.newsfuse.eval.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Post-modifiers of a gold source's head noun, for the scorer's head rule (issue 18's correction):
 * "a source familiar with …", "people close to …", "two senators present", "a poll released Friday",
 * "a lawsuit filed in …", "reports emerging in …", "defenders today", "a study last year by …". The
 * word before must look like a noun (not an article, possessive, number or adverb); an adjective or
 * participle must end the phrase or be followed by a preposition, a comma, a time or an adverb, so
 * that "a close friend" and "a former elected official" keep their nouns as heads.
 */
final class PostModifiers {
    private static final Set<String> ADJECTIVES = Set.of("familiar", "close", "involved", "present", "privy",
            "knowledgeable", "aware", "available", "responsible", "opposed", "loyal", "allied", "affiliated",
            "connected", "briefed", "acquainted");
    private static final Set<String> PLACES = Set.of("here", "there");
    private static final Set<String> IRREGULAR = Set.of("taken", "given", "kept", "written", "made", "done", "seen",
            "shown", "held", "put", "sent", "led", "told", "brought", "drawn", "found", "won", "run", "known",
            "paid", "quoted", "cited");
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "earlier");
    private static final Set<String> TIME_NOUNS = Set.of("week", "weekend", "month", "year", "night", "morning",
            "afternoon", "evening", "spring", "summer", "fall", "autumn", "winter", "season", "term", "decade");
    private static final Set<String> SHIFTERS = Set.of("last", "this", "next", "early", "late");
    private static final Set<String> PREPOSITIONS = Set.of("by", "in", "on", "at", "to", "from", "through", "with",
            "for", "of", "about", "over", "during", "after", "before", "since", "until", "online", "under",
            "within", "against", "among", "inside", "outside", "near");
    private static final Set<String> NOT_NOUNS = Set.of("a", "an", "the", "his", "her", "their", "its", "our", "my",
            "your", "this", "that", "these", "those", "some", "many", "most", "several", "few", "both", "all", "any",
            "each", "every", "other", "another", "former", "and", "or", "but", "not", "also", "very", "more", "less",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "no", "just", "then");

    private PostModifiers() {
    }

    /**
     * Whether {@code word} (letters and digits only) starts a post-modifier of {@code prev}, the word
     * before it; {@code next} is the raw token after it or null at the end of the phrase.
     */
    static boolean starts(String prev, String word, String next) {
        if (word.isEmpty() || !looksLikeNoun(prev)) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        boolean lower = Character.isLowerCase(word.charAt(0));
        boolean lowerPrev = Character.isLowerCase(prev.charAt(0));
        String n = next == null ? null : next.strip().replaceAll("[^\\p{L}\\p{N},(—–]+", "").toLowerCase(Locale.ROOT);
        boolean open = n == null || n.isEmpty() || n.startsWith(",") || n.startsWith("(") || n.startsWith("—")
                || n.startsWith("–") || PREPOSITIONS.contains(n) || TIMES.contains(n) || SHIFTERS.contains(n)
                || n.length() > 4 && n.endsWith("ly");
        if (!lower) {
            return lowerPrev && TIMES.contains(w);
        }
        if (TIMES.contains(w) || PLACES.contains(w) && open) {
            return lowerPrev;
        }
        if (SHIFTERS.contains(w) && n != null && TIME_NOUNS.contains(n)) {
            return lowerPrev;
        }
        if (ADJECTIVES.contains(w) || participle(w)) {
            return open;
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return lowerPrev && n != null && PREPOSITIONS.contains(n);
        }
        if (w.length() > 4 && w.endsWith("ly") && n != null) {
            return lowerPrev && participle(n);
        }
        return false;
    }

    private static boolean participle(String w) {
        return IRREGULAR.contains(w) || w.length() > 4 && w.endsWith("ed");
    }

    private static boolean looksLikeNoun(String prev) {
        if (prev == null || prev.isEmpty() || !Character.isLetter(prev.charAt(0))) {
            return false;
        }
        String p = prev.toLowerCase(Locale.ROOT);
        return !NOT_NOUNS.contains(p) && !(p.length() > 4 && p.endsWith("ly"));
    }
}
