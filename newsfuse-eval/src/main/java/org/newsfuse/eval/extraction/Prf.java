package org.newsfuse.eval.extraction;

/** Precision, recall and their harmonic mean F1, each in [0, 1]. */
public record Prf(double precision, double recall, double f1) {
    /** F1 computed from precision and recall (0 when both are 0). */
    public static Prf of(double precision, double recall) {
        double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Prf(precision, recall, f);
    }
}
