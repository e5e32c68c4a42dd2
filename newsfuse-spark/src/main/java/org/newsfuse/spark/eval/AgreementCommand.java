package org.newsfuse.spark.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsfuse.eval.BenchmarksFile;
import org.newsfuse.eval.clustering.B3;
import org.newsfuse.eval.clustering.LabeledCorpus;
import org.newsfuse.eval.clustering.SyntheticNews;
import org.newsfuse.spark.JobOptions;
import org.newsfuse.spark.NewsfuseJob;
import org.newsfuse.spark.SparkCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval spark-agreement}: the Spark job's stories against a single run's. On the
 * synthetic stream (eval scale's generator), B³ of the job's stories taking the single run's as
 * gold; on ECB+ topics 1-22, the event-level B³ of each against the gold events. Both sides read,
 * clean, merge copies and cluster with the same code; the NLP and story stages, which do not
 * decide membership, are left out of both ({@code --cluster-only}).
 */
@Command(name = "spark-agreement", mixinStandardHelpOptions = true,
        description = "Agreement of the Spark job's stories with a single run's (synthetic stream; ECB+ topics 1-22).")
public final class AgreementCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "50000", description = "Synthetic articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "6", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--max-block", defaultValue = "" + JobOptions.DEFAULT_MAX_BLOCK,
            description = "The job's --max-block on the synthetic stream (default: ${DEFAULT-VALUE}).")
    int maxBlock;

    @Option(names = "--block-terms", defaultValue = "" + JobOptions.DEFAULT_BLOCK_TERMS,
            description = "The job's --block-terms on every run (default: ${DEFAULT-VALUE}).")
    int blockTerms;

    @Option(names = "--ecb-max-block", defaultValue = "100",
            description = "A small --max-block for a second ECB+ run, so that its blocking is exercised (default: ${DEFAULT-VALUE}).")
    int ecbMaxBlock;

    @Option(names = "--data", defaultValue = "../shared/eval/clustering", description = "Folder holding ecbplus/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md", description = "Write the result into this Markdown file's section.")
    Path report;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        Path tmp = Files.createTempDirectory("newsfuse-agreement-");
        Path file = tmp.resolve("synthetic.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticNews(seed).write(articles, w);
        }
        List<String> rows = new ArrayList<>();
        PrintStream log = System.err;
        SparkSession spark = SparkCommand.localSession(master);
        try {
            JobOptions o = JobOptions.of(List.of(file.toString()), tmp.resolve("synthetic-out").toString())
                    .withClusterOnly(true).withMaxBlock(maxBlock).withBlockTerms(blockTerms);
            long t0 = System.nanoTime();
            Map<String, Integer> batch = Membership.batch(o.inputs(), o);
            long t1 = System.nanoTime();
            NewsfuseJob.Outcome[] out = new NewsfuseJob.Outcome[1];
            Map<String, Integer> job = Membership.spark(spark, o, log, out);
            long t2 = System.nanoTime();
            List<Integer> gold = new ArrayList<>();
            List<Integer> events = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                events.add(JSON.readTree(lines.get(i)).get("event").asInt());
            }
            List<Integer> b = new ArrayList<>();
            List<Integer> s = new ArrayList<>();
            int missing = 0;
            for (int i = 0; i < lines.size(); i++) {
                String in = file + ":" + (i + 1);
                Integer x = batch.get(in);
                Integer y = job.get(in);
                if (x == null || y == null) {
                    missing++;
                }
                b.add(x == null ? -1 - i : x);
                s.add(y == null ? -1 - i : y);
                gold.add(events.get(i));
            }
            B3.Score agree = B3.b3(b, s);
            rows.add(String.format(Locale.ROOT, "| synthetic stream, %d articles (seed %d), --max-block %d | %d clustering blocks, "
                    + "largest %d | single run %d stories, Spark %d | **B³ F1 %.4f** (P %.4f R %.4f) | single run %.4f, Spark %.4f | %.0f s, %.0f s |",
                    articles, seed, maxBlock, out[0].blocks(), out[0].largestBlock(), distinct(b), out[0].stories(),
                    agree.f1(), agree.precision(), agree.recall(), B3.b3(gold, b).f1(), B3.b3(gold, s).f1(),
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9));
            if (missing > 0) {
                rows.add("| (" + missing + " inputs missing on one side) | | | | | |");
            }
            System.out.println(rows.get(rows.size() - 1));
            if (Files.isDirectory(data.resolve("ecbplus"))) {
                ecb(spark, tmp, rows, log);
            } else {
                System.err.println("newsfuse: " + data + "/ecbplus is absent: ECB+ skipped");
            }
        } finally {
            spark.stop();
        }
        String body = "Measured " + java.time.LocalDate.now() + " with `./newsfuse eval spark-agreement --articles " + articles
                + " --max-block " + maxBlock + (blockTerms == JobOptions.DEFAULT_BLOCK_TERMS ? "" : " --block-terms " + blockTerms)
                + " --master " + master + " --report docs/benchmarks.md` (2 cores; machine load "
                + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " at the end: quality figures do not depend on load). Both sides read the same files and run the same "
                + "cleaning, copy merging and clustering code; the single run clusters all articles at once, the Spark job "
                + "in blocks (time windows on two offset grids, a window over --max-block split by each article's " + blockTerms
                + " strongest terms), each block weighed with the whole input's term statistics, then average link continued "
                + "over the blocks' events with the article pairs the blocks scored (the merge across block boundaries), and finds copies through a shuffle on LSH band keys. "
                + "The NLP and story stages, which do not decide membership, are left out of both (`--cluster-only`). "
                + "Agreement: B³ of the Spark stories taking the single run's as gold; then each side's B³ F1 against the "
                + "gold (the generator's events; ECB+ events, gold = topic + ecb/ecbplus).\n\n"
                + "| corpus | blocking | stories | agreement (Spark vs single run) | F1 vs gold | time single, Spark |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        if (report != null) {
            BenchmarksFile.replaceSection(report, "Spark job: agreement with a single run (issue 16)", body);
            System.err.println("newsfuse: wrote " + report);
        }
        return 0;
    }

    private void ecb(SparkSession spark, Path tmp, List<String> rows, PrintStream log) throws IOException {
        LabeledCorpus ecb = LabeledCorpus.ecbPlus(data, 22);
        Path file = tmp.resolve("ecbplus.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ecb.size(); i++) {
                ObjectNode n = JSON.createObjectNode();
                n.put("id", ecb.names().get(i));
                var d = ecb.documents().get(i);
                if (d.title() != null) {
                    n.put("title", d.title());
                }
                if (d.date() != null) {
                    n.put("published", d.date().toString());
                }
                n.put("text", d.text());
                w.write(JSON.writeValueAsString(n) + "\n");
            }
        }
        for (int mb : new int[] {JobOptions.DEFAULT_MAX_BLOCK, ecbMaxBlock}) {
            JobOptions o = JobOptions.of(List.of(file.toString()), tmp.resolve("ecb-out-" + mb).toString())
                    .withClusterOnly(true).withMaxBlock(mb).withBlockTerms(blockTerms);
            long t0 = System.nanoTime();
            Map<String, Integer> batch = Membership.batch(o.inputs(), o);
            long t1 = System.nanoTime();
            NewsfuseJob.Outcome[] out = new NewsfuseJob.Outcome[1];
            Map<String, Integer> job = Membership.spark(spark, o, log, out);
            long t2 = System.nanoTime();
            List<Integer> b = new ArrayList<>();
            List<Integer> s = new ArrayList<>();
            for (int i = 0; i < ecb.size(); i++) {
                String in = file + ":" + (i + 1);
                b.add(batch.getOrDefault(in, -1 - i));
                s.add(job.getOrDefault(in, -1 - i));
            }
            B3.Score fb = B3.b3(ecb.gold(), b);
            B3.Score fs = B3.b3(ecb.gold(), s);
            rows.add(String.format(Locale.ROOT, "| ECB+ topics 1-22, %d documents, --max-block %d | %d clustering blocks, largest %d "
                    + "| single run %d stories, Spark %d | B³ F1 %.4f | single run %.4f, Spark %.4f: **difference %.4f** | %.0f s, %.0f s |",
                    ecb.size(), mb, out[0].blocks(), out[0].largestBlock(), distinct(b), out[0].stories(), B3.b3(b, s).f1(),
                    fb.f1(), fs.f1(), Math.abs(fb.f1() - fs.f1()), (t1 - t0) / 1e9, (t2 - t1) / 1e9));
            System.out.println(rows.get(rows.size() - 1));
        }
    }

    private static long distinct(List<Integer> l) {
        return l.stream().distinct().count();
    }
}
