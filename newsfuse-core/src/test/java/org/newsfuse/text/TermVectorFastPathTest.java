package org.newsfuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TermVector#overlap} merges the terms' sorted hash codes and {@link TermVector#cosine} walks
 * arrays: both must answer exactly what the lookups over the maps answer, the cosine bit for bit
 * (its sum taken in the same order), including when terms of a vector share a hash code ("Aa" and
 * "BB" do) or when equal hash codes belong to different terms across the two vectors.
 */
class TermVectorFastPathTest {
    private static final String[] VOCABULARY = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "rain", "flood", "mayor",
        "bridge", "river", "3", "three", "vote", "council", "storm", "road", "closed", "city", "water"};

    private static int overlapByMaps(TermVector a, TermVector b) {
        int n = 0;
        for (String k : a.weights().keySet()) {
            n += b.weights().containsKey(k) ? 1 : 0;
        }
        return n;
    }

    private static double cosineByMaps(TermVector a, TermVector b) {
        double na = 0;
        for (double w : a.weights().values()) {
            na += w * w;
        }
        double nb = 0;
        for (double w : b.weights().values()) {
            nb += w * w;
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        Map<String, Double> small = a.weights().size() <= b.weights().size() ? a.weights() : b.weights();
        Map<String, Double> big = small == a.weights() ? b.weights() : a.weights();
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = big.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (Math.sqrt(na) * Math.sqrt(nb));
    }

    private static TermVector random(Random r) {
        Map<String, Double> m = new HashMap<>();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            String term = r.nextInt(3) == 0 ? "t" + r.nextInt(40) : VOCABULARY[r.nextInt(VOCABULARY.length)];
            m.put(term, 0.05 + r.nextDouble() * 4);
        }
        return new TermVector(m);
    }

    @Test
    void overlapAndCosineAnswerAsTheMapsDo() {
        Random r = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            TermVector a = random(r);
            TermVector b = random(r);
            assertEquals(overlapByMaps(a, b), a.overlap(b), "round " + round);
            assertEquals(overlapByMaps(b, a), b.overlap(a), "round " + round);
            assertEquals(Double.doubleToRawLongBits(cosineByMaps(a, b)), Double.doubleToRawLongBits(a.cosine(b)),
                    "round " + round);
        }
    }

    @Test
    void termsSharingAHashCodeAreNotTakenForEachOther() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        TermVector a = new TermVector(Map.of("Aa", 1.0, "rain", 2.0));
        TermVector b = new TermVector(Map.of("BB", 1.0, "rain", 1.0));
        assertEquals(1, a.overlap(b));
        TermVector both = new TermVector(Map.of("Aa", 1.0, "BB", 1.0));
        assertEquals(1, both.overlap(a));
        assertEquals(1, a.overlap(both));
    }
}
