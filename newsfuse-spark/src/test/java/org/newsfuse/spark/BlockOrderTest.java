package org.newsfuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockOrderTest {
    @Test
    void eachBlockHasItsOwnTaskTheLargestFirst() {
        Map<Blocking.Key, Long> sizes = new HashMap<>();
        Blocking.Key small = new Blocking.Key(0, 7, null);
        Blocking.Key big = new Blocking.Key(1, 7, "harbour");
        Blocking.Key middle = new Blocking.Key(0, 8, "ferry");
        Blocking.Key tieA = new Blocking.Key(0, 3, "alpha");
        Blocking.Key tieB = new Blocking.Key(0, 3, "beta");
        sizes.put(small, 4L);
        sizes.put(big, 900L);
        sizes.put(middle, 120L);
        sizes.put(tieB, 50L);
        sizes.put(tieA, 50L);
        BlockOrder order = BlockOrder.of(sizes);
        assertEquals(5, order.numPartitions());
        assertEquals(0, order.getPartition(big));
        assertEquals(1, order.getPartition(middle));
        // equal sizes: by grid, window, then term
        assertEquals(2, order.getPartition(tieA));
        assertEquals(3, order.getPartition(tieB));
        assertEquals(4, order.getPartition(small));
        assertEquals(order, BlockOrder.of(new HashMap<>(sizes)));
    }

    @Test
    void noBlocksStillOneTask() {
        assertEquals(1, BlockOrder.of(Map.of()).numPartitions());
    }
}
