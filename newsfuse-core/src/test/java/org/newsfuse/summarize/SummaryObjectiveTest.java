package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.TestArticles;
import org.newsfuse.model.Article;

class SummaryObjectiveTest {
    private final List<Article> ferry = TestArticles.of(TestArticles.FERRY);
    private final List<SentenceUnit> all = StorySentences.of(ferry);

    private static List<List<String>> bigramsOf(List<SentenceUnit> units) {
        List<List<String>> out = new ArrayList<>();
        for (SentenceUnit u : units) {
            out.add(u.bigrams());
        }
        return out;
    }

    private static int words(int[] set, List<SentenceUnit> units) {
        int n = 0;
        for (int i : set) {
            n += units.get(i).words();
        }
        return n;
    }

    @Test
    void pseudoReferenceAddsUpToTheBudgetAndFavoursTheLeads() {
        Map<String, Double> ref = PseudoReference.of(all, 100, 0.5);
        double total = ref.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(100, total, 1e-6);
        assertTrue(ref.containsKey("the"), "function words are expected too: " + ref.keySet());
        // "aground" stands in two leads and one lead; "sandbank" in two second sentences
        assertTrue(ref.get("aground") > ref.get("sandbank"), ref.get("aground") + " vs " + ref.get("sandbank"));
    }

    @Test
    void localSearchAddsWhatTheLeadsSayWithinTheBudget() {
        Map<String, Double> ref = PseudoReference.of(all, 40, 0.5);
        SummaryObjective o = new SummaryObjective(all, bigramsOf(all), new HashMap<>(), ref, 1.0);
        int[] chosen = o.improve(new int[0], 40, (a, b) -> false);
        assertTrue(chosen.length >= 1);
        assertTrue(words(chosen, all) <= 40, "within the budget: " + words(chosen, all));
        // with no concepts, only the leads' words count: a lead is taken
        boolean lead = false;
        for (int i : chosen) {
            lead |= all.get(i).sentence().index() == 0;
        }
        assertTrue(lead, "a lead sentence is chosen");
    }

    @Test
    void neverKeepsTwoSentencesThatRepeatEachOther() {
        Map<String, Double> ref = PseudoReference.of(all, 100, 0.5);
        SummaryObjective o = new SummaryObjective(all, bigramsOf(all), new HashMap<>(), ref, 1.0);
        int[] leads = {0, 4};
        assertEquals(0, all.get(leads[0]).sentence().index());
        assertEquals(0, all.get(leads[1]).sentence().index());
        int[] chosen = o.improve(leads, 100, (a, b) -> Summarizer.repeats(all.get(a), all.get(b)));
        for (int i : chosen) {
            for (int j : chosen) {
                assertFalse(i != j && Summarizer.repeats(all.get(i), all.get(j)), all.get(i).text() + " / " + all.get(j).text());
            }
        }
        assertTrue(words(chosen, all) <= 100);
    }

    @Test
    void anExcludedSentenceNeverComesBackAndItsWordsGoToOthers() {
        Map<String, Double> ref = PseudoReference.of(all, 40, 0.5);
        SummaryObjective o = new SummaryObjective(all, bigramsOf(all), new HashMap<>(), ref, 1.0);
        int[] free = o.improve(new int[0], 40, (a, b) -> false);
        int gone = free[0];
        boolean[] excluded = new boolean[all.size()];
        excluded[gone] = true;
        int[] rest = java.util.Arrays.stream(free).filter(i -> i != gone).toArray();
        int[] chosen = o.improve(rest, 40, (a, b) -> false, -1, excluded);
        for (int i : chosen) {
            assertTrue(i != gone, "the excluded sentence came back: " + all.get(i).text());
        }
        assertTrue(words(chosen, all) > words(rest, all), "the words it left are used again");
        assertTrue(words(chosen, all) <= 40);
    }

    @Test
    void aStartThatCannotBeImprovedIsKept() {
        Map<String, Double> weights = new HashMap<>();
        List<List<String>> concepts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            concepts.add(List.of("c" + i));
            weights.put("c" + i, i == 2 ? 10.0 : 1.0);
        }
        SummaryObjective o = new SummaryObjective(all, concepts, weights, Map.of(), 0.0);
        int budget = all.get(2).words();
        assertArrayEquals(new int[] {2}, o.improve(new int[] {2}, budget, (a, b) -> false));
        assertArrayEquals(new int[] {2}, o.improve(new int[0], budget, (a, b) -> false), "the heaviest that fits");
    }
}
