package org.newsfuse.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented vectors: a lone item about one side of a broad topic joins it by the topic's finished centroid. */
class TopicFragmentsTest {

    /**
     * A broad topic (a season: four stories, one article each, term ids 0-5 spread over them), and
     * a fifth article in a topic of its own; centroid link compared it with none of the season's
     * stories (no candidate pair), as happens when the events it resembled were first taken into
     * bigger ones whose heaviest terms are not its own.
     */
    static int[] attach(FragmentsTest.VectorOf fifth) {
        SparseVector[] vec = {FragmentsTest.v(3, 2, 0, 0, 1, 0), FragmentsTest.v(3, 0, 2, 0, 0, 1),
            FragmentsTest.v(3, 0, 0, 2, 1, 0), FragmentsTest.v(3, 1, 0, 0, 0, 2), fifth.get()};
        SparseVector[] names = {FragmentsTest.v(1), FragmentsTest.v(1), FragmentsTest.v(1), FragmentsTest.v(1),
            FragmentsTest.v(0, 1)};
        int u = TermIndex.UNDATED;
        StoryClusterer.Space sp = new StoryClusterer.Space(vec, names, new int[5][0], null, new int[] {u, u, u, u, u},
                new int[] {1, 1, 1, 1, 1});
        int[] topic = {0, 0, 0, 0, 1};
        int[] event = {0, 1, 2, 3, 4};
        List<int[]> candidates = List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3});
        StoryClusterer.Options o = StoryClusterer.Options.defaults();
        return TopicFragments.attach(topic, event, sp, candidates, o.topicThreshold(), o.topicNameWeight(), o.maxTerms());
    }

    @Test
    void aLoneArticleJoinsTheBroadTopicItsFinishedCentroidIsNearTo() {
        // the season's name (term 0) and two of its stories' words, lightly
        assertEquals(0, attach(() -> FragmentsTest.v(2, 1, 1, 0, 0, 0, 3))[4], "one side of the season is the season's topic");
    }

    @Test
    void anUnrelatedArticleStaysItsOwnTopic() {
        assertEquals(1, attach(() -> FragmentsTest.v(0, 0, 0, 0, 0, 0, 3, 2, 2))[4], "nothing in common: its own topic");
    }
}
