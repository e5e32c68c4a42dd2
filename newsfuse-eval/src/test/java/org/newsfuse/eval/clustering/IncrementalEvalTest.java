package org.newsfuse.eval.clustering;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsfuse.cluster.StoryClusterer;

/** The ingest's incremental clustering against the batch run on ECB+ topics 1-22, chunks of 50 (skips without ../shared). */
class IncrementalEvalTest {
    @Test
    void ecbPlusInChunksOf50StaysWithin002OfBatch() throws Exception {
        LabeledCorpus ecb = LabeledCorpus.ecbPlus(SharedClusteringDataTest.data(), 22);
        StoryClusterer.Options o = StoryClusterer.Options.defaults();
        ClusteringEval.Row batch = ClusteringEval.run(ecb, o, null, ClusteringEval.Level.EVENT, "batch");
        ClusteringEval.Row inc = IncrementalEval.run(ecb, o, 50, "incremental");
        System.out.printf("ECB+ event B3 F1: batch %.3f, incremental %.3f (%d vs %d clusters)%n", batch.b3().f1(),
                inc.b3().f1(), batch.predicted(), inc.predicted());
        assertTrue(inc.b3().f1() >= batch.b3().f1() - 0.02, inc.b3() + " vs " + batch.b3());
    }
}
