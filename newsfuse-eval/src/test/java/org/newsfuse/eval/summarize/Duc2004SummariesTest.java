package org.newsfuse.eval.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.eval.duc.DucCluster;
import org.newsfuse.eval.duc.DucCorpus;
import org.newsfuse.summarize.Summarizer;

/**
 * ROUGE regression on the 25 DUC 2004 clusters of ../shared (skipped when absent): newsfuse's
 * summaries must stay above the published systems' averages it has reached. Figures are the
 * averages as ROUGE-1.5.5 prints them (bootstrap means), compared with the reference script's
 * figures for the peers.
 */
class Duc2004SummariesTest {
    /** ICSISumm (ILP), the best published ROUGE-2 recall on these clusters. */
    private static final double BEST_PEER_R2 = 0.0966;
    /** DPP, the best published ROUGE-1 recall on these clusters. */
    private static final double BEST_PEER_R1 = 0.3966;

    private static List<DucStories.Story> stories;
    private static List<DucEvaluation.Summary> summaries;
    private static DucEvaluation.Table table;

    @BeforeAll
    static void summarizeAll() {
        Optional<Path> root = DucCorpus.locateDuc2004();
        if (root.isEmpty()) {
            return;
        }
        stories = new ArrayList<>();
        summaries = new ArrayList<>();
        Summarizer summarizer = new Summarizer();
        for (DucCluster c : DucCorpus.open(root.get()).clusters()) {
            DucStories.Story s = DucStories.read(c);
            stories.add(s);
            summaries.add(DucEvaluation.summarize(s, summarizer, Summarizer.Options.defaults()));
        }
        table = DucEvaluation.score(stories, summaries, false);
    }

    private static void requireData() {
        Assumptions.assumeTrue(stories != null, "shared/eval/duc2004 not found beside the checkout: DUC 2004 ROUGE regression skipped");
    }

    /**
     * Every document becomes an article, down to the 35-word, three-line wire fragment whose
     * wrapped lines all start with capitals.
     */
    @Test
    void everyDocumentBecomesAnArticle() {
        requireData();
        assertEquals(25, stories.size());
        for (DucStories.Story s : stories) {
            List<String> kept = s.articles().stream().map(a -> a.input()).toList();
            for (var d : s.cluster().documents()) {
                assertTrue(kept.contains(s.cluster().id() + "/" + d.id() + ".txt"),
                        s.cluster().id() + "/" + d.id() + " was dropped: " + s.errors());
            }
        }
    }

    @Test
    void summariesStayWithinOneHundredWords() {
        requireData();
        for (DucEvaluation.Summary s : summaries) {
            int words = s.sentences().stream().mapToInt(l -> l.strip().split("\\s+").length).sum();
            assertTrue(words <= 100 && words >= 80, s.cluster() + ": " + words + " words");
        }
    }

    @Test
    void rouge2RecallAboveEveryPublishedSystem() {
        requireData();
        double r2 = table.printed(DucEvaluation.NEWSFUSE, "ROUGE-2", 'r');
        assertTrue(r2 > BEST_PEER_R2, "ROUGE-2 recall " + r2);
    }

    @Test
    void rouge1RecallAboveEveryPublishedSystem() {
        requireData();
        double r1 = table.printed(DucEvaluation.NEWSFUSE, "ROUGE-1", 'r');
        assertTrue(r1 > BEST_PEER_R1, "ROUGE-1 recall " + r1);
    }
}
