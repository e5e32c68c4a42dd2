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

    /** A unit vector from term id → weight, keeping at most {@code maxTerms} of the heaviest terms. */
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
        if (n > maxTerms) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(w[b], w[a]));
            int[] ids2 = new int[maxTerms];
            double[] w2 = new double[maxTerms];
            for (int i = 0; i < maxTerms; i++) {
                ids2[i] = ids[order[i]];
                w2[i] = w[order[i]];
            }
            return sorted(ids2, w2);
        }
        return sorted(ids, w);
    }

    private static SparseVector sorted(int[] ids, double[] w) {
        int n = ids.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        double norm = 0;
        for (double x : w) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        int[] oi = new int[n];
        float[] ow = new float[n];
        for (int i = 0; i < n; i++) {
            oi[i] = ids[order[i]];
            ow[i] = norm == 0 ? 0 : (float) (w[order[i]] / norm);
        }
        return new SparseVector(oi, ow);
    }

    public int size() {
        return ids.length;
    }

    public double dot(SparseVector o) {
        int i = 0;
        int j = 0;
        double s = 0;
        while (i < ids.length && j < o.ids.length) {
            int a = ids[i];
            int b = o.ids[j];
            if (a == b) {
                s += weights[i] * o.weights[j];
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** Positions of the {@code k} heaviest terms. */
    int[] top(int k) {
        int n = ids.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
        int m = Math.min(k, n);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
