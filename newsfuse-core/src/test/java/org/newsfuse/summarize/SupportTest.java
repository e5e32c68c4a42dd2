package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.TestArticles;
import org.newsfuse.model.Article;

class SupportTest {
    /** The closest sentence of every other article, by plain pairwise cosine, when near enough. */
    private static List<SentenceUnit> bruteForce(SentenceUnit u, List<SentenceUnit> all, int articles) {
        List<SentenceUnit> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            if (a == u.articleIndex()) {
                continue;
            }
            SentenceUnit best = null;
            double bestSim = 0;
            for (SentenceUnit t : all) {
                double sim = u.terms().cosine(t.terms());
                if (t.articleIndex() == a && sim > bestSim) {
                    best = t;
                    bestSim = sim;
                }
            }
            if (best != null && (bestSim >= Support.COSINE && u.terms().overlap(best.terms()) >= Support.OVERLAP
                    || bestSim >= Support.CLOSE)) {
                out.add(best);
            }
        }
        return out;
    }

    @Test
    void theIndexFindsWhatComparingEveryPairFinds() {
        List<Article> ferry = TestArticles.of(TestArticles.FERRY);
        List<SentenceUnit> all = StorySentences.of(ferry);
        Support s = new Support(all, ferry.size());
        int supported = 0;
        for (SentenceUnit u : all) {
            List<SentenceUnit> got = s.supporters(u);
            assertEquals(bruteForce(u, all, ferry.size()), got, u.text());
            supported += got.isEmpty() ? 0 : 1;
        }
        assertTrue(supported >= 4, "the three leads and more report the same things: " + supported);
    }

    @Test
    void aSentenceGivingAnotherFigureDoesNotSupport() {
        List<Article> two = TestArticles.of(
                "Nine people were killed when the old market hall in Tarvel collapsed on Saturday night, police said.\n\n"
                        + "The town council had ordered repairs to its roof last spring.",
                "Seven people were killed when the old market hall in Tarvel collapsed on Saturday night, officials said.\n\n"
                        + "Engineers will inspect the neighbouring warehouses on Monday.",
                "Nine people were killed when the old market hall in Tarvel collapsed late on Saturday, the fire service said.\n\n"
                        + "A vigil for the victims is planned for Sunday evening.");
        List<SentenceUnit> all = StorySentences.of(two);
        Support s = new Support(all, two.size());
        SentenceUnit nine = all.get(0);
        SentenceUnit seven = all.stream().filter(u -> u.articleIndex() == 1).findFirst().orElseThrow();
        assertTrue(nine.terms().cosine(seven.terms()) >= Support.COSINE, "close in words");
        List<SentenceUnit> got = s.supporters(nine);
        assertEquals(1, got.size(), got.toString());
        assertEquals(2, got.get(0).articleIndex(), "only the outlet that also says nine");
    }
}
