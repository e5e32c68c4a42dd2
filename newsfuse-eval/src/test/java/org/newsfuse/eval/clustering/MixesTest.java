package org.newsfuse.eval.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixesTest {
    @Test
    void listsOnlyClustersHoldingTwoGoldGroups() {
        // gold: two harbour fires and one ferry strike; predicted: the fires together with one strike article
        Map<String, String> gold = Map.of("fire-a", "fires", "fire-b", "fires", "strike-a", "strike", "strike-b", "strike");
        Map<String, Integer> predicted = Map.of("fire-a", 4, "fire-b", 4, "strike-a", 4, "strike-b", 9);
        assertEquals(List.of("4 {fires=2, strike=1}"), ClusteringEval.mixes(gold, predicted));
    }

    @Test
    void pureClustersAndUnpredictedInputsAreNotListed() {
        Map<String, String> gold = Map.of("quake-1", "quake", "quake-2", "quake", "flood-1", "flood");
        Map<String, Integer> predicted = Map.of("quake-1", 0, "quake-2", 0);
        assertEquals(List.of(), ClusteringEval.mixes(gold, predicted));
    }
}
