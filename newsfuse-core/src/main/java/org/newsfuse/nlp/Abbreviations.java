package org.newsfuse.nlp;

import java.util.Set;

/**
 * Breaks the sentence model puts after an abbreviation or a model name that does not end the
 * sentence there: initials before a surname ("President B.J. Habibie"), a company or degree
 * abbreviation the sentence carries on after in lower case ("Netscape Communications Corp. is",
 * "Ph.D. economists"), a short model name before its number ("the ID. 3").
 */
final class Abbreviations {
    private Abbreviations() {
    }

    /** Abbreviations that end a name and seldom a sentence. */
    private static final Set<String> NAME_ENDINGS = Set.of("corp", "inc", "co", "ltd", "bros", "jr", "sr", "d", "llc",
            "plc", "cos", "assn", "dept", "univ");

    /**
     * Whether the sentence ending at {@code end} (just after a full stop) carries on into the
     * next, which starts with character {@code first}.
     */
    static boolean continues(String text, int floor, int end, char first) {
        int dot = end - 1;
        int k = dot;
        while (k > floor && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String token = text.substring(k, dot); // "B.J", "Corp", "Ph.D", "ID"
        if (token.isEmpty() || k > floor && Character.isLetterOrDigit(text.charAt(k - 1))) {
            return false;
        }
        boolean initials = token.matches("(?:[A-Z]\\.)+[A-Z]");
        String last = token.substring(token.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        if (Character.isLowerCase(first)) {
            // "Corp. is", "Ph.D. economists", "U.S. officials": nothing ends a sentence before a lower-case word
            return initials || token.length() <= 5 || NAME_ENDINGS.contains(last);
        }
        String before = wordBefore(text, floor, k);
        if (initials && Character.isUpperCase(first)) {
            // "President B.J. Habibie", "Rep. W.J. Tauzin": initials after a capitalised word run on into the surname
            return !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !before.equals("The");
        }
        if (Character.isDigit(first) && token.length() <= 3 && token.chars().allMatch(Character::isUpperCase)) {
            // a model name before its number: "the ID. 3"
            return before.equalsIgnoreCase("the") || before.equalsIgnoreCase("a") || before.equalsIgnoreCase("its");
        }
        return false;
    }

    /** The word just before offset {@code at} (skipping spaces), or "". */
    private static String wordBefore(String text, int floor, int at) {
        int e = at;
        while (e > floor && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > floor && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e);
    }
}
