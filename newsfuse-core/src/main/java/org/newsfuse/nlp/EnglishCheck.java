package org.newsfuse.nlp;

import java.util.Set;

/**
 * A cheap check whether an article's text is in another language than English, read from the
 * text itself: the share of its words that are common English function words ("the", "of",
 * "which", ...) against the share of common function words of the other languages news is written
 * in ("der", "und", "les", "los", "della", "não", "het", "się", ...), and the share of words in
 * another script than the Latin one.
 *
 * <p>A text is <em>not English</em> when fewer than {@value #MAX_ENGLISH_SHARE} of its words are
 * English function words and either at least {@value #MIN_OTHER_SHARE} of them are another
 * language's function words, or at least half of them are in another script, or the page declares
 * another language. English news text has about a fifth of its words in the English list and
 * almost none in the other; German, French, Spanish or Polish text the reverse. A text that is
 * neither (invented words, lists of names) counts as English: only evidence of another language
 * makes a text not English. Only the first {@value #WORDS_READ} words are read; a text with fewer
 * than {@value #MIN_WORDS} words counts as English.
 */
public final class EnglishCheck {
    /** Words read at most. */
    static final int WORDS_READ = 400;
    /** Below this many words a text counts as English. */
    static final int MIN_WORDS = 40;
    /** At or above this share of English function words a text is English. */
    static final double MAX_ENGLISH_SHARE = 0.06;
    /** At or above this share of other languages' function words a text is another language's. */
    static final double MIN_OTHER_SHARE = 0.08;

    // the English list leaves out the short words other languages share with it: "in", "an", "a",
    // "to", "on", "was", "will", "also", "do", "die", "i", "is"
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "that", "for", "with", "his",
            "from", "said", "says", "are", "be", "have", "has", "had", "this", "not", "but", "were", "they", "which",
            "their", "been", "who", "would", "its", "after", "more", "than", "about", "her", "she", "there", "when",
            "it", "by", "at", "he", "we", "you", "our", "these", "those", "could", "should", "what", "where",
            "into", "over", "some", "other", "them", "him", "your", "can", "just", "does", "did", "or");

    // none of these is an English word a sentence uses often
    private static final Set<String> OTHER = Set.of(
            // German
            "der", "und", "das", "ist", "nicht", "sich", "mit", "dem", "den", "des", "ein", "eine", "einen", "auf",
            "für", "von", "zu", "im", "auch", "wird", "werden", "wie", "bei", "nach", "aus", "oder", "sind", "hat",
            "noch", "nur", "zum", "zur", "über", "vor", "dass", "wurde", "sie", "er", "ich", "wir", "aber",
            // French
            "le", "la", "les", "et", "du", "une", "un", "est", "pour", "dans", "qui", "que", "sur", "pas",
            "par", "au", "aux", "avec", "ce", "sont", "il", "elle", "été", "plus", "cette", "ont", "mais",
            // Spanish, Italian, Portuguese
            "el", "los", "las", "y", "del", "por", "con", "una", "para", "es", "se", "lo", "su", "como", "más",
            "pero", "di", "che", "della", "per", "non", "sono", "gli", "nel", "alla", "os", "da", "em",
            "não", "uma", "com", "são", "ao", "também",
            // Dutch
            "de", "het", "een", "van", "en", "niet", "op", "voor", "zijn", "met", "ook", "dat",
            // Polish, Czech
            "się", "nie", "na", "jest", "że", "w", "z", "od", "jak", "ale", "po", "za", "oraz", "tak", "jako",
            "je", "ve", "že");

    private EnglishCheck() {
    }

    /** Whether {@code text} reads as English; {@code declared} is the page's language (ISO 639-1), or null. */
    public static boolean isEnglish(String text, String declared) {
        int words = 0;
        int english = 0;
        int other = 0;
        int otherScript = 0;
        int n = text.length();
        int i = 0;
        char[] buf = new char[8];
        while (i < n && words < WORDS_READ) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len == 0) {
                break;
            }
            words++;
            if (text.charAt(start) > 0x24F) {
                otherScript++;
            } else if (len <= buf.length) {
                for (int k = 0; k < len; k++) {
                    buf[k] = Character.toLowerCase(text.charAt(start + k));
                }
                String w = new String(buf, 0, len);
                if (ENGLISH.contains(w)) {
                    english++;
                } else if (OTHER.contains(w)) {
                    other++;
                }
            }
        }
        if (words < MIN_WORDS || english >= MAX_ENGLISH_SHARE * words) {
            return true;
        }
        boolean declaredOther = declared != null && !declared.isEmpty() && !declared.equalsIgnoreCase("en");
        return !(other >= MIN_OTHER_SHARE * words || 2 * otherScript >= words || declaredOther);
    }
}
