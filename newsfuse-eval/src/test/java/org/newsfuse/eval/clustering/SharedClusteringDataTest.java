package org.newsfuse.eval.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsfuse.cluster.StoryClusterer;

/** Reads ../shared/eval/clustering at run time (third-party data, never copied); skips when it is absent. */
class SharedClusteringDataTest {
    static Path data() {
        String prop = System.getProperty("newsfuse.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "eval/clustering"))) {
            return Path.of(prop, "eval/clustering");
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("shared/eval/clustering");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        Assumptions.assumeTrue(false, "../shared/eval/clustering not found: skipping (third-party data kept outside the repository)");
        return null;
    }

    @Test
    void ecbPlusTopicsOneToTwentyTwoHaveTwoEventsEachAndClusterAboveTheTarget() throws Exception {
        LabeledCorpus ecb = LabeledCorpus.ecbPlus(data(), 22);
        assertTrue(ecb.size() > 400, "documents: " + ecb.size());
        assertEquals(2 * new HashSet<>(ecb.gold().stream().map(g -> g.replaceAll("\\D+$", "")).toList()).size(),
                new HashSet<>(ecb.gold()).size(), "every topic has an ecb and an ecbplus event");
        assertTrue(ecb.documents().get(0).text().split("\\s+").length > 50, "text rebuilt from the tokens");
        StoryClusterer.Result r = new StoryClusterer(StoryClusterer.Options.defaults()).cluster(ecb.documents());
        B3.Score s = B3.b3(ecb.gold(), Arrays.stream(r.event()).boxed().toList());
        assertTrue(s.f1() >= 0.85, "ECB+ event-level B3 F1 " + s.f1());
    }

    @Test
    void wikiRefTopicLevelReachesTheTarget() throws Exception {
        Path dir = data().resolve("wikiref/WikiRef220");
        Assumptions.assumeTrue(Files.isDirectory(dir), "WikiRef220 not found");
        LabeledCorpus w = LabeledCorpus.wikiRef(dir);
        StoryClusterer.Result r = new StoryClusterer(StoryClusterer.Options.defaults()).cluster(w.documents());
        B3.Score s = B3.b3(w.gold(), Arrays.stream(r.topic()).boxed().toList());
        assertTrue(s.f1() >= 0.90, "WikiRef220 topic-level B3 F1 " + s.f1());
    }
}
