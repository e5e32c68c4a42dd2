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
    private final double norm;

    public TermVector(Map<String, Double> weights) {
        String[] keys = weights.keySet().toArray(new String[0]);
        java.util.Arrays.sort(keys); // the same insertion order whatever the order of the map given
        HashMap<String, Double> m = new HashMap<>(Math.max(4, keys.length * 4 / 3 + 1));
        for (String k : keys) {
            m.put(k, weights.get(k));
        }
        this.weights = Collections.unmodifiableMap(m);
        double n = 0;
        for (double w : this.weights.values()) {
            n += w * w;
        }
        this.norm = Math.sqrt(n);
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    public double cosine(TermVector o) {
        if (norm == 0 || o.norm == 0) {
            return 0;
        }
        Map<String, Double> small = weights.size() <= o.weights.size() ? weights : o.weights;
        Map<String, Double> big = small == weights ? o.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = big.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm * o.norm);
    }

    /** Number of terms the two vectors share. */
    public int overlap(TermVector o) {
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
