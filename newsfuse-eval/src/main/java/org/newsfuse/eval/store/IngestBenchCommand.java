package org.newsfuse.eval.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsfuse.cli.Version;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.eval.BenchmarksFile;
import org.newsfuse.eval.EvalSubcommand;
import org.newsfuse.eval.clustering.SyntheticNews;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.store.Ingester;
import org.newsfuse.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval ingest}: incremental ingest of the synthetic stream into a SQLite store, timed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Time 'newsfuse ingest' on the synthetic news stream: for each size N, N articles ingested into a",
                "fresh store in batches, then one batch more. The stream's dates are stretched so that every store holds",
                "the same number of articles per day (about 27, the 10,000-article stream's): a bigger store is more",
                "history, not more news per day. Reports articles/s, CPU time, database bytes per article, the time of",
                "the extra batch, and peak heap. Run with -Xmx2g."})
public final class IngestBenchCommand implements Callable<Integer>, EvalSubcommand {
    @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "10000,100000",
            description = "Store sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Articles per ingest (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--more", paramLabel = "N", defaultValue = "1000", description = "The extra batch (default: ${DEFAULT-VALUE}; 0 for none: the store is only built).")
    int more;

    @Option(names = "--per-day", paramLabel = "N", defaultValue = "27.4", description = "Articles per day of the stretched stream (default: ${DEFAULT-VALUE}).")
    double perDay;

    @Option(names = "--seed", defaultValue = "14", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/eval-ingest", description = "Where the stores go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md", description = "Write the table into this Markdown file's ingest section.")
    Path report;

    @Override
    public Object command() {
        return new IngestBenchCommand();
    }

    record Row(int size, double seconds, double cpu, double bytesPerArticle, int stories, double moreSeconds, double moreCpu,
            long peakHeap, String moreLine) {
    }

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(work);
        List<Row> rows = new ArrayList<>();
        String load0 = loadAverage();
        for (int n : sizes) {
            rows.add(measure(n));
            print(rows.get(rows.size() - 1));
        }
        String load1 = loadAverage();
        String md = markdown(rows, load0, load1);
        System.out.print(md);
        if (report != null) {
            BenchmarksFile.replaceSection(report, "Ingest into the store (issue 14)", md);
            System.err.println("newsfuse: wrote " + report);
        }
        return 0;
    }

    private Row measure(int n) throws IOException {
        Path jsonl = work.resolve("synthetic-" + n + ".jsonl");
        writeStream(seed, perDay, n + more, jsonl);
        InputReader.Batch read = new InputReader().readAndReport(List.of(jsonl.toString()), System.err);
        List<RawDocument> all = read.documents();
        Path db = work.resolve("ingest-" + n + ".db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        EngineOptions o = EngineOptions.defaults();
        Engine engine = new Engine(o);
        resetPeaks();
        Ingester.Outcome main;
        double[] t0 = now();
        try (SqliteStore store = SqliteStore.open(db, true)) {
            Ingester ing = new Ingester(engine, o, store, Version.current(), batch);
            main = ing.ingest(all.subList(0, n), e -> { }, (inputs, done, soFar) -> System.err.printf(Locale.ROOT,
                    "  %d/%d articles, %.0f s%n", done, n, now()[0] - t0[0]));
        }
        double[] t1 = now();
        Ingester.Outcome extra;
        double[] t2;
        int stories;
        try (SqliteStore store = SqliteStore.open(db, true)) {
            Ingester ing = new Ingester(engine, o, store, Version.current(), Math.max(1, more)); // --more 0: nothing more
            extra = ing.ingest(all.subList(n, n + more), e -> { }, null);
            t2 = now();
            stories = store.counts().stories();
        }
        long peak = peakHeap();
        long bytes = Files.size(db) + (Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0);
        System.err.println("  " + n + ": " + main.line() + " | more: " + extra.line());
        return new Row(n, t1[0] - t0[0], t1[1] - t0[1], bytes / (double) (n + more), stories, t2[0] - t1[0], t2[1] - t1[1],
                peak, extra.line());
    }

    /** The synthetic stream with its dates stretched to {@code perDay} articles a day, events kept whole. */
    static void writeStream(long seed, double perDay, int total, Path out) throws IOException {
        StringWriter raw = new StringWriter();
        new SyntheticNews(seed).write(total, raw);
        ObjectMapper json = new ObjectMapper();
        LocalDate start = LocalDate.of(2024, 1, 1);
        double stretch = total / perDay / 365.0;
        Map<Integer, Long> shift = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(raw.toString()));
                BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                ObjectNode o = (ObjectNode) json.readTree(line);
                LocalDate p = LocalDate.parse(o.path("published").asText());
                int event = o.path("event").asInt();
                long s = shift.computeIfAbsent(event, e -> Math.round(ChronoUnit.DAYS.between(start, p) * (stretch - 1)));
                o.put("published", p.plusDays(s).toString());
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
    }

    /** Wall seconds and process CPU seconds. */
    private static double[] now() {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new double[] {System.nanoTime() / 1e9, os.getProcessCpuTime() / 1e9};
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void print(Row r) {
        System.out.printf(Locale.ROOT, "%d articles: %.0f s (%.1f articles/s, CPU %.0f s), %.0f bytes/article, %d stories; "
                + "%d more: %.1f s (CPU %.1f s); peak heap %d MB%n", r.size(), r.seconds(), r.size() / r.seconds(), r.cpu(),
                r.bytesPerArticle(), r.stories(), more, r.moreSeconds(), r.moreCpu(), r.peakHeap() >> 20);
    }

    private String markdown(List<Row> rows, String load0, String load1) {
        StringBuilder sb = new StringBuilder();
        sb.append("Measured ").append(LocalDate.now()).append(" with `NEWSFUSE_JAVA_OPTS=-Xmx2g ./newsfuse eval ingest --sizes ")
                .append(String.join(",", sizes.stream().map(String::valueOf).toList())).append(" --batch ").append(batch)
                .append(" --more ").append(more).append(" --report docs/benchmarks.md` on the development machine (2 cores, 24 GiB, Java ")
                .append(System.getProperty("java.specification.version")).append("), load average ").append(load0)
                .append(" at the start, ").append(load1).append(" at the end (a load above 2 means other work shared the two cores "
                + "and inflated the wall times); CPU time (user+sys of the process) is given beside them. Each size is a fresh store "
                + "filled with the synthetic stream (seed ").append(seed).append(") in batches of ").append(batch)
                .append(" (every stage: clean, NLP, copies, clustering against the live stories, story stages on changed stories, "
                + "one transaction per batch), then the next ").append(more).append(" articles of the stream in one batch. Dates "
                + "are stretched to ").append(perDay).append(" articles a day, so a bigger store is a longer history at the same "
                + "daily volume.\n\n");
        sb.append("| articles | wall | articles/s | CPU | DB bytes/article | stories | +").append(more)
                .append(" wall | +").append(more).append(" CPU | peak heap |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %,d | %.0f s | %.1f | %.0f s | %,.0f | %,d | %.1f s | %.1f s | %d MB |\n",
                    r.size(), r.seconds(), r.size() / r.seconds(), r.cpu(), r.bytesPerArticle(), r.stories(), r.moreSeconds(),
                    r.moreCpu(), r.peakHeap() >> 20));
        }
        if (rows.size() >= 2) {
            Row a = rows.get(0);
            Row b = rows.get(rows.size() - 1);
            sb.append(String.format(Locale.ROOT, "\nThe extra %d articles cost %.2f× as much wall time (%.2f× CPU) in the %,d-article "
                    + "store as in the %,d-article one (target ≤ 1.5×).\n", more, b.moreSeconds() / a.moreSeconds(),
                    b.moreCpu() / a.moreCpu(), b.size(), a.size()));
        }
        return sb.toString();
    }
}
