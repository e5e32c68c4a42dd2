package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverageIlpTest {

    /** The optimum by trying every subset. */
    private static double bruteForce(int[] length, int[][] concepts, double[] weight, int budget) {
        double best = 0;
        for (int mask = 0; mask < 1 << length.length; mask++) {
            int used = 0;
            boolean[] covered = new boolean[weight.length];
            for (int i = 0; i < length.length; i++) {
                if ((mask >> i & 1) != 0) {
                    used += length[i];
                    for (int c : concepts[i]) {
                        covered[c] = true;
                    }
                }
            }
            if (used > budget) {
                continue;
            }
            double v = 0;
            for (int c = 0; c < weight.length; c++) {
                v += covered[c] ? weight[c] : 0;
            }
            best = Math.max(best, v);
        }
        return best;
    }

    @Test
    void findsTheOptimumOnRandomInstances() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int items = 3 + random.nextInt(12);
            int nConcepts = 2 + random.nextInt(15);
            int[] length = new int[items];
            int[][] concepts = new int[items][];
            for (int i = 0; i < items; i++) {
                length[i] = 1 + random.nextInt(20);
                concepts[i] = random.ints(0, nConcepts).distinct().limit(1 + random.nextInt(Math.min(5, nConcepts))).toArray();
            }
            double[] weight = new double[nConcepts];
            for (int c = 0; c < nConcepts; c++) {
                weight[c] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(9) + (random.nextBoolean() ? 0.5 : 0);
            }
            int budget = 5 + random.nextInt(40);
            CoverageIlp.Solution s = CoverageIlp.solve(length, concepts, weight, budget);
            assertTrue(s.optimal());
            assertEquals(bruteForce(length, concepts, weight, budget), s.value(), 1e-9, "round " + round);
            int used = 0;
            for (int i : s.items()) {
                used += length[i];
            }
            assertTrue(used <= budget);
        }
    }

    @Test
    void beatsGreedyWhereGreedyIsWrong() {
        // greedy by weight per word takes the dense short item 0 and then cannot fit the two that cover everything
        int[] length = {2, 5, 5};
        int[][] concepts = {{0}, {0, 1}, {2, 3}};
        double[] weight = {3, 3, 3, 3};
        CoverageIlp.Solution s = CoverageIlp.solve(length, concepts, weight, 10);
        assertArrayEquals(new int[] {1, 2}, s.items());
        assertEquals(12, s.value(), 1e-9);
    }

    @Test
    void sameInputSameChoiceAmongEqualOptima() {
        int[] length = {4, 4, 4};
        int[][] concepts = {{0}, {0}, {0}};
        double[] weight = {1};
        assertArrayEquals(new int[] {0}, CoverageIlp.solve(length, concepts, weight, 4).items());
        assertArrayEquals(new int[] {0}, CoverageIlp.solve(length, concepts, weight, 12).items());
    }

    @Test
    void nothingFitsNothingChosen() {
        CoverageIlp.Solution s = CoverageIlp.solve(new int[] {30}, new int[][] {{0}}, new double[] {5}, 10);
        assertEquals(0, s.items().length);
        assertEquals(0, s.value(), 0);
    }
}
