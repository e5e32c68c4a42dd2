package org.newsfuse.text;

import java.util.Locale;
import java.util.Set;

/** English function words: they carry no topic, so similarity ignores them. */
public final class StopWords {
    private StopWords() {
    }

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "else", "ever",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither",
            "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "ought", "our",
            "ours", "ourselves", "out", "over", "own", "per", "same", "shall", "she", "should", "since", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up",
            "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while",
            "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
            "yours", "yourself", "yourselves", "said", "says", "say", "told", "according", "mr", "mrs", "ms",
            "s", "t", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "don", "didn", "doesn", "won", "isn",
            "aren", "wasn", "weren", "hasn", "haven", "hadn", "wouldn", "couldn", "shouldn", "let", "like",
            "well", "still", "even", "another", "many", "several", "onto", "across", "along", "among", "around",
            "etc", "ie", "eg");

    public static boolean is(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
