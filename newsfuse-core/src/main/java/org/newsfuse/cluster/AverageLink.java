package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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

    private record Entry(double avg, int a, int b, int stampA, int stampB) {
    }

    /**
     * @param sizes     members per starting node (1 for documents)
     * @param edges     edges between distinct nodes (each pair at most once)
     * @param threshold mean similarity needed to join
     * @return for each node, its cluster label (0, 1, 2, ... in order of each cluster's first node)
     */
    static int[] cluster(int[] sizes, List<Edge> edges, double threshold) {
        int n = sizes.length;
        long[] size = new long[n];
        for (int i = 0; i < n; i++) {
            size[i] = sizes[i];
        }
        List<Map<Integer, Double>> nb = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nb.add(null);
        }
        PriorityQueue<Entry> pq = new PriorityQueue<>((x, y) -> Double.compare(y.avg, x.avg));
        int[] stamp = new int[n];
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
                        pq.add(new Entry(avg, a, b, 0, 0));
                    }
                }
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean[] dead = new boolean[n];
        while (!pq.isEmpty()) {
            Entry top = pq.poll();
            int a = top.a;
            int b = top.b;
            if (dead[a] || dead[b] || stamp[a] != top.stampA || stamp[b] != top.stampB) {
                continue;
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
            dead[b] = true;
            parent[b] = a;
            size[a] += size[b];
            stamp[a]++;
            for (Map.Entry<Integer, Double> e : ma.entrySet()) {
                int c = e.getKey();
                Map<Integer, Double> mc = nb.get(c);
                mc.remove(b);
                mc.put(a, e.getValue());
                double avg = e.getValue() / (size[a] * size[c]);
                if (avg >= threshold) {
                    pq.add(a < c ? new Entry(avg, a, c, stamp[a], stamp[c]) : new Entry(avg, c, a, stamp[c], stamp[a]));
                }
            }
        }
        int[] label = new int[n];
        Map<Integer, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            label[i] = ids.computeIfAbsent(r, k -> ids.size());
        }
        return label;
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
