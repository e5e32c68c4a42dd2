package org.newsfuse.quotes;

import java.util.List;
import java.util.Set;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;

/**
 * Words that open a clause before a verb of saying and are not its subject: a time before a
 * subordinating preposition ("Years after [name] claimed …", "A few weeks after [name] announced …",
 * "After [name] said …": the subject is the name), a subordinator or participle alone at the sentence's start ("When told
 * …, [name] said", "Having announced …"), and an auxiliary between a subject and its floating
 * quantifier ("[name] and [name] have both argued …").
 */
final class ClauseOpeners {
    private ClauseOpeners() {
    }

    /** Prepositions that also open a clause: "after [name] said", "before [name] announced". */
    private static final Set<String> SUBORDINATING = Set.of("after", "before", "since", "until", "till");

    /** Words that open a sentence and never name a speaker on their own. */
    private static final Set<String> OPENERS = Set.of("when", "while", "whilst", "after", "before", "since", "until",
            "if", "unless", "although", "though", "because", "once", "whether", "why", "how", "where", "what",
            "asked", "told", "having", "being", "as", "so", "yet");

    /** Words before "after"/"before" that make it open a clause of time ("Years after", "shortly after"). */
    private static final Set<String> SPANS = Set.of("years", "months", "weeks", "days", "hours", "minutes",
            "moments", "decades", "year", "month", "week", "day", "hour", "shortly", "soon", "long", "just",
            "right", "immediately", "ago");

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "be", "been", "being");

    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "are", "were", "will", "would",
            "can", "could", "may", "might", "should", "did", "do");

    /**
     * The subject of a clause a subordinating preposition at {@code k} opens ("after [name] claimed"):
     * {@code t[start, j]}, when that is no time alone ("Clinton after Tuesday said" stays a time);
     * else null.
     */
    static int[] subordinateSubject(List<Token> t, int k, int start, int j) {
        if (k < 0 || !SUBORDINATING.contains(lower(t, k)) || start > j || timeOnly(t, start, j)
                || !(k == firstWord(t) || SPANS.contains(lower(t, k - 1))) || BE.contains(lower(t, j + 1)) || lower(t, j + 1).endsWith("ing")) {
            return null; // only "After …", "Years after …"; "after the winner was declared" is passive,
                         // "the day after a man claiming …" no clause
        }
        for (int x = start; x <= j; x++) {
            if (lower(t, x).equals("'s") || lower(t, x).equals("’s")) {
                return null; // "after Tuesday's debate": a time or event, not a subject
            }
        }
        return new int[] {start, j + 1};
    }

    private static boolean timeOnly(List<Token> t, int from, int to) {
        for (int x = from; x <= to; x++) {
            if (!TIME_WORDS.contains(lower(t, x)) && !MONTHS.contains(lower(t, x)) && !SPANS.contains(lower(t, x))
                    && !pos(t, x).equals("NUM")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code j} opens a sentence without naming anyone ("When", "Having", "Asked"). */
    static boolean opener(List<Token> t, int j) {
        String w = lower(t, j);
        return OPENERS.contains(w) || w.endsWith("ing") && (pos(t, j).equals("VERB") || pos(t, j).equals("AUX"));
    }

    /**
     * "[name] and [name] have both argued", "they have all said": for a floating quantifier at
     * {@code j} after an auxiliary, the index of the word that ends the subject; -1 when there is none.
     */
    static int subjectBeforeAuxiliary(List<Token> t, int j) {
        if (j < 2 || !AUXILIARIES.contains(lower(t, j - 1))) {
            return -1;
        }
        int s = j - 2;
        return npToken(t, s) && !pos(t, s).equals("DET") || PRONOUNS.contains(lower(t, s)) ? s : -1;
    }
}
