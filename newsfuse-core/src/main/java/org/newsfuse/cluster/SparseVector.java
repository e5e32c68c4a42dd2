package org.newsfuse.cluster;

import java.util.Arrays;
import java.util.Map;

/** A sparse vector over term ids: ids ascending, with their weights; L2-normalised when built by {@link #normalised}. */
public final class SparseVector {
    final int[] ids;
    final float[] weights;

    SparseVector(int[] ids, float[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** A unit vector from term id → weight, keeping the {@code maxTerms} heaviest terms and any tied with the last. */
    static SparseVector normalised(Map<Integer, Double> m, int maxTerms) {
        int n = m.size();
        int[] ids = new int[n];
        double[] w = new double[n];
        int k = 0;
        for (Map.Entry<Integer, Double> e : m.entrySet()) {
            ids[k] = e.getKey();
            w[k] = e.getValue();
            k++;
        }
        int keep = n;
        if (n > maxTerms) {
            double[] sorted = w.clone();
            Arrays.sort(sorted);
            double cut = sorted[n - maxTerms];
            // every term tied with the last one kept stays too: which of equals to drop would be an
            // arbitrary choice (it used to follow term ids, which made runs differ)
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (w[i] >= cut) {
                    ids[j] = ids[i];
                    w[j] = w[i];
                    j++;
                }
            }
            keep = j;
        }
        // sort by id: (id << 32 | position) keys, no boxing
        long[] key = new long[keep];
        for (int i = 0; i < keep; i++) {
            key[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(key);
        double norm = 0;
        for (int i = 0; i < keep; i++) {
            norm += w[i] * w[i];
        }
        norm = Math.sqrt(norm);
        int[] oi = new int[keep];
        float[] ow = new float[keep];
        for (int i = 0; i < keep; i++) {
            int p = (int) (key[i] & 0xffffffffL);
            oi[i] = ids[p];
            ow[i] = norm == 0 ? 0 : (float) (w[p] / norm);
        }
        return new SparseVector(oi, ow);
    }

    public int size() {
        return ids.length;
    }

    /** The dot product, or 0 when the vectors share fewer than {@code minShared} terms (one shared word is chance). */
    public double dot(SparseVector o, int minShared) {
        int i = 0;
        int j = 0;
        int shared = 0;
        double s = 0;
        while (i < ids.length && j < o.ids.length) {
            int a = ids[i];
            int b = o.ids[j];
            if (a == b) {
                s += weights[i] * o.weights[j];
                shared++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return shared >= minShared ? s : 0;
    }

    /**
     * The largest single shared term's share of the dot product with {@code o}: near 1 when the two
     * vectors agree on one term only (0 when they share nothing).
     */
    double topShare(SparseVector o) {
        int i = 0;
        int j = 0;
        double s = 0;
        double max = 0;
        while (i < ids.length && j < o.ids.length) {
            int a = ids[i];
            int b = o.ids[j];
            if (a == b) {
                double p = weights[i] * o.weights[j];
                s += p;
                max = Math.max(max, p);
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return s <= 0 ? 0 : max / s;
    }

    public double dot(SparseVector o) {
        return dot(o, 0);
    }

    /** Positions of the {@code k} heaviest terms, heaviest first (computed once per vector). */
    int[] top(int k) {
        int[] t = top;
        if (t != null && t.length == Math.min(k, ids.length)) {
            return t;
        }
        int n = ids.length;
        // weights are non-negative floats, whose bit patterns sort as the values do
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            key[i] = ((long) Float.floatToIntBits(weights[i]) << 32) | i;
        }
        Arrays.sort(key);
        int m = Math.min(k, n);
        t = new int[m];
        for (int i = 0; i < m; i++) {
            t[i] = (int) (key[n - 1 - i] & 0xffffffffL);
        }
        top = t;
        return t;
    }

    private volatile int[] top;
}
