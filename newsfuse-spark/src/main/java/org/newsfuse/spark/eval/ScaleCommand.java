package org.newsfuse.spark.eval;

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
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.eval.BenchmarksFile;
import org.newsfuse.eval.clustering.ScaleCommand.HeapWatch;
import org.newsfuse.eval.clustering.SyntheticNews;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.spark.JobOptions;
import org.newsfuse.spark.NewsfuseJob;
import org.newsfuse.spark.SparkCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval spark-scale}: the Spark job's throughput on the synthetic stream as JSON
 * Lines shards and as WARC.gz files, at each master given, beside a single run of the engine on
 * the same articles in the same JVM: wall time, process CPU time, shuffle bytes written, peak heap
 * (in local mode the executors live in this JVM), load average before and after.
 */
@Command(name = "spark-scale", mixinStandardHelpOptions = true,
        description = "Throughput of the Spark job (local masters) beside a single run, on synthetic JSON Lines and WARC.gz.")
public final class ScaleCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "200000", description = "Synthetic articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "6", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--shards", defaultValue = "16", description = "Input files per format (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]", description = "Masters (default: ${DEFAULT-VALUE}).")
    List<String> masters;

    @Option(names = "--formats", split = ",", defaultValue = "jsonl,warc", description = "Input formats (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--cluster-only", description = "Time the membership path only (no NLP, no story stages), on both sides.")
    boolean clusterOnly;

    @Option(names = "--no-single", description = "Skip the single run beside the Spark runs (measures the masters alone).")
    boolean noSingle;

    @Option(names = "--max-block", paramLabel = "N", defaultValue = "" + JobOptions.DEFAULT_MAX_BLOCK,
            description = "The job's --max-block (default: ${DEFAULT-VALUE}).")
    int maxBlock;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md", description = "Write the result into this Markdown file's section.")
    Path report;

    @Override
    public Integer call() throws Exception {
        Path tmp = Files.createTempDirectory("newsfuse-spark-scale-");
        Path all = tmp.resolve("all.jsonl");
        try (Writer w = Files.newBufferedWriter(all, StandardCharsets.UTF_8)) {
            new SyntheticNews(seed).write(articles, w);
        }
        List<Path> jsonl = SyntheticInputs.shardJsonl(all, articles, shards, tmp.resolve("jsonl"));
        Files.delete(all);
        List<Path> warc = formats.contains("warc") ? SyntheticInputs.warc(jsonl, tmp.resolve("warc")) : List.of();
        System.err.printf(Locale.ROOT, "newsfuse: %d articles: JSON Lines %.0f MB, WARC.gz %.0f MB in %s; %d processor(s)"
                + " available to this JVM%n", articles, size(jsonl) / 1e6, size(warc) / 1e6, tmp,
                Runtime.getRuntime().availableProcessors());
        List<String> rows = new ArrayList<>();
        PrintStream log = System.err;
        // the single run, as `newsfuse run --threads 2` (or its membership path), on the JSON Lines
        if (!noSingle) {
            double[] m = measure(() -> {
                List<String> in = List.of(tmp.resolve("jsonl").toString());
                if (clusterOnly) {
                    Membership.batch(in, JobOptions.of(in, "").withClusterOnly(true));
                } else {
                    List<RawDocument> docs = new InputReader().read(in, e -> { });
                    new Engine(new EngineOptions(100, 2)).run(docs, e -> { }, null);
                }
            });
            rows.add(row("JSON Lines", "single run, 2 threads", m, 0, 2));
            System.out.println(rows.get(rows.size() - 1));
        }
        for (String format : formats) {
            Path in = tmp.resolve(format.equals("warc") ? "warc" : "jsonl");
            for (String master : masters) {
                int cores = master.matches("local\\[\\d+\\]") ? Integer.parseInt(master.replaceAll("\\D", ""))
                        : Runtime.getRuntime().availableProcessors();
                SparkSession spark = SparkCommand.localSession(master);
                AtomicLong shuffle = new AtomicLong();
                spark.sparkContext().addSparkListener(new SparkListener() {
                    @Override
                    public void onTaskEnd(SparkListenerTaskEnd e) {
                        if (e.taskMetrics() != null) {
                            shuffle.addAndGet(e.taskMetrics().shuffleWriteMetrics().bytesWritten());
                        }
                    }
                });
                JobOptions o = JobOptions.of(List.of(in.toString()), tmp.resolve("out-" + format + "-" + cores).toString())
                        .withClusterOnly(clusterOnly).withMaxBlock(maxBlock);
                NewsfuseJob.Outcome[] out = new NewsfuseJob.Outcome[1];
                double[] m;
                try {
                    m = measure(() -> out[0] = NewsfuseJob.run(spark, o, log));
                } finally {
                    spark.stop();
                }
                rows.add(row(format.equals("warc") ? "WARC.gz" : "JSON Lines", "Spark " + master + " (" + out[0].stories()
                        + " stories, " + out[0].blocks() + " blocks)", m, shuffle.get(), cores));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        String body = "Measured " + java.time.LocalDate.now() + " with `NEWSFUSE_JAVA_OPTS=-Xmx2g ./newsfuse eval spark-scale --articles "
                + articles + " --shards " + shards + " --masters " + String.join(",", masters) + " --formats "
                + String.join(",", formats) + (clusterOnly ? " --cluster-only" : "") + (noSingle ? " --no-single" : "")
                + (maxBlock == JobOptions.DEFAULT_MAX_BLOCK ? "" : " --max-block " + maxBlock) + " --report docs/benchmarks.md` on the "
                + "development machine (2 cores, 24 GiB, Java " + System.getProperty("java.specification.version") + "; "
                + Runtime.getRuntime().availableProcessors() + " processor(s) available to this JVM), "
                + (clusterOnly ? "membership path only (read, clean, copies, clustering; no NLP, no story stages) on both sides"
                        : "the full pipeline (article stages with OpenNLP, copies, clustering, story stages, stories.jsonl)")
                + ". The load average before and after each run is in its row (above 2, other work shared the two "
                + "cores); CPU time (user+sys of this JVM) is the figure load disturbs least. In local mode the "
                + "executors run inside this JVM, so the peak heap is the executors' and the driver's together.\n\n"
                + "| input | runner | wall | articles/s | CPU time | articles per CPU-second | shuffle written | peak heap | load average before → after |\n"
                + "|---|---|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        if (report != null) {
            BenchmarksFile.replaceSection(report, "Spark job: throughput (issue 16)" + (clusterOnly ? ", membership path" : ""), body);
            System.err.println("newsfuse: wrote " + report);
        }
        return 0;
    }

    interface Run {
        void run() throws Exception;
    }

    /** wall s, CPU s, peak heap bytes, load before, load after. */
    private double[] measure(Run r) throws Exception {
        System.gc();
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        HeapWatch heap = new HeapWatch();
        heap.start();
        long cpu0 = org.newsfuse.eval.clustering.ScaleCommand.cpuNanos();
        long t0 = System.nanoTime();
        r.run();
        long t1 = System.nanoTime();
        long cpu = org.newsfuse.eval.clustering.ScaleCommand.cpuNanos() - cpu0;
        heap.stop();
        return new double[] {(t1 - t0) / 1e9, cpu / 1e9, heap.peak(), load0,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
    }

    private String row(String input, String runner, double[] m, long shuffle, int cores) {
        return String.format(Locale.ROOT, "| %s | %s | %.1f s | %.0f (%.0f per core) | %.1f s | %.1f | %s | %.0f MB | %.1f → %.1f |",
                input, runner, m[0], articles / m[0], articles / m[0] / cores, m[1], articles / m[1],
                shuffle == 0 ? "—" : String.format(Locale.ROOT, "%.1f MB", shuffle / 1e6), m[2] / 1e6, m[3], m[4]);
    }

    private static long size(List<Path> files) throws IOException {
        long s = 0;
        for (Path p : files) {
            s += Files.size(p);
        }
        return s;
    }
}
