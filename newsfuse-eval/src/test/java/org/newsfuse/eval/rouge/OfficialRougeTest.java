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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

    private static DucCorpus corpus;
    private static List<Row> rows;

    /** One row of the TSV: system, ROUGE order, cluster (from "cluster.system"), R, P, F. */
    private record Row(String system, int order, String cluster, double recall, double precision, double f) {
        String evaluationId() {
            return cluster + "." + system;
        }
    }

    private record Compared(Row row, Score ours) {
        double deviation() {
            return Math.max(Math.abs(ours.recall() - row.recall),
                    Math.max(Math.abs(ours.precision() - row.precision), Math.abs(ours.f() - row.f)));
        }

        @Override
        public String toString() {
            return String.format("%s ROUGE-%d %s: ours R=%.5f P=%.5f F=%.5f, reference R=%.5f P=%.5f F=%.5f",
                    row.system, row.order, row.cluster, ours.recall(), ours.precision(), ours.f(),
                    row.recall, row.precision, row.f);
        }
    }

    @BeforeAll
    static void readReferenceFigures() throws IOException {
        Optional<Path> root = DucCorpus.locateDuc2004();
        if (root.isEmpty()) {
            return;
        }
        corpus = DucCorpus.open(root.get());
        Path tsv = corpus.officialScores().orElseThrow(
                () -> new AssertionError(DucCorpus.OFFICIAL_SCORES + " missing in " + corpus.root()));
        rows = readRows(tsv);
        assertEquals(650, rows.size(), "13 systems x 25 clusters x ROUGE-1/2");
    }

    @BeforeEach
    void needsTheData() {
        Assumptions.assumeTrue(corpus != null,
                "../shared/eval/duc2004 not found: skipping the reference ROUGE comparison");
    }

    @Test
    void everyRowMatchesTheReferenceScript() {
        List<Compared> compared = compare(Rouge.duc2004().toBuilder().lcs(false).build());
        List<Compared> mismatches = new ArrayList<>();
        double worst = 0;
        for (Compared c : compared) {
            worst = Math.max(worst, c.deviation());
            if (c.deviation() > TOLERANCE) {
                mismatches.add(c);
            }
        }
        printAverages(compared);
        System.out.printf("rows compared: %d, mismatches beyond ±%.4f: %d, worst deviation: %.5f%n",
                compared.size(), TOLERANCE, mismatches.size(), worst);
        if (!mismatches.isEmpty()) {
            mismatches.sort(Comparator.comparingDouble(Compared::deviation).reversed());
            StringBuilder sb = new StringBuilder(mismatches.size() + " of " + compared.size()
                    + " rows differ from ROUGE-1.5.5 by more than " + TOLERANCE + "; worst:\n");
            mismatches.stream().limit(15).forEach(m -> sb.append("  ").append(m).append('\n'));
            fail(sb.toString());
        }
    }

    /** The figures discriminate: plain Porter stemming, without ROUGE's WordNet table, misses. */
    @Test
    void theComparisonCatchesASmallTokenizationDifference() {
        Rouge porterOnly = Rouge.duc2004().toBuilder().lcs(false).stemExceptions(Map.of()).build();
        long misses = compare(porterOnly).stream().filter(c -> c.deviation() > TOLERANCE).count();
        assertTrue(misses > 100, "only " + misses + " rows differ without the WordNet table");
    }

    private static List<Compared> compare(Rouge rouge) {
        Map<String, Scores> scores = new HashMap<>();
        List<Compared> out = new ArrayList<>();
        for (Row row : rows) {
            Scores s = scores.computeIfAbsent(row.evaluationId(), id -> {
                DucCluster c = corpus.cluster(row.cluster);
                List<String> peer = c.peers().get(row.system);
                if (peer == null) {
                    throw new AssertionError("no peer " + row.system + " in " + row.cluster);
                }
                return rouge.score(peer, List.copyOf(c.references().values()));
            });
            out.add(new Compared(row, s.rougeN(row.order)));
        }
        return out;
    }

    /**
     * Prints, per system, the plain mean of our recalls and the bootstrap mean ROUGE-1.5.5 prints,
     * and checks the latter against the script's own averaging of its per-cluster figures.
     */
    private static void printAverages(List<Compared> compared) {
        Map<String, TreeMap<String, Double>> ours = new TreeMap<>();
        Map<String, TreeMap<String, Double>> theirs = new TreeMap<>();
        for (Compared c : compared) {
            String key = c.row.system + " ROUGE-" + c.row.order;
            ours.computeIfAbsent(key, k -> new TreeMap<>()).put(c.row.evaluationId(), c.ours.recall());
            theirs.computeIfAbsent(key, k -> new TreeMap<>()).put(c.row.evaluationId(), c.row.recall);
        }
        StringBuilder table = new StringBuilder("recall x100          plain mean   as ROUGE-1.5.5 prints it\n");
        for (Map.Entry<String, TreeMap<String, Double>> e : ours.entrySet()) {
            Bootstrap.Estimate mine = Bootstrap.average(e.getValue());
            table.append(String.format("%-20s %6.3f       %6.3f%n", e.getKey(),
                    100 * Bootstrap.plainMean(e.getValue()), 100 * mine.mean()));
            assertEquals(Bootstrap.average(theirs.get(e.getKey())).mean(), mine.mean(), TOLERANCE,
                    e.getKey() + " average");
        }
        System.out.print(table);
    }

    private static List<Row> readRows(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertEquals("system\trouge\tcluster\trecall\tprecision\tf", lines.get(0), "TSV header");
        List<Row> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            String evaluationId = f[2];
            String cluster = evaluationId.substring(0, evaluationId.indexOf('.'));
            assertEquals(cluster + "." + f[0], evaluationId, "evaluation id is cluster.system");
            out.add(new Row(f[0], Integer.parseInt(f[1]), cluster,
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
        return out;
    }
}
