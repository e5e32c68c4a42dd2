package org.newsfuse.eval.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter (1980) suffix stripper in the exact variant that ROUGE-1.5.5 applies with {@code -m}.
 *
 * <p>This is the classic algorithm with the two later published departures ({@code bli → ble},
 * {@code logi → log} in step 2) and with ROUGE's own change to step 4: a word ending in
 * {@code -ement} is tried for {@code -ement}; then, independently, any word is tried for
 * {@code -ment} and after that for {@code -ent} (or, failing an {@code -ent} ending, for
 * {@code -sion}/{@code -tion}). So {@code agreement} becomes {@code agreem}, where the original
 * algorithm leaves it whole. Consonant and vowel classes follow the same definitions as ROUGE's
 * implementation: {@code y} counts as a vowel except at the start of a word, and the
 * consonant-vowel-consonant test used by steps 1b and 5 requires the whole stem to be of that
 * shape. Input must be lower case ASCII letters and digits; other characters are treated as
 * consonants.
 *
 * <p>ROUGE itself only calls the stemmer for tokens longer than three characters: that rule lives
 * in {@link RougeTokenizer}, not here. Instances are stateless and thread-safe.
 */
public final class PorterStemmer {

    private static final String CONSONANT = "[^aeiou]";
    private static final String VOWEL = "[aeiouy]";
    private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
    private static final String VOWELS = VOWEL + "[aeiou]*";

    /** Measure greater than zero: [C]VC... */
    private static final Pattern M_GT_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
    /** Measure exactly one: [C]VC[V]. */
    private static final Pattern M_EQ_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
    /** Measure greater than one: [C]VCVC... */
    private static final Pattern M_GT_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
    /** The stem contains a vowel. */
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);
    /** The whole stem is consonants, one vowel, and a consonant other than w, x or y. */
    private static final Pattern CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

    private static final Pattern STEP1A_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C_Y = Pattern.compile("y$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 =
            Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern STEP5_E = Pattern.compile("e$");
    private static final Pattern STEP5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP2_REPLACEMENTS = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));

    private static final Map<String, String> STEP3_REPLACEMENTS = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    /** Stems one lower-case word. Words shorter than three characters are returned unchanged. */
    public String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        // An initial y is a consonant: upper case keeps every vowel class from matching it.
        String w = initialY ? 'Y' + word.substring(1) : word;

        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = replaceSuffix(w, STEP2, STEP2_REPLACEMENTS);
        w = replaceSuffix(w, STEP3, STEP3_REPLACEMENTS);
        w = step4(w);
        w = step5(w);

        if (initialY) {
            w = 'y' + w.substring(1);
        }
        return w;
    }

    private static String step1a(String w) {
        Matcher m = STEP1A_IES.matcher(w);
        if (m.find()) {
            return w.substring(0, m.start()) + m.group(1);
        }
        m = STEP1A_S.matcher(w);
        if (m.find()) {
            return w.substring(0, m.start()) + m.group(1);
        }
        return w;
    }

    private static String step1b(String w) {
        Matcher m = STEP1B_EED.matcher(w);
        if (m.find()) {
            return M_GT_0.matcher(w.substring(0, m.start())).find() ? chop(w) : w;
        }
        m = STEP1B_ED_ING.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem;
                if (STEP1B_AT_BL_IZ.matcher(w).find()) {
                    w = w + "e";
                } else if (STEP1B_DOUBLE.matcher(w).find()) {
                    w = chop(w);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        return w;
    }

    private static String step1c(String w) {
        Matcher m = STEP1C_Y.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                return stem + "i";
            }
        }
        return w;
    }

    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_0.matcher(stem).find()) {
                return stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    private static String step4(String w) {
        w = removeIfLongStem(w, STEP4);
        w = removeIfLongStem(w, STEP4_MENT);
        Matcher ent = STEP4_ENT.matcher(w);
        if (ent.find()) {
            return removeIfLongStem(w, STEP4_ENT);
        }
        Matcher ion = STEP4_ION.matcher(w);
        if (ion.find()) {
            String stem = w.substring(0, ion.start()) + ion.group(1);
            if (M_GT_1.matcher(stem).find()) {
                return stem;
            }
        }
        return w;
    }

    /** Drops the suffix matched by {@code suffix} when the remaining stem has a measure above one. */
    private static String removeIfLongStem(String w, Pattern suffix) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()) {
                return stem;
            }
        }
        return w;
    }

    private static String step5(String w) {
        Matcher m = STEP5_E.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()
                    || (M_EQ_1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (STEP5_LL.matcher(w).find() && M_GT_1.matcher(w).find()) {
            w = chop(w);
        }
        return w;
    }

    private static String chop(String w) {
        return w.substring(0, w.length() - 1);
    }
}
