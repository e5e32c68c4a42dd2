package org.newsfuse.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A sparse weighted bag of terms with its Euclidean norm, for cosine similarity. Its terms are held
 * in a {@link HashMap}, whose order of iteration is the same in every run: the JVM's immutable maps
 * ({@code Map.copyOf}) iterate in an order salted per JVM, which made sums over the terms round
 * differently from run to run and ties between equally similar sentences fall either way.
 */
public final class TermVector {
    private final Map<String, Double> weights;
    private final HashMap<String, Double> map;
    private final double norm;
    /** The terms and weights in the map's order of iteration (the order sums over them follow). */
    private final String[] keys;
    private final double[] values;
    /**
     * The terms' hash codes in increasing order, and each one's index in {@link #keys}; null when two
     * terms share a hash code (then lookups go through the map).
     */
    private final int[] hashes;
    private final int[] byHash;

    public TermVector(Map<String, Double> weights) {
        String[] sorted = weights.keySet().toArray(new String[0]);
        java.util.Arrays.sort(sorted); // the same insertion order whatever the order of the map given
        HashMap<String, Double> m = new HashMap<>(Math.max(4, sorted.length * 4 / 3 + 1));
        for (String k : sorted) {
            m.put(k, weights.get(k));
        }
        this.map = m;
        this.weights = Collections.unmodifiableMap(m);
        this.keys = new String[m.size()];
        this.values = new double[m.size()];
        long[] packed = new long[m.size()];
        int i = 0;
        double n = 0;
        for (Map.Entry<String, Double> e : m.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            n += values[i] * values[i];
            packed[i] = (long) keys[i].hashCode() << 32 | i;
            i++;
        }
        this.norm = Math.sqrt(n);
        java.util.Arrays.sort(packed);
        int[] h = new int[packed.length];
        int[] at = new int[packed.length];
        boolean distinct = true;
        for (int k = 0; k < packed.length; k++) {
            h[k] = (int) (packed[k] >> 32);
            at[k] = (int) packed[k];
            distinct &= k == 0 || h[k] != h[k - 1];
        }
        this.hashes = distinct ? h : null;
        this.byHash = distinct ? at : null;
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /** Whether the vector has the term (as {@code weights().containsKey(term)}). */
    public boolean contains(String term) {
        return map.containsKey(term);
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    public double cosine(TermVector o) {
        if (norm == 0 || o.norm == 0) {
            return 0;
        }
        TermVector small = keys.length <= o.keys.length ? this : o;
        TermVector big = small == this ? o : this;
        double dot = 0;
        for (int i = 0; i < small.keys.length; i++) {
            Double w = big.map.get(small.keys[i]);
            if (w != null) {
                dot += small.values[i] * w;
            }
        }
        return dot / (norm * o.norm);
    }

    /** Number of terms the two vectors share. */
    public int overlap(TermVector o) {
        if (hashes != null && o.hashes != null) {
            // both terms' hash codes distinct: a merge of the sorted codes, equal codes checked as strings
            int n = 0;
            int a = 0;
            int b = 0;
            while (a < hashes.length && b < o.hashes.length) {
                if (hashes[a] < o.hashes[b]) {
                    a++;
                } else if (hashes[a] > o.hashes[b]) {
                    b++;
                } else {
                    if (keys[byHash[a]].equals(o.keys[o.byHash[b]])) {
                        n++;
                    }
                    a++;
                    b++;
                }
            }
            return n;
        }
        return overlapByLookup(o);
    }

    private int overlapByLookup(TermVector o) {
        Map<String, Double> small = weights.size() <= o.weights.size() ? weights : o.weights;
        Map<String, Double> big = small == weights ? o.weights : weights;
        int n = 0;
        for (String k : small.keySet()) {
            if (big.containsKey(k)) {
                n++;
            }
        }
        return n;
    }

    /** The sum of several vectors. */
    public static TermVector sum(Iterable<TermVector> vectors) {
        Map<String, Double> m = new HashMap<>();
        for (TermVector v : vectors) {
            v.weights.forEach((k, w) -> m.merge(k, w, Double::sum));
        }
        return new TermVector(m);
    }
}
