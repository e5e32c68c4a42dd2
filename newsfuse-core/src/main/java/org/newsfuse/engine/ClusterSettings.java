package org.newsfuse.engine;

import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.dedup.DocumentDedup;

/**
 * How a run groups its articles.
 *
 * @param cluster        false: every article goes into one story (the behaviour before issue 6)
 * @param options        the clusterer's settings
 * @param dedup          how syndicated copies are found, or null to keep every copy as an article
 * @param dedupThreshold similarity at which two documents are copies (Jaccard for MinHash)
 */
public record ClusterSettings(boolean cluster, StoryClusterer.Options options, DocumentDedup.Method dedup,
        double dedupThreshold) {
    public static ClusterSettings defaults() {
        return new ClusterSettings(true, StoryClusterer.Options.defaults(), DocumentDedup.Method.MINHASH,
                DocumentDedup.THRESHOLD);
    }

    public ClusterSettings withCluster(boolean c) {
        return new ClusterSettings(c, options, dedup, dedupThreshold);
    }

    public ClusterSettings withOptions(StoryClusterer.Options o) {
        return new ClusterSettings(cluster, o, dedup, dedupThreshold);
    }

    public ClusterSettings withDedup(DocumentDedup.Method m) {
        return new ClusterSettings(cluster, options, m, m == DocumentDedup.Method.SIMHASH ? 0 : dedupThreshold);
    }
}
