package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average link continued from a partition of the documents: parts of a corpus clustered apart
 * (blocks of a distributed job) give events and the document pairs they scored; the events become
 * nodes weighing their member count, the pairs between two events add up to the edge between them,
 * and average link goes on joining the two events whose mean similarity over all member pairs is
 * highest while it reaches the threshold — the rule one run over all documents applies. A pair no
 * part scored counts as 0, as it does in one run.
 */
public final class EventJoin {
    private EventJoin() {
    }

    /**
     * @param sizes     documents per event
     * @param a         first event of each edge
     * @param b         second event of each edge (a pair of events at most once, a ≠ b)
     * @param sums      each edge's similarity summed over the member pairs scored
     * @param threshold mean similarity two events need to join (the clusterer's event threshold)
     * @return each event's label after joining (0, 1, 2, ... in order of first event)
     */
    public static int[] join(int[] sizes, int[] a, int[] b, double[] sums, double threshold) {
        if (a.length != b.length || a.length != sums.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        List<AverageLink.Edge> edges = new ArrayList<>(a.length);
        for (int k = 0; k < a.length; k++) {
            edges.add(new AverageLink.Edge(a[k], b[k], sums[k]));
        }
        return AverageLink.cluster(sizes, edges, threshold);
    }
}
