package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bound's trimmed knapsack and cached item values must leave the search exactly as it was:
 * on invented instances shaped like a story's (many sentences of 6 to 55 words, overlapping bigram
 * concepts with fractional weights, a budget of about 100 words, some items too long or worth
 * nothing) the solver and {@link CoverageIlpReference}, the solver as it was before, choose the
 * same items, reach the same value bit for bit and explore the same number of nodes.
 */
class CoverageIlpSameSearchTest {

    private static void assertSame(int[] length, int[][] concepts, double[] weight, int budget, String what) {
        CoverageIlp.Solution fast = CoverageIlp.solve(length, concepts, weight, budget);
        CoverageIlpReference.Solution old = CoverageIlpReference.solve(length, concepts, weight, budget);
        assertArrayEquals(old.items(), fast.items(), what);
        assertEquals(Double.doubleToRawLongBits(old.value()), Double.doubleToRawLongBits(fast.value()), what);
        assertEquals(old.optimal(), fast.optimal(), what);
        assertEquals(old.nodes(), fast.nodes(), what);
    }

    @Test
    void storyShapedInstancesSearchAsBefore() {
        Random random = new Random(13);
        for (int round = 0; round < 400; round++) {
            int items = 5 + random.nextInt(70);
            int nConcepts = 10 + random.nextInt(120);
            int[] length = new int[items];
            int[][] concepts = new int[items][];
            for (int i = 0; i < items; i++) {
                length[i] = 6 + random.nextInt(50);
                int k = 1 + random.nextInt(Math.min(12, nConcepts));
                concepts[i] = random.ints(0, nConcepts).distinct().limit(k).toArray();
            }
            double[] weight = new double[nConcepts];
            for (int c = 0; c < nConcepts; c++) {
                weight[c] = random.nextInt(3) == 0 ? 0 : 1 + 3.0 / (1 + random.nextInt(20) / 0.5) * random.nextInt(4);
            }
            int budget = round % 7 == 0 ? random.nextInt(30) : 60 + random.nextInt(80);
            assertSame(length, concepts, weight, budget, "round " + round);
        }
    }

    @Test
    void smallInstancesWhereEverythingFitsSearchAsBefore() {
        // total length below the budget: every row of the knapsack is saturated
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int items = 1 + random.nextInt(8);
            int nConcepts = 1 + random.nextInt(10);
            int[] length = new int[items];
            int[][] concepts = new int[items][];
            for (int i = 0; i < items; i++) {
                length[i] = 1 + random.nextInt(10);
                concepts[i] = random.ints(0, nConcepts).distinct().limit(1 + random.nextInt(nConcepts)).toArray();
            }
            double[] weight = new double[nConcepts];
            for (int c = 0; c < nConcepts; c++) {
                weight[c] = random.nextInt(5) + random.nextDouble();
            }
            assertSame(length, concepts, weight, random.nextInt(100), "round " + round);
        }
    }

    @Test
    void equalItemsTieAsBefore() {
        // many items of the same length and value: the knapsack's choice among equals decides when the bound is redone
        int items = 40;
        int[] length = new int[items];
        int[][] concepts = new int[items][];
        for (int i = 0; i < items; i++) {
            length[i] = 10 + i % 3;
            concepts[i] = new int[] {i % 9, 9 + i % 5, 14 + i % 4};
        }
        double[] weight = new double[18];
        java.util.Arrays.fill(weight, 2.5);
        for (int budget : new int[] {0, 9, 10, 33, 50, 100, 1000}) {
            assertSame(length, concepts, weight, budget, "budget " + budget);
        }
    }
}
