package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who an event is about: two developed stories (each of at least {@link #MIN_DOCS} documents) do
 * not join when each has a cast of its own — a name most of its articles mention (three quarters
 * by default) that none of the other's do. Two similar events (two coaches hired, two offers to one player by two clubs)
 * share their vocabulary and often some names, but each has people or places the other lacks; one
 * developing event keeps its cast as its vocabulary changes.
 */
final class Casts implements AverageLink.Veto {
    /** Documents a story needs before its cast counts. */
    static final int MIN_DOCS = 3;

    private final double castShare;
    private final List<Map<Integer, Integer>> counts;
    private final int[] size;

    /**
     * @param names     each document's names vector
     * @param castShare share of a story's documents that must name someone for that name to be its cast
     */
    Casts(SparseVector[] names, double castShare) {
        this.castShare = castShare;
        int n = names.length;
        counts = new ArrayList<>(n);
        size = new int[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> m = new HashMap<>();
            for (int id : names[i].ids) {
                m.put(id, 1);
            }
            counts.add(m);
            size[i] = 1;
        }
    }

    @Override
    public boolean forbids(int a, int b) {
        if (size[a] < MIN_DOCS || size[b] < MIN_DOCS) {
            return false;
        }
        return hasOwnCast(a, b) && hasOwnCast(b, a);
    }

    /** Whether story {@code a} has a cast member (a name in most of its documents) that no document of {@code b} names. */
    private boolean hasOwnCast(int a, int b) {
        Map<Integer, Integer> ca = counts.get(a);
        Map<Integer, Integer> cb = counts.get(b);
        for (Map.Entry<Integer, Integer> e : ca.entrySet()) {
            if (e.getValue() >= castShare * size[a] && !cb.containsKey(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void joined(int a, int b) {
        Map<Integer, Integer> ca = counts.get(a);
        counts.get(b).forEach((k, v) -> ca.merge(k, v, Integer::sum));
        counts.set(b, null);
        size[a] += size[b];
    }
}
