package org.newsfuse.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsfuse.eval.duc.DucCluster;
import org.newsfuse.eval.duc.DucCorpus;

/**
 * Our ROUGE against the reference ROUGE-1.5.5 figures for every peer on every DUC 2004 cluster in
 * {@code ../shared/eval/duc2004} ({@code -n 2 -m -l 100 -p 0.5 -f A -t 0}). Skipped when the shared
 * folder is absent.
 */
class OfficialRougeTest {

    private static final double TOLERANCE = 0.0005;

    /** One row of the TSV: system, ROUGE order, "cluster.system", recall, precision, F. */
    private record Row(String system, int order, String cluster, double recall, double precision, double f) {
    }

    private record Mismatch(Row row, double recall, double precision, double f) {
        double worst() {
            return Math.max(Math.abs(recall - row.recall),
                    Math.max(Math.abs(precision - row.precision), Math.abs(f - row.f)));
        }

        @Override
        public String toString() {
            return String.format("%s ROUGE-%d %s: ours R=%.5f P=%.5f F=%.5f, reference R=%.5f P=%.5f F=%.5f",
                    row.system, row.order, row.cluster, recall, precision, f, row.recall, row.precision, row.f);
        }
    }

    @Test
    void everyRowMatchesTheReferenceScript() throws IOException {
        Optional<Path> root = DucCorpus.locateDuc2004();
        Assumptions.assumeTrue(root.isPresent(),
                "../shared/eval/duc2004 not found: skipping the reference ROUGE comparison");
        DucCorpus corpus = DucCorpus.open(root.get());
        Path tsv = corpus.officialScores().orElseThrow(
                () -> new AssertionError(DucCorpus.OFFICIAL_SCORES + " missing in " + corpus.root()));
        List<Row> rows = readRows(tsv);
        assertEquals(650, rows.size(), "13 systems x 25 clusters x ROUGE-1/2");

        Rouge rouge = Rouge.duc2004().toBuilder().lcs(false).build();
        Map<String, Scores> cache = new HashMap<>();
        List<Mismatch> mismatches = new ArrayList<>();
        double worstDeviation = 0;
        Map<String, double[]> sums = new TreeMap<>();
        for (Row row : rows) {
            Scores scores = cache.computeIfAbsent(row.cluster + "/" + row.system, k -> {
                DucCluster c = corpus.cluster(row.cluster);
                List<String> peer = c.peers().get(row.system);
                if (peer == null) {
                    throw new AssertionError("no peer " + row.system + " in " + row.cluster);
                }
                return rouge.score(peer, List.copyOf(c.references().values()));
            });
            Score s = scores.rougeN(row.order);
            Mismatch m = new Mismatch(row, s.recall(), s.precision(), s.f());
            worstDeviation = Math.max(worstDeviation, m.worst());
            if (m.worst() > TOLERANCE) {
                mismatches.add(m);
            }
            double[] sum = sums.computeIfAbsent(row.system, k -> new double[4]);
            sum[row.order == 1 ? 0 : 1] += s.recall();
            sum[row.order == 1 ? 2 : 3] += row.recall;
        }
        StringBuilder table = new StringBuilder("system      ours R1/R2      reference R1/R2 (mean of TSV rows, x100)\n");
        sums.forEach((system, sum) -> table.append(String.format("%-11s %6.2f / %5.2f   %6.2f / %5.2f%n",
                system, sum[0] * 4, sum[1] * 4, sum[2] * 4, sum[3] * 4)));
        System.out.print(table);
        System.out.printf("rows compared: %d, mismatches beyond ±%.4f: %d, worst deviation: %.5f%n",
                rows.size(), TOLERANCE, mismatches.size(), worstDeviation);
        if (!mismatches.isEmpty()) {
            mismatches.sort(Comparator.comparingDouble(Mismatch::worst).reversed());
            StringBuilder sb = new StringBuilder(mismatches.size() + " of " + rows.size()
                    + " rows differ from ROUGE-1.5.5 by more than " + TOLERANCE + "; worst:\n");
            mismatches.stream().limit(15).forEach(m -> sb.append("  ").append(m).append('\n'));
            fail(sb.toString());
        }
        assertTrue(worstDeviation <= TOLERANCE);
    }

    private static List<Row> readRows(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertEquals("system\trouge\tcluster\trecall\tprecision\tf", lines.get(0), "TSV header");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            String evalId = f[2];
            String cluster = evalId.substring(0, evalId.indexOf('.'));
            rows.add(new Row(f[0], Integer.parseInt(f[1]), cluster,
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
        return rows;
    }
}
