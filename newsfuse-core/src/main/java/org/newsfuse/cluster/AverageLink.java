package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agglomerative clustering by average link over a sparse similarity graph: repeatedly joins the two
 * clusters whose mean similarity over all pairs of their members is highest, while it reaches the
 * threshold. A pair with no edge counts as similarity 0, so only the edges found by candidate
 * retrieval are ever stored (memory and time follow the edges, not n²).
 */
final class AverageLink {
    private AverageLink() {
    }

    /** An edge: the sum of similarities over all member pairs of nodes {@code a} and {@code b}. */
    record Edge(int a, int b, double sum) {
    }

    /**
     * @param sizes     members per starting node (1 for documents)
     * @param edges     edges between distinct nodes (each pair at most once)
     * @param threshold mean similarity needed to join
     * @return for each node, its cluster label (0, 1, 2, ... in order of each cluster's first node)
     */
    static int[] cluster(int[] sizes, List<Edge> edges, double threshold) {
        return cluster(sizes, edges, threshold, null);
    }

    /** Whether two clusters (named by a node of each) must not join, whatever their similarity. */
    interface Veto {
        /** Called before cluster {@code b} joins {@code a}; {@link #joined} follows when it does. */
        boolean forbids(int a, int b);

        void joined(int a, int b);
    }

    /** As {@link #cluster(int[], List, double)}, a join the veto forbids skipped (until either side changes). */
    static int[] cluster(int[] sizes, List<Edge> edges, double threshold, Veto veto) {
        int n = sizes.length;
        long[] size = new long[n];
        for (int i = 0; i < n; i++) {
            size[i] = sizes[i];
        }
        List<Map<Integer, Double>> nb = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nb.add(null);
        }
        Agglomeration joins = new Agglomeration(n);
        for (Edge e : edges) {
            if (e.a == e.b) {
                continue;
            }
            nbOf(nb, e.a).merge(e.b, e.sum, Double::sum);
            nbOf(nb, e.b).merge(e.a, e.sum, Double::sum);
        }
        for (int a = 0; a < n; a++) {
            Map<Integer, Double> m = nb.get(a);
            if (m == null) {
                continue;
            }
            for (Map.Entry<Integer, Double> e : m.entrySet()) {
                int b = e.getKey();
                if (a < b) {
                    double avg = e.getValue() / (size[a] * size[b]);
                    if (avg >= threshold) {
                        joins.offer(avg, a, b);
                    }
                }
            }
        }
        for (int[] pair = joins.next(); pair != null; pair = joins.next()) {
            int a = pair[0];
            int b = pair[1];
            if (veto != null && veto.forbids(a, b)) {
                continue;
            }
            if (veto != null) {
                veto.joined(a, b);
            }
            // join b into a
            Map<Integer, Double> ma = nbOf(nb, a);
            Map<Integer, Double> mb = nbOf(nb, b);
            ma.remove(b);
            mb.remove(a);
            if (mb.size() > ma.size()) {
                Map<Integer, Double> t = ma;
                ma = mb;
                mb = t;
                nb.set(a, ma);
            }
            for (Map.Entry<Integer, Double> e : mb.entrySet()) {
                ma.merge(e.getKey(), e.getValue(), Double::sum);
            }
            nb.set(b, null);
            joins.join(a, b);
            size[a] += size[b];
            for (Map.Entry<Integer, Double> e : ma.entrySet()) {
                int c = e.getKey();
                Map<Integer, Double> mc = nb.get(c);
                mc.remove(b);
                mc.put(a, e.getValue());
                double avg = e.getValue() / (size[a] * size[c]);
                if (avg >= threshold) {
                    joins.offer(avg, a, c);
                }
            }
        }
        return joins.labels();
    }

    private static Map<Integer, Double> nbOf(List<Map<Integer, Double>> nb, int i) {
        Map<Integer, Double> m = nb.get(i);
        if (m == null) {
            m = new HashMap<>(8);
            nb.set(i, m);
        }
        return m;
    }
}
