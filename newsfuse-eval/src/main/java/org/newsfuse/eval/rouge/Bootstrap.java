package org.newsfuse.eval.rouge;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * The averages ROUGE-1.5.5 prints over many evaluations ({@code Average_R: 0.38309 (95%-conf.int.
 * … - …)}): not the plain mean of the per-evaluation scores but the mean of 1,000 bootstrap
 * resamples, each drawn with Perl's {@code rand} after {@code srand(i)} for i = 0 … 999, and the 95%
 * interval read off the sorted resample means.
 *
 * <p>Because the seeds are fixed the result is deterministic and systematically offset from the
 * plain mean: on the 25 DUC 2004 clusters here it is 0.0002–0.0014 higher for ROUGE-1 recall (Lead:
 * plain 0.31110, printed 0.31247). Published DUC figures are these printed values, so comparisons
 * with them must use {@link #average} too, or compare plain means with plain means.
 *
 * <p>Perl draws with a 48-bit linear congruential generator (its own {@code drand48} since 5.20,
 * the C library's before, same constants): state {@code (seed << 16) + 0x330E}, step
 * {@code state·0x5DEECE66D + 0xB mod 2^48}, value {@code state / 2^48}.
 */
public final class Bootstrap {

    /** ROUGE-1.5.5's number of resamples ({@code -r} default). */
    public static final int RESAMPLES = 1000;

    /**
     * A bootstrap estimate as the script prints it, rounded to five decimals.
     *
     * @param mean the mean of the resample means ({@code Average_X})
     * @param low  the lower bound of the 95% interval
     * @param high the upper bound of the 95% interval
     */
    public record Estimate(double mean, double low, double high) {
    }

    private Bootstrap() {
    }

    /**
     * The average ROUGE-1.5.5 prints for these per-evaluation scores.
     *
     * @param scoresByEvaluation one score per evaluation, keyed as the script keys its instances
     *                           ({@code <evalID>.<peerID>}, e.g. {@code d30001.DPP}; the script
     *                           sorts the keys as strings, as a {@link SortedMap} of strings does)
     */
    public static Estimate average(SortedMap<String, Double> scoresByEvaluation) {
        if (scoresByEvaluation.comparator() != null) {
            throw new IllegalArgumentException("keys must be in natural (string) order");
        }
        double[] values = scoresByEvaluation.values().stream().mapToDouble(Double::doubleValue).toArray();
        return average(values);
    }

    /** As {@link #average(SortedMap)}, for scores already in the script's instance order. */
    public static Estimate average(double[] values) {
        int n = values.length;
        double[] means = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            Drand48 random = new Drand48(i);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += values[(int) (random.next() * n)];
            }
            means[i] = n > 0 ? sum / n : 0;
        }
        Arrays.sort(means);
        double total = 0;
        for (double m : means) {
            total += m; // summed in sorted order, as the script does
        }
        double delta = RESAMPLES * ((100 - 95) / 2.0) / 100.0;
        int upperA = (int) (RESAMPLES - delta - 1);
        int lowerA = (int) delta;
        double ratio = RESAMPLES - delta - 1 - upperA;
        double low = means[lowerA] + (means[lowerA + 1] - means[lowerA]) * ratio;
        double high = means[upperA] + (means[upperA + 1] - means[upperA]) * ratio;
        return new Estimate(Score.round5(total / RESAMPLES), Score.round5(low), Score.round5(high));
    }

    /** The plain mean, for comparison: what {@code -t 0} averaging means without resampling. */
    public static double plainMean(Map<String, Double> scoresByEvaluation) {
        return scoresByEvaluation.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Perl's {@code srand(seed)} followed by {@code rand()} calls. */
    static final class Drand48 {
        private static final long MASK = (1L << 48) - 1;
        private long state;

        Drand48(long seed) {
            state = (((seed & 0xFFFFFFFFL) << 16) + 0x330EL) & MASK;
        }

        double next() {
            state = (state * 0x5DEECE66DL + 0xBL) & MASK;
            return state / (double) (1L << 48);
        }
    }
}
