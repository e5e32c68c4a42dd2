package org.newsfuse.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void generatorIsPerlsDrand48() {
        // perl -e 'srand(0); print rand(), " ", rand(); srand(1); print rand()'
        Bootstrap.Drand48 zero = new Bootstrap.Drand48(0);
        assertEquals(0.17082803610628972, zero.next(), 1e-15);
        assertEquals(0.7499019804849638, zero.next(), 1e-15);
        assertEquals(0.041630344771878214, new Bootstrap.Drand48(1).next(), 1e-15);
    }

    @Test
    void constantScoresAverageToThemselves() {
        Bootstrap.Estimate e = Bootstrap.average(new double[] {0.25, 0.25, 0.25});
        assertEquals(0.25, e.mean(), 1e-12);
        assertEquals(0.25, e.low(), 1e-12);
        assertEquals(0.25, e.high(), 1e-12);
    }

    @Test
    void resampledMeanIsNearButNotTheMean() {
        TreeMap<String, Double> scores = new TreeMap<>();
        for (int i = 0; i < 25; i++) {
            scores.put(String.format("d%05d.X", i), (i % 7) / 10.0);
        }
        Bootstrap.Estimate e = Bootstrap.average(scores);
        double plain = Bootstrap.plainMean(scores);
        assertTrue(Math.abs(e.mean() - plain) < 0.02, e + " vs " + plain);
        assertTrue(e.low() < e.mean() && e.mean() < e.high(), e.toString());
        assertEquals(e, Bootstrap.average(scores), "fixed seeds: deterministic");
    }

    @Test
    void keysMustBeInStringOrder() {
        TreeMap<String, Double> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.put("a", 1.0);
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.average(reversed));
    }
}
