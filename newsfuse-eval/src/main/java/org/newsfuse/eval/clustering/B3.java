package org.newsfuse.eval.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering scores over documents. B³ (Bagga and Baldwin 1998): for each document, precision is
 * the share of its predicted cluster that shares its gold cluster, recall the share of its gold
 * cluster that shares its predicted cluster; both averaged over documents, F1 their harmonic mean.
 * Pairwise: precision and recall over the pairs of documents put together.
 */
public final class B3 {
    private B3() {
    }

    /** Precision, recall and F1 of one measure. */
    public record Score(double precision, double recall, double f1) {
        static Score of(double p, double r) {
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    public static <G, P> Score b3(List<G> gold, List<P> predicted) {
        check(gold, predicted);
        int n = gold.size();
        Map<G, Integer> goldSize = new HashMap<>();
        Map<P, Integer> predSize = new HashMap<>();
        Map<List<Object>, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            goldSize.merge(gold.get(i), 1, Integer::sum);
            predSize.merge(predicted.get(i), 1, Integer::sum);
            both.merge(List.of(gold.get(i), predicted.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int common = both.get(List.of(gold.get(i), predicted.get(i)));
            p += (double) common / predSize.get(predicted.get(i));
            r += (double) common / goldSize.get(gold.get(i));
        }
        return n == 0 ? Score.of(0, 0) : Score.of(p / n, r / n);
    }

    public static <G, P> Score pairwise(List<G> gold, List<P> predicted) {
        check(gold, predicted);
        Map<G, Integer> goldSize = new HashMap<>();
        Map<P, Integer> predSize = new HashMap<>();
        Map<List<Object>, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldSize.merge(gold.get(i), 1, Integer::sum);
            predSize.merge(predicted.get(i), 1, Integer::sum);
            both.merge(List.of(gold.get(i), predicted.get(i)), 1, Integer::sum);
        }
        double tp = pairs(both.values());
        double goldPairs = pairs(goldSize.values());
        double predPairs = pairs(predSize.values());
        double p = predPairs == 0 ? (goldPairs == 0 ? 1 : 0) : tp / predPairs;
        double r = goldPairs == 0 ? 1 : tp / goldPairs;
        return Score.of(p, r);
    }

    private static double pairs(Iterable<Integer> sizes) {
        double s = 0;
        for (int k : sizes) {
            s += (double) k * (k - 1) / 2;
        }
        return s;
    }

    private static void check(List<?> gold, List<?> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " documents, the prediction " + predicted.size());
        }
    }
}
