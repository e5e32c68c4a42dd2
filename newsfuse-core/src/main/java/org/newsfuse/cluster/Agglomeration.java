package org.newsfuse.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The bookkeeping agglomerative clusterings share: a priority queue of candidate joins, best score
 * first, read lazily — an entry goes stale when either side has joined since it was scored, and is
 * skipped — and the tree of joins, read at the end as one label per starting node.
 */
final class Agglomeration {
    private record Entry(double score, int a, int b, int stampA, int stampB) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((x, y) -> Double.compare(y.score, x.score));
    private final int[] stamp;
    private final int[] parent;
    private final boolean[] dead;

    Agglomeration(int nodes) {
        stamp = new int[nodes];
        parent = new int[nodes];
        dead = new boolean[nodes];
        for (int i = 0; i < nodes; i++) {
            parent[i] = i;
        }
    }

    /** A candidate join of two live clusters, scored as they are now. */
    void offer(double score, int a, int b) {
        queue.add(a < b ? new Entry(score, a, b, stamp[a], stamp[b]) : new Entry(score, b, a, stamp[b], stamp[a]));
    }

    /** The best join still valid, as {a, b} with a &lt; b, or null when none is left. */
    int[] next() {
        while (!queue.isEmpty()) {
            Entry top = queue.poll();
            if (!dead[top.a] && !dead[top.b] && stamp[top.a] == top.stampA && stamp[top.b] == top.stampB) {
                return new int[] {top.a, top.b};
            }
        }
        return null;
    }

    /** Records that cluster {@code b} joined {@code a}: b is gone, a's earlier scores are stale. */
    void join(int a, int b) {
        dead[b] = true;
        parent[b] = a;
        stamp[a]++;
    }

    /** For each starting node, its cluster label (0, 1, 2, ... in order of each cluster's first node). */
    int[] labels() {
        int[] label = new int[parent.length];
        Map<Integer, Integer> ids = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            label[i] = ids.computeIfAbsent(r, k -> ids.size());
        }
        return label;
    }
}
