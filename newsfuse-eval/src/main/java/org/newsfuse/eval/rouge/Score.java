package org.newsfuse.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * One ROUGE figure for one peer: recall, precision and F as ROUGE-1.5.5 reports them, with the
 * counts they come from.
 *
 * <p>As in the reference script, recall and precision are rounded to five decimals and F is
 * computed from those rounded values, then rounded itself. The counts are summed over the
 * references that entered the score (all of them for {@link Averaging#AVERAGE}, the best one for
 * {@link Averaging#BEST}).
 *
 * @param recall     hits / reference total
 * @param precision  hits / peer total
 * @param f          weighted harmonic mean {@code P·R / ((1−α)·P + α·R)}
 * @param hits       matched n-grams (or LCS tokens), clipped
 * @param modelTotal n-grams (or tokens) of the references
 * @param peerTotal  n-grams (or tokens) of the peer, counted once per reference
 */
public record Score(double recall, double precision, double f, long hits, long modelTotal, long peerTotal) {

    /** The score from raw counts, rounded exactly as ROUGE-1.5.5 prints it. */
    static Score of(long hits, long modelTotal, long peerTotal, double alpha) {
        double r = modelTotal != 0 ? round5((double) hits / modelTotal) : 0.0;
        double p = peerTotal != 0 ? round5((double) hits / peerTotal) : 0.0;
        double denominator = (1 - alpha) * p + alpha * r;
        double f = denominator > 0 ? round5((p * r) / denominator) : 0.0;
        return new Score(r, p, f, hits, modelTotal, peerTotal);
    }

    /**
     * The plain mean of recall, precision and F over many peers' scores ({@code -t 0}: every
     * evaluation counts once), with the counts summed.
     */
    public static Score mean(Collection<Score> scores) {
        if (scores.isEmpty()) {
            return new Score(0, 0, 0, 0, 0, 0);
        }
        double r = 0, p = 0, f = 0;
        long h = 0, m = 0, pt = 0;
        for (Score s : scores) {
            r += s.recall;
            p += s.precision;
            f += s.f;
            h += s.hits;
            m += s.modelTotal;
            pt += s.peerTotal;
        }
        int n = scores.size();
        return new Score(r / n, p / n, f / n, h, m, pt);
    }

    /**
     * Rounds to five decimals as C's {@code printf("%7.5f")} does: the exact binary value, ties to
     * even.
     */
    static double round5(double x) {
        return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }
}
