package org.newsfuse.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Charikar's SimHash: one 64-bit fingerprint per shingle set, each bit the sign of the sum of that
 * bit over every shingle hash. Near-identical texts get fingerprints a few bits apart (Hamming
 * distance); {@link Index} finds fingerprints within distance {@code k} by splitting them into
 * {@code k + 1} blocks, one of which must then match exactly (pigeonhole).
 */
public final class SimHash {
    private SimHash() {
    }

    public static long of(Collection<Long> shingles) {
        int[] votes = new int[64];
        for (long h : shingles) {
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1L) == 1L ? 1 : -1;
            }
        }
        long f = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                f |= 1L << b;
            }
        }
        return f;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Fingerprints within a Hamming distance, found through exact matches of one of k + 1 blocks. */
    public static final class Index {
        private final int maxDistance;
        private final int[] starts;
        private final List<Map<Long, List<Integer>>> tables = new ArrayList<>();
        private final List<Long> fingerprints = new ArrayList<>();

        public Index(int maxDistance) {
            if (maxDistance < 0 || maxDistance > 15) {
                throw new IllegalArgumentException("distance must be 0..15");
            }
            this.maxDistance = maxDistance;
            int blocks = maxDistance + 1;
            starts = new int[blocks + 1];
            for (int i = 0; i <= blocks; i++) {
                starts[i] = i * 64 / blocks;
            }
            for (int i = 0; i < blocks; i++) {
                tables.add(new HashMap<>());
            }
        }

        private long block(long f, int i) {
            int from = starts[i];
            int len = starts[i + 1] - from;
            long mask = len == 64 ? -1L : (1L << len) - 1;
            return (f >>> from) & mask;
        }

        /** Ids added earlier (ids are 0, 1, 2, ... in order of adding) within the distance of {@code f}. */
        public Set<Integer> near(long f) {
            Set<Integer> out = new LinkedHashSet<>();
            for (int i = 0; i < tables.size(); i++) {
                for (int id : tables.get(i).getOrDefault(block(f, i), List.of())) {
                    if (distance(fingerprints.get(id), f) <= maxDistance) {
                        out.add(id);
                    }
                }
            }
            return out;
        }

        /** Adds a fingerprint and returns its id. */
        public int add(long f) {
            int id = fingerprints.size();
            fingerprints.add(f);
            for (int i = 0; i < tables.size(); i++) {
                tables.get(i).computeIfAbsent(block(f, i), k -> new ArrayList<>(2)).add(id);
            }
            return id;
        }
    }
}
