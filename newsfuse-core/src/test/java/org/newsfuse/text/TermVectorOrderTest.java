package org.newsfuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermVectorOrderTest {
    private static Map<String, Double> inOrder(List<String> keys, Map<String, Double> w) {
        Map<String, Double> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, w.get(k)));
        return m;
    }

    @Test
    void theSameTermsGiveTheSameOrderAndTheSameBitsWhateverTheOrderTheyCameIn() {
        Random r = new Random(7);
        Map<String, Double> w = new LinkedHashMap<>();
        Map<String, Double> other = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            String term = "term" + Integer.toString(i * 7919, 36);
            w.put(term, 0.1 + r.nextDouble() * 3.7);
            other.put(term, 0.2 + r.nextDouble());
        }
        for (int i = 0; i < 100; i++) {
            other.put("extra" + i, 0.5); // the other vector is the bigger: the cosine walks the first one's terms
        }
        List<String> keys = new ArrayList<>(w.keySet());
        TermVector first = new TermVector(inOrder(keys, w));
        TermVector o = new TermVector(other);
        double cosine = first.cosine(o);
        List<String> order = new ArrayList<>(first.weights().keySet());
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(keys, r);
            TermVector again = new TermVector(inOrder(keys, w));
            assertEquals(order, new ArrayList<>(again.weights().keySet()), "iteration order followed the input's order");
            assertEquals(Double.doubleToLongBits(cosine), Double.doubleToLongBits(again.cosine(o)),
                    "the cosine's rounding followed the input's order");
        }
    }
}
