package org.newsfuse.eval.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class B3Test {
    @Test
    void perfectClusteringScoresOne() {
        B3.Score s = B3.b3(List.of("a", "a", "b"), List.of(7, 7, 9));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(1.0, s.recall(), 1e-12);
        assertEquals(1.0, B3.pairwise(List.of("a", "a", "b"), List.of(7, 7, 9)).f1(), 1e-12);
    }

    @Test
    void handWorkedExample() {
        // gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}
        List<String> gold = List.of("x", "x", "x", "y", "y");
        List<Integer> pred = List.of(0, 0, 1, 1, 1);
        B3.Score s = B3.b3(gold, pred);
        // precision: 1, 1, 1/3, 2/3, 2/3 -> 11/15; recall: 2/3, 2/3, 1/3, 1, 1 -> 11/15
        assertEquals(11.0 / 15, s.precision(), 1e-12);
        assertEquals(11.0 / 15, s.recall(), 1e-12);
        assertEquals(11.0 / 15, s.f1(), 1e-12);
        // pairs: gold {12,13,23,45} = 4; predicted {12,34,35,45} = 4; common {12,45} = 2
        B3.Score p = B3.pairwise(gold, pred);
        assertEquals(0.5, p.precision(), 1e-12);
        assertEquals(0.5, p.recall(), 1e-12);
    }

    @Test
    void everythingInOneClusterHasFullRecall() {
        B3.Score s = B3.b3(List.of("a", "a", "b", "b"), List.of(0, 0, 0, 0));
        assertEquals(1.0, s.recall(), 1e-12);
        assertEquals(0.5, s.precision(), 1e-12);
    }

    @Test
    void wikiRefTopicsComeFromFileNames() {
        assertEquals("michelle.obama", LabeledCorpus.wikiRefTopic("michelle.obama.12.txt"));
        assertEquals("parisattacks2015", LabeledCorpus.wikiRefTopic("ParisAttacks2015 (3).txt"));
        assertEquals("nba.draft", LabeledCorpus.wikiRefTopic("NBA.draft.2.txt"));
    }
}
