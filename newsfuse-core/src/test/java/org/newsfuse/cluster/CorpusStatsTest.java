package org.newsfuse.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clustering a part of a corpus with the corpus's statistics, and average link continued over events. */
class CorpusStatsTest {
    private static final StoryClusterer.Options O = StoryClusterer.Options.defaults();

    /** The test corpus, each document from one of two invented sites that print their own navigation words. */
    static List<ClusterDocument> withSites() {
        List<ClusterDocument> out = new ArrayList<>();
        List<ClusterDocument> c = StoryClustererTest.corpus();
        for (int i = 0; i < c.size(); i++) {
            ClusterDocument d = c.get(i);
            String site = i % 2 == 0 ? "harbourgazette.example" : "valleytimes.example";
            String nav = i % 2 == 0 ? "Gazette subscriptions crossword" : "Valley Times newsletter weather";
            out.add(new ClusterDocument(d.title(), d.text() + " " + nav, d.date(), d.names(), site));
        }
        return out;
    }

    private static Map<Long, Double> edges(StoryClusterer sc, List<ClusterDocument> docs, CorpusStats stats, int[] ids) {
        Map<Long, Double> out = new HashMap<>();
        sc.cluster(docs, stats, (i, j, s) -> out.put(((long) Math.min(ids[i], ids[j]) << 32) | Math.max(ids[i], ids[j]), s));
        return out;
    }

    @Test
    void aCorpusWeighedWithItsOwnStatisticsClustersAsWithout() {
        List<ClusterDocument> docs = withSites();
        StoryClusterer sc = new StoryClusterer(O);
        CorpusStats stats = CorpusStats.of(docs, O);
        assertEquals(docs.size(), stats.documents());
        // (terms are stemmed; words in more than half of one site's five pages count as its navigation)
        assertTrue(stats.siteWords().get("harbourgazette.example").containsAll(Set.of("gazett", "subscript", "crossword")),
                () -> stats.siteWords().toString());
        assertTrue(stats.siteWords().get("valleytimes.example").containsAll(Set.of("newslett", "weather")),
                () -> stats.siteWords().toString());
        StoryClusterer.Result a = sc.cluster(docs);
        StoryClusterer.Result b = sc.cluster(docs, stats);
        assertArrayEquals(a.event(), b.event());
        assertArrayEquals(a.topic(), b.topic());
        int[] ids = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        assertEquals(edges(sc, docs, null, ids), edges(sc, docs, stats, ids));
    }

    @Test
    void aPartWeighedWithTheWholeScoresItsPairsAsTheWholeDoes() {
        List<ClusterDocument> docs = withSites();
        StoryClusterer sc = new StoryClusterer(O);
        int[] all = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        Map<Long, Double> whole = edges(sc, docs, null, all);
        // a block of the two floods only: every document speaks of a river bursting its banks
        int[] part = {0, 1, 2, 3, 4, 5};
        List<ClusterDocument> block = docs.subList(0, 6);
        Map<Long, Double> weighed = edges(sc, block, CorpusStats.of(docs, O), part);
        Map<Long, Double> own = edges(sc, block, null, part);
        int compared = 0;
        int differ = 0;
        for (Map.Entry<Long, Double> e : weighed.entrySet()) {
            Double w = whole.get(e.getKey());
            if (w != null) {
                assertEquals(w, e.getValue(), 1e-9, "pair " + Long.toHexString(e.getKey()));
                compared++;
            }
            Double o = own.get(e.getKey());
            if (o == null || Math.abs(o - e.getValue()) > 1e-6) {
                differ++;
            }
        }
        assertTrue(compared >= 6, "pairs scored in both: " + compared);
        assertTrue(differ > 0, "the block's own statistics weigh its pairs otherwise");
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, sc.cluster(block, CorpusStats.of(docs, O)).event());
    }

    @Test
    void averageLinkGoesOnOverEventsWithTheirMemberCounts() {
        // events of 2, 1 and 1 documents: 0 and 1 share pairs summing 1.0 (mean 0.5), 1 and 2 a pair of 0.1
        int[] label = EventJoin.join(new int[] {2, 1, 1}, new int[] {0, 1}, new int[] {1, 2}, new double[] {1.0, 0.1}, 0.18);
        assertArrayEquals(new int[] {0, 0, 1}, label);
        // the same sums over bigger events are a lower mean: no join
        assertArrayEquals(new int[] {0, 1, 2}, EventJoin.join(new int[] {5, 4, 1}, new int[] {0, 1}, new int[] {1, 2},
                new double[] {1.0, 0.1}, 0.18));
    }
}
