package org.newsfuse.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashLshTest {
    private static Set<Long> range(long from, long to) {
        Set<Long> s = new HashSet<>();
        for (long i = from; i < to; i++) {
            s.add(Shingles.mix(i));
        }
        return s;
    }

    @Test
    void identicalSetsAgreeEverywhereAndDisjointSetsAlmostNowhere() {
        MinHash mh = new MinHash(128);
        assertEquals(1.0, MinHash.similarity(mh.signature(range(0, 300)), mh.signature(range(0, 300))));
        assertTrue(MinHash.similarity(mh.signature(range(0, 300)), mh.signature(range(1000, 1300))) < 0.05);
    }

    @Test
    void estimateFollowsTheJaccardSimilarity() {
        MinHash mh = new MinHash(256);
        // |A ∩ B| = 200, |A ∪ B| = 400: Jaccard 0.5; standard error about 1/sqrt(256) = 0.03
        double est = MinHash.similarity(mh.signature(range(0, 300)), mh.signature(range(100, 400)));
        assertEquals(0.5, est, 0.1);
        // Jaccard 0.8: 400 shared of 500
        double est2 = MinHash.similarity(mh.signature(range(0, 450)), mh.signature(range(50, 500)));
        assertEquals(0.8, est2, 0.1);
    }

    @Test
    void emptySetsNeverLookAlike() {
        MinHash mh = new MinHash(16);
        assertEquals(0.0, MinHash.similarity(mh.signature(Set.of()), mh.signature(Set.of())));
    }

    @Test
    void lshProposesSimilarItemsAndNotUnrelatedOnes() {
        MinHash mh = new MinHash(128);
        LshIndex lsh = new LshIndex(32, 4);
        assertEquals(Math.pow(1 / 32.0, 1 / 4.0), lsh.threshold(), 1e-12);
        assertTrue(lsh.candidateProbability(0.8) > 0.99);
        assertTrue(lsh.candidateProbability(0.1) < 0.01);
        lsh.add(0, mh.signature(range(0, 500)));
        lsh.add(1, mh.signature(range(5000, 5500)));
        Set<Integer> c = lsh.candidates(mh.signature(range(20, 520))); // Jaccard 480/520 = 0.92
        assertTrue(c.contains(0));
        assertFalse(c.contains(1));
        assertTrue(lsh.candidates(mh.signature(range(9000, 9500))).isEmpty());
    }

    @Test
    void simHashPutsNearCopiesFewBitsApart() {
        long a = SimHash.of(range(0, 400));
        long b = SimHash.of(range(5, 400));
        long c = SimHash.of(range(7000, 7400));
        assertTrue(SimHash.distance(a, b) <= 6, "near copy: " + SimHash.distance(a, b));
        assertTrue(SimHash.distance(a, c) > 12, "unrelated: " + SimHash.distance(a, c));
        SimHash.Index idx = new SimHash.Index(6);
        idx.add(a);
        idx.add(c);
        assertEquals(Set.of(0), idx.near(b));
    }
}
