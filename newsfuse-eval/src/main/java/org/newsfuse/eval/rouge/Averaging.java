package org.newsfuse.eval.rouge;

/**
 * How ROUGE-1.5.5 combines the scores against several reference summaries ({@code -f}).
 */
public enum Averaging {
    /**
     * {@code -f A}, "model average": hits, reference n-gram totals and peer n-gram totals are each
     * summed over the references, and recall, precision and F are taken from the sums. This is a
     * micro-average (longer references weigh more), not the mean of per-reference recalls.
     */
    AVERAGE,
    /**
     * {@code -f B}, "best model": the counts of the single reference with the highest recall
     * (ROUGE-N compares recalls rounded to five decimals, ROUGE-L unrounded; the first reference
     * wins ties).
     */
    BEST
}
