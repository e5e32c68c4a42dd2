package org.newsfuse.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.model.Token;

/**
 * The words a summary of the story would be expected to contain, and how often: every word (its
 * stem, function words included) of every article, each occurrence weighted by how early its
 * sentence stands — {@code 1 / (1 + i / span)} for the article's sentence {@code i} — and scaled so
 * that the expected counts add up to the summary's length. Newswire puts what matters first, and
 * a summary of several articles reads much like their leads; the later sentences still count, for
 * less.
 */
final class PseudoReference {
    private PseudoReference() {
    }

    /**
     * Expected count of each stem in a summary of {@code words} words.
     *
     * @param sentences the story's sentences, every article's
     * @param words     the summary's length
     * @param span      sentences over which the weight of a position halves (from the first)
     */
    static Map<String, Double> of(List<SentenceUnit> sentences, int words, double span) {
        Map<String, Double> mass = new HashMap<>();
        double total = 0;
        for (SentenceUnit u : sentences) {
            double w = 1.0 / (1.0 + u.sentence().index() / span);
            for (Token t : u.sentence().tokens()) {
                if (t.isWord()) {
                    mass.merge(t.stem(), w, Double::sum);
                    total += w;
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        if (total <= 0) {
            return out;
        }
        for (Map.Entry<String, Double> e : mass.entrySet()) {
            out.put(e.getKey(), words * e.getValue() / total);
        }
        return out;
    }
}
