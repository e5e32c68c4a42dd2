package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Token;
import org.newsfuse.text.StoryVectors;
import org.newsfuse.text.TermVector;

/**
 * Shorter versions of a sentence that still stand as sentences: the sentence up to the comma
 * before its attribution tail (", officials said.", ", according to the ministry.") or before a
 * trailing clause (", which ...", ", while ...", ", killing ..."), closed with a full stop. Only
 * the end is dropped, so what is left is the source's own words, in its order, and it cites the
 * sentence it came from.
 */
final class Compression {
    private Compression() {
    }

    /** Words that open a trailing clause an editor may drop. */
    private static final Set<String> CLAUSE = Set.of("which", "who", "whose", "while", "as", "after", "before",
            "because", "although", "though", "where", "when", "including", "saying", "adding", "leaving", "bringing",
            "making", "citing", "according", "despite", "amid", "but", "with", "a", "an", "the");
    /** Verbs of attribution: a tail holding one of these and a name or "officials" reports who said it. */
    private static final Set<String> SAYS = Set.of("said", "says", "say", "told", "reported", "reports", "announced",
            "added", "according", "stated", "confirmed", "quoted");

    /**
     * The shortened versions of a sentence, longest first: each a prefix of it ending at a comma,
     * at least {@code minWords} words, with a verb and balanced quotation marks.
     */
    static List<SentenceUnit> variants(SentenceUnit u, int minWords) {
        List<SentenceUnit> out = new ArrayList<>();
        List<Token> tokens = u.sentence().tokens();
        int base = u.sentence().start();
        for (int k = tokens.size() - 2; k > 0; k--) {
            Token comma = tokens.get(k);
            if (!comma.text().equals(",") && !comma.text().equals(";")) {
                continue;
            }
            Token next = tokens.get(k + 1);
            String w = next.text().toLowerCase(Locale.ROOT);
            boolean tail = CLAUSE.contains(w) || attribution(tokens.subList(k + 1, tokens.size()));
            if (!tail) {
                continue;
            }
            List<Token> kept = new ArrayList<>(tokens.subList(0, k));
            if (kept.isEmpty() || kept.stream().noneMatch(Editorial::isVerb)) {
                continue;
            }
            int end = kept.get(kept.size() - 1).end() - base;
            String text = u.text().substring(0, end) + ".";
            int words = StorySentences.words(text);
            if (words < minWords || !Summarizer.balancedQuotes(text)) {
                continue;
            }
            out.add(new SentenceUnit(u.articleIndex(), u.article(), u.sentence(), text, words, restrict(u.terms(), kept),
                    StorySentences.bigrams(kept)));
        }
        return out;
    }

    /** A tail that only says who said it: an attribution verb within its first words, no other clause. */
    private static boolean attribution(List<Token> tail) {
        int words = 0;
        boolean says = false;
        for (Token t : tail) {
            if (t.isWord()) {
                words++;
                says |= SAYS.contains(t.text().toLowerCase(Locale.ROOT));
            }
        }
        return says && words <= 12;
    }

    /** The sentence's weighted terms, kept only for the stems its prefix holds. */
    private static TermVector restrict(TermVector terms, List<Token> kept) {
        Set<String> stems = new HashSet<>();
        for (Token t : kept) {
            if (StoryVectors.isContent(t)) {
                stems.add(StoryVectors.fold(t.stem()));
            }
        }
        Map<String, Double> w = new HashMap<>();
        for (Map.Entry<String, Double> e : terms.weights().entrySet()) {
            if (stems.contains(e.getKey())) {
                w.put(e.getKey(), e.getValue());
            }
        }
        return new TermVector(w);
    }
}
