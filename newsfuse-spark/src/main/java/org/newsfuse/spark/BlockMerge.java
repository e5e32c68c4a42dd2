package org.newsfuse.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsfuse.cluster.EventJoin;
import scala.Tuple2;

/**
 * The merge across block boundaries: the events the blocks found (their groups joined) become nodes
 * of average link, the pairs the blocks scored between two events add up to the edge between them,
 * and average link goes on from there with the clusterer's event threshold (see {@link EventJoin}).
 * A pair two blocks both scored counts once. The driver holds one edge per pair of events that
 * share a scored pair, not the pairs themselves.
 */
final class BlockMerge {
    private BlockMerge() {
    }

    /**
     * @param event     each document's event (its union-find root), -1 for documents not clustered
     * @param threshold the clusterer's event threshold
     * @param uf        joined in place: events average link puts together
     * @return how many joins were made
     */
    static int join(JavaSparkContext jsc, JavaRDD<Blocking.Out> outs, int[] event, double threshold, UnionFind uf) {
        Broadcast<int[]> bEvent = jsc.broadcast(event);
        List<Tuple2<Long, Double>> sums = outs.flatMapToPair(o -> {
            List<Tuple2<Long, Double>> out = new ArrayList<>(o.a().length);
            for (int k = 0; k < o.a().length; k++) {
                int i = Math.min(o.a()[k], o.b()[k]);
                int j = Math.max(o.a()[k], o.b()[k]);
                out.add(new Tuple2<>(((long) i << 32) | j, o.similarity()[k]));
            }
            return out.iterator();
        }).reduceByKey((x, y) -> x).flatMapToPair(t -> {
            int[] ev = bEvent.value();
            int ei = ev[(int) (t._1() >>> 32)];
            int ej = ev[(int) (long) t._1()];
            List<Tuple2<Long, Double>> out = new ArrayList<>(1);
            if (ei >= 0 && ej >= 0 && ei != ej) {
                out.add(new Tuple2<>(((long) Math.min(ei, ej) << 32) | Math.max(ei, ej), t._2()));
            }
            return out.iterator();
        }).reduceByKey(Double::sum).collect();
        bEvent.destroy();
        Map<Integer, Integer> node = new HashMap<>();
        List<Integer> events = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int e : event) {
            if (e < 0) {
                continue;
            }
            Integer k = node.get(e);
            if (k == null) {
                node.put(e, events.size());
                events.add(e);
                sizes.add(1);
            } else {
                sizes.set(k, sizes.get(k) + 1);
            }
        }
        int[] a = new int[sums.size()];
        int[] b = new int[sums.size()];
        double[] s = new double[sums.size()];
        for (int k = 0; k < a.length; k++) {
            long key = sums.get(k)._1();
            a[k] = node.get((int) (key >>> 32));
            b[k] = node.get((int) key);
            s[k] = sums.get(k)._2();
        }
        int[] label = EventJoin.join(sizes.stream().mapToInt(Integer::intValue).toArray(), a, b, s, threshold);
        Map<Integer, Integer> first = new HashMap<>();
        int joins = 0;
        for (int k = 0; k < label.length; k++) {
            Integer f = first.putIfAbsent(label[k], events.get(k));
            if (f != null) {
                uf.union(f, events.get(k));
                joins++;
            }
        }
        return joins;
    }
}
