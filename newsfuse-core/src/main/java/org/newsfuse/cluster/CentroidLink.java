package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agglomerative clustering by centroid link: repeatedly joins the two clusters whose centroids
 * (the normalised sums of their members' vectors, and of their embeddings when given) are most
 * alike, while the cosine reaches the threshold. Unlike average link, the centroid of a broad
 * cluster sharpens as it grows (what its members share adds up, what they do not averages out), so
 * it suits broad topics that span many events. Only pairs linked by an initial candidate edge, or
 * inherited from one through a join, are ever compared.
 */
final class CentroidLink {
    private CentroidLink() {
    }

    /** Candidate neighbours a cluster keeps after a join. */
    static final int MAX_NEIGHBOURS = 64;

    /**
     * @param sums       per starting node, its summed term vector (term id → weight); consumed
     * @param nsums      per starting node, its summed names vector, or null; consumed
     * @param esums      per starting node, its summed embedding, or null
     * @param candidates initial candidate pairs {a, b}
     * @param nameWeight share of the names' centroid cosine in the similarity
     * @param embWeight  share of the embedding cosine in the similarity
     * @param maxTerms   terms kept per centroid
     */
    static int[] cluster(List<Map<Integer, Double>> sums, List<Map<Integer, Double>> nsums, float[][] esums,
            List<int[]> candidates, double threshold, double nameWeight, double embWeight, int maxTerms) {
        int n = sums.size();
        SparseVector[] cent = new SparseVector[n];
        SparseVector[] ncent = nsums == null ? null : new SparseVector[n];
        for (int i = 0; i < n; i++) {
            cent[i] = SparseVector.normalised(sums.get(i), maxTerms);
            if (ncent != null) {
                ncent[i] = SparseVector.normalised(nsums.get(i), maxTerms);
            }
        }
        Sim sim = (a, b) -> {
            double s = cent[a].dot(cent[b], StoryClusterer.MIN_SHARED);
            if (ncent != null) {
                s = (1 - nameWeight) * s + nameWeight * ncent[a].dot(ncent[b], 1);
            }
            return embSim(s, esums, a, b, embWeight);
        };
        List<Set<Integer>> nb = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nb.add(new HashSet<>());
        }
        for (int[] c : candidates) {
            if (c[0] != c[1]) {
                nb.get(c[0]).add(c[1]);
                nb.get(c[1]).add(c[0]);
            }
        }
        Agglomeration joins = new Agglomeration(n);
        for (int a = 0; a < n; a++) {
            for (int b : nb.get(a)) {
                if (a < b) {
                    double s = sim.of(a, b);
                    if (s >= threshold) {
                        joins.offer(s, a, b);
                    }
                }
            }
        }
        for (int[] pair = joins.next(); pair != null; pair = joins.next()) {
            int a = pair[0];
            int b = pair[1];
            join(sums, cent, a, b, maxTerms);
            if (ncent != null) {
                join(nsums, ncent, a, b, maxTerms);
            }
            if (esums != null) {
                for (int d = 0; d < esums[a].length; d++) {
                    esums[a][d] += esums[b][d];
                }
            }
            Set<Integer> na = nb.get(a);
            na.addAll(nb.get(b));
            na.remove(a);
            na.remove(b);
            nb.set(b, null);
            joins.join(a, b);
            Map<Integer, Double> sims = new HashMap<>();
            for (int c : na) {
                Set<Integer> nc = nb.get(c);
                nc.remove(b);
                nc.add(a);
                double s = sim.of(a, c);
                sims.put(c, s);
                if (s >= threshold) {
                    joins.offer(s, a, c);
                }
            }
            if (na.size() > MAX_NEIGHBOURS) {
                // a big cluster keeps only its closest neighbours, so each join costs a bounded amount
                List<Integer> byScore = new ArrayList<>(na);
                byScore.sort((x, y) -> Double.compare(sims.get(y), sims.get(x)));
                for (int c : byScore.subList(MAX_NEIGHBOURS, byScore.size())) {
                    na.remove(c);
                    nb.get(c).remove(a);
                }
            }
        }
        return joins.labels();
    }

    /** Adds cluster b's summed vector to a's and renews a's centroid; b's are gone. */
    private static void join(List<Map<Integer, Double>> sums, SparseVector[] cent, int a, int b, int maxTerms) {
        Map<Integer, Double> sa = sums.get(a);
        sums.get(b).forEach((k, v) -> sa.merge(k, v, Double::sum));
        sums.set(b, null);
        if (sa.size() > 4 * maxTerms) {
            prune(sa, 2 * maxTerms);
        }
        cent[a] = SparseVector.normalised(sa, maxTerms);
        cent[b] = null;
    }

    /** Keeps the {@code keep} heaviest terms of a centroid sum: a big cluster's tail terms barely move its cosines. */
    static void prune(Map<Integer, Double> m, int keep) {
        double[] w = new double[m.size()];
        int i = 0;
        for (double v : m.values()) {
            w[i++] = v;
        }
        java.util.Arrays.sort(w);
        double cut = w[w.length - keep];
        m.values().removeIf(v -> v < cut);
    }

    private interface Sim {
        double of(int a, int b);
    }

    private static double embSim(double s, float[][] esums, int a, int b, double w) {
        if (esums != null && w > 0) {
            double na = Math.sqrt(StoryClusterer.cosine(esums[a], esums[a]));
            double nbn = Math.sqrt(StoryClusterer.cosine(esums[b], esums[b]));
            s = (1 - w) * s + w * StoryClusterer.cosine(esums[a], esums[b]) / Math.max(na * nbn, 1e-12);
        }
        return s;
    }
}
