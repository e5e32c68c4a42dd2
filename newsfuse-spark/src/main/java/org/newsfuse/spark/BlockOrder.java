package org.newsfuse.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;

/**
 * Where each clustering block is clustered: one task per block, the tasks numbered by the block's
 * expected cost (its articles squared: average link compares pairs), the costliest first. Spark
 * starts a stage's tasks in the order of their numbers, so the largest blocks start at once and the
 * small ones fill the slots that free up (longest processing time first), instead of blocks hashed
 * into fewer tasks, where one task holding several large blocks kept one core busy after the other
 * had finished.
 */
final class BlockOrder extends Partitioner {
    private static final long serialVersionUID = 1L;

    private final HashMap<Blocking.Key, Integer> index;

    private BlockOrder(HashMap<Blocking.Key, Integer> index) {
        this.index = index;
    }

    /** The order for blocks of these sizes: by size, largest first, ties by grid, window and term. */
    static BlockOrder of(Map<Blocking.Key, Long> sizes) {
        List<Map.Entry<Blocking.Key, Long>> blocks = new ArrayList<>(sizes.entrySet());
        blocks.sort((x, y) -> {
            int c = Long.compare(y.getValue(), x.getValue());
            if (c != 0) {
                return c;
            }
            Blocking.Key a = x.getKey();
            Blocking.Key b = y.getKey();
            c = Integer.compare(a.grid(), b.grid());
            c = c != 0 ? c : Long.compare(a.window(), b.window());
            return c != 0 ? c : String.valueOf(a.term()).compareTo(String.valueOf(b.term()));
        });
        HashMap<Blocking.Key, Integer> index = new HashMap<>();
        for (Map.Entry<Blocking.Key, Long> e : blocks) {
            index.put(e.getKey(), index.size());
        }
        return new BlockOrder(index);
    }

    @Override
    public int numPartitions() {
        return Math.max(1, index.size());
    }

    @Override
    public int getPartition(Object key) {
        Integer i = index.get(key);
        return i == null ? 0 : i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockOrder b && b.index.equals(index);
    }

    @Override
    public int hashCode() {
        return index.hashCode();
    }
}
