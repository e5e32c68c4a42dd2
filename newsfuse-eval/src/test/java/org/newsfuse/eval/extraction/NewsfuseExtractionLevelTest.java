package org.newsfuse.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * newsfuse's extractor on the real pages of both benchmarks (read from shared/ at run time; skipped
 * when absent): at least trafilatura's published level on both, issue 3's bar — scrapinghub F1 0.958,
 * Fundus ROUGE-LSum F1 93.62.
 */
class NewsfuseExtractionLevelTest {

    private static Path data() {
        Path root = SharedData.locateExtraction().orElse(null);
        Assumptions.assumeTrue(root != null, "shared/eval/extraction not found: skipping newsfuse's benchmark level");
        return root;
    }

    @Test
    void fundusAtLeastTrafilatura() throws IOException {
        ExtractionEval eval = new ExtractionEval(List.of(LivePeers.newsfuse()));
        ExtractionEval.Row row = eval.fundus(FundusSet.open(data().resolve("fundus"))).get(0);
        assertTrue(row.score().f1() >= 0.9362, "Fundus ROUGE-LSum F1 " + row.score());
    }

    @Test
    void scrapinghubAtLeastTrafilatura() throws IOException {
        ExtractionEval eval = new ExtractionEval(List.of(LivePeers.newsfuse()));
        ExtractionEval.Row row = eval.scrapinghub(ScrapinghubSet.open(data().resolve("scrapinghub"))).get(0);
        assertTrue(row.score().f1() >= 0.958, "scrapinghub F1 " + row.score());
    }
}
