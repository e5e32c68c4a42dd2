package org.newsfuse.eval.clustering;

import java.util.Arrays;
import java.util.List;
import org.newsfuse.cluster.Embedder;
import org.newsfuse.cluster.StoryClusterer;

/** Runs the clusterer on a labelled corpus and scores one level (events or topics) against gold. */
final class ClusteringEval {
    private ClusteringEval() {
    }

    /** Scores of one run. */
    record Row(String corpus, String level, String setting, int docs, int goldClusters, int predicted,
            B3.Score b3, B3.Score pairwise, double seconds) {
    }

    enum Level { EVENT, TOPIC }

    static Row run(LabeledCorpus c, StoryClusterer.Options o, Embedder embedder, Level level, String setting) {
        long t0 = System.nanoTime();
        StoryClusterer.Result r = new StoryClusterer(o, o.embeddingWeight() > 0 ? embedder : null).cluster(c.documents());
        double secs = (System.nanoTime() - t0) / 1e9;
        int[] labels = level == Level.EVENT ? r.event() : r.topic();
        List<Integer> pred = Arrays.stream(labels).boxed().toList();
        return new Row(c.name(), level.name().toLowerCase(java.util.Locale.ROOT), setting, c.size(),
                (int) c.gold().stream().distinct().count(), Arrays.stream(labels).max().orElse(-1) + 1,
                B3.b3(c.gold(), pred), B3.pairwise(c.gold(), pred), secs);
    }
}
