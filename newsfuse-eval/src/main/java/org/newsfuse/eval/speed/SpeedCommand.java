package org.newsfuse.eval.speed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsfuse.cli.Version;
import org.newsfuse.eval.BenchmarksFile;
import org.newsfuse.eval.EvalSubcommand;
import org.newsfuse.eval.extraction.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval speed}: the whole {@code run} path on real HTML folders and on the synthetic
 * stream at several sizes, each workload in a fresh JVM ({@link SpeedProbe}) with this JVM's options,
 * so that each reports its own peak heap and RSS; then extraction alone by newsfuse, readability4j
 * and boilerpipe on the same pages ({@link ExtractionReference}) as the reference line.
 */
@Command(name = "speed", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Time the whole `newsfuse run` path (read, clean, dedup, nlp, copies, clustering, story stages, "
                + "reports) on folders of real HTML pages (trafilatura, scrapinghub, Fundus sets, unpacked) and on N "
                + "synthetic articles, each in a fresh JVM; report articles/s (wall and CPU), time per phase and stage, "
                + "peak heap and RSS, with extraction-only throughput of newsfuse, readability4j and boilerpipe on the "
                + "same pages. The machine's load average is recorded: wall figures on a busy machine are low, CPU "
                + "time per article is the figure to compare."})
public final class SpeedCommand implements Callable<Integer>, EvalSubcommand {
    static final String SECTION = "Speed and memory (issue 13)";

    @Option(names = "--data", paramLabel = "DIR", description = "The extraction sets (default: ../shared/eval/extraction, found by walking up).")
    Path data;

    @Option(names = "--sets", paramLabel = "NAMES", split = ",", defaultValue = "trafilatura,scrapinghub,fundus",
            description = "Real HTML sets to run (default: ${DEFAULT-VALUE}; 'none' for none).")
    List<String> sets;

    @Option(names = "--synthetic", paramLabel = "N", split = ",", defaultValue = "1000,10000,100000",
            description = "Synthetic article counts to run (default: ${DEFAULT-VALUE}; 0 for none).")
    List<Integer> synthetic;

    @Option(names = "--seed", defaultValue = "6", description = "Synthetic generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of each run (default: cores).")
    Integer threads;

    @Option(names = "--no-reference", description = "Skip the extraction-only reference line.")
    boolean noReference;

    @Option(names = "--scratch", paramLabel = "DIR", description = "Folder for the unpacked pages, synthetic files and "
            + "reports (default: a temporary folder, deleted at the end).")
    Path scratch;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md", description = "Write the results into this Markdown file's section.")
    Path report;

    @Override
    public Object command() {
        return new SpeedCommand();
    }

    /** One workload's result, as its probe printed it. */
    record Row(String workload, JsonNode r) {
    }

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path dir = data != null ? data : SharedData.locateExtraction().orElse(null);
        boolean realSets = !(sets.size() == 1 && sets.get(0).equals("none"));
        if (realSets && (dir == null || !Files.isDirectory(dir))) {
            System.err.println("newsfuse: shared/eval/extraction not found; pass --data DIR, or --sets none");
            return 2;
        }
        boolean temp = scratch == null;
        Path work = temp ? Files.createTempDirectory("newsfuse-speed-") : scratch;
        String loadBefore = loadAverage();
        List<Row> rows = new ArrayList<>();
        String reference = "";
        try {
            if (realSets) {
                for (String set : sets) {
                    Path html = dir.resolve(set).resolve("html");
                    if (!Files.isDirectory(html)) {
                        System.err.println("newsfuse: " + html + ": no such folder (skipped)");
                        continue;
                    }
                    Path in = work.resolve("in-" + set);
                    int pages = Workloads.unpack(html, in);
                    System.err.println("speed: " + set + ": " + pages + " pages unpacked into " + in);
                    rows.add(new Row(set + " (" + pages + " HTML pages)", probe(in, work.resolve("out-" + set), n)));
                    System.err.println(line(rows.get(rows.size() - 1)));
                }
            }
            for (int count : synthetic) {
                if (count <= 0) {
                    continue;
                }
                Path in = work.resolve("in-synthetic-" + count);
                long bytes = Workloads.synthetic(count, seed, in);
                System.err.printf(Locale.ROOT, "speed: %d synthetic articles (%.1f MB) written into %s%n", count, bytes / 1e6, in);
                rows.add(new Row("synthetic " + count, probe(in, work.resolve("out-synthetic-" + count), n)));
                System.err.println(line(rows.get(rows.size() - 1)));
                if (temp) {
                    deleteTree(in);
                    deleteTree(work.resolve("out-synthetic-" + count));
                }
            }
            if (!noReference && realSets && Files.isDirectory(work.resolve("in-" + sets.get(0)))) {
                System.err.println("speed: extraction reference on " + sets.get(0));
                reference = ExtractionReference.measure(work.resolve("in-" + sets.get(0)), sets.get(0));
            }
        } finally {
            if (temp) {
                deleteTree(work);
            }
        }
        String loadAfter = loadAverage();
        String tables = tables(rows, n) + (reference.isEmpty() ? "" : "\n" + reference);
        System.out.print(tables);
        if (report != null) {
            BenchmarksFile.replaceSection(report, SECTION, header(n, loadBefore, loadAfter) + tables + NOTES);
            System.err.println("written: " + report);
        }
        return 0;
    }

    /** Runs one workload in a fresh JVM with this JVM's options; returns what it printed. */
    private static JsonNode probe(Path in, Path out, int threads) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-X") || a.startsWith("-D")) {
                cmd.add(a);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(SpeedProbe.class.getName());
        cmd.add(in.toString());
        cmd.add(out.toString());
        cmd.add(Integer.toString(threads));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            throw new IOException("the speed probe on " + in + " exited with " + code);
        }
        return new ObjectMapper().readTree(text);
    }

    /** CPU-bound estimate of the wall time on an idle machine: the parallel work spread over the threads, the serial part as it is. */
    static double idleEstimateSeconds(JsonNode r, int threads) {
        double serial = 0;
        for (JsonNode s : r.get("stages")) {
            String name = s.get("stage").asText();
            if (name.equals(org.newsfuse.engine.Engine.CLUSTER_PHASE)) {
                serial += s.get("cpuSeconds").asDouble();
            }
        }
        return r.get("cpuSeconds").asDouble() / threads + serial * (1 - 1.0 / threads);
    }

    private static String line(Row row) {
        JsonNode r = row.r();
        return String.format(Locale.ROOT, "speed: %s: %d articles in %.1f s wall (%.1f/s), %.1f s CPU (%.2f ms/article), "
                + "peak heap %.0f MB, peak RSS %.0f MB", row.workload(), r.get("documents").asInt(),
                r.get("wallSeconds").asDouble(), perSecond(r), r.get("cpuSeconds").asDouble(), cpuMsPerDoc(r),
                r.get("peakHeapBytes").asDouble() / 1e6, r.get("peakRssBytes").asDouble() / 1e6);
    }

    private static double perSecond(JsonNode r) {
        return r.get("documents").asDouble() / r.get("wallSeconds").asDouble();
    }

    private static double cpuMsPerDoc(JsonNode r) {
        return 1e3 * r.get("cpuSeconds").asDouble() / Math.max(1, r.get("documents").asInt());
    }

    /** The results as Markdown: one row per workload, then time per stage per workload. */
    static String tables(List<Row> rows, int threads) {
        StringBuilder sb = new StringBuilder();
        sb.append("| workload | inputs | articles | stories | wall s | articles/s (wall, measured under load) | CPU s "
                + "| CPU ms per article | articles/s on an idle ").append(threads).append("-core machine (ESTIMATE from CPU time) "
                + "| GC s | peak heap MB | peak RSS MB | max heap MB |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Double base = null;
        for (Row row : rows) {
            JsonNode r = row.r();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.2f | %.0f | %.1f | %.0f | %.0f | %.0f |%n",
                    row.workload(), r.get("documents").asInt(), r.get("articles").asInt(), r.get("stories").asInt(),
                    r.get("wallSeconds").asDouble(), perSecond(r), r.get("cpuSeconds").asDouble(), cpuMsPerDoc(r),
                    r.get("documents").asDouble() / idleEstimateSeconds(r, threads), r.get("gcSeconds").asDouble(),
                    r.get("peakHeapBytes").asDouble() / 1e6, r.get("peakRssBytes").asDouble() / 1e6,
                    r.get("maxHeapBytes").asDouble() / 1e6));
        }
        List<Row> synth = rows.stream().filter(r -> r.workload().startsWith("synthetic")).toList();
        if (synth.size() > 1) {
            sb.append("\nGrowth (synthetic): CPU ms per article relative to the smallest run: ");
            for (Row row : synth) {
                double v = cpuMsPerDoc(row.r());
                base = base == null ? v : base;
                sb.append(String.format(Locale.ROOT, "%s %.2f ms (%.2f×); ", row.workload(), v, v / base));
            }
            sb.setLength(sb.length() - 2);
            sb.append(".\n");
        }
        sb.append("\nTime per phase (wall s) and per stage (time summed over the threads / their CPU time, s):\n\n");
        List<String> stages = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        for (Row row : rows) {
            row.r().get("phases").forEach(p -> {
                if (!phases.contains(p.get("phase").asText())) {
                    phases.add(p.get("phase").asText());
                }
            });
            row.r().get("stages").forEach(s -> {
                if (!stages.contains(s.get("stage").asText())) {
                    stages.add(s.get("stage").asText());
                }
            });
        }
        sb.append("| phase or stage |");
        rows.forEach(r -> sb.append(" ").append(r.workload()).append(" |"));
        sb.append("\n|---|");
        rows.forEach(r -> sb.append("---:|"));
        sb.append("\n");
        for (String p : phases) {
            sb.append("| phase: ").append(p).append(" (wall) |");
            for (Row row : rows) {
                sb.append(" ").append(find(row.r().get("phases"), "phase", p, n -> String.format(Locale.ROOT, "%.1f",
                        n.get("seconds").asDouble()))).append(" |");
            }
            sb.append("\n");
        }
        for (String s : stages) {
            sb.append("| stage: ").append(s).append(" |");
            for (Row row : rows) {
                sb.append(" ").append(find(row.r().get("stages"), "stage", s, n -> String.format(Locale.ROOT, "%.1f / %.1f",
                        n.get("seconds").asDouble(), n.get("cpuSeconds").asDouble()))).append(" |");
            }
            sb.append("\n");
        }
        return sb.toString();
    }

    private static String find(JsonNode list, String key, String name, java.util.function.Function<JsonNode, String> f) {
        for (JsonNode n : list) {
            if (n.get(key).asText().equals(name)) {
                return f.apply(n);
            }
        }
        return "";
    }

    private String header(int n, String loadBefore, String loadAfter) {
        return "- **Date:** " + LocalDate.now() + "\n"
                + "- **Command:** `./newsfuse eval speed" + (data != null ? " --data " + data : "")
                + (synthetic.equals(List.of(1000, 10000, 100000)) ? "" : " --synthetic " + join(synthetic))
                + (sets.equals(List.of("trafilatura", "scrapinghub", "fundus")) ? "" : " --sets " + String.join(",", sets))
                + " --report docs/benchmarks.md` (each workload in a fresh JVM with the launcher's options: "
                + String.join(" ", jvmOptions()) + ")\n"
                + "- **Machine:** " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + n + " threads per run; load average (1 min) "
                + loadBefore + " at the start, " + loadAfter + " at the end.\n\n";
    }

    private static String join(List<Integer> xs) {
        return String.join(",", xs.stream().map(String::valueOf).toList());
    }

    static List<String> jvmOptions() {
        List<String> out = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-X")) {
                out.add(a);
            }
        }
        return out;
    }

    static final String NOTES = "\nHow to read it: *wall* is measured and depends on what else the machine runs; *CPU s* is "
            + "the process's CPU time (every thread: stages, reading, writing, garbage collection, JIT compilation), "
            + "the load-insensitive figure. The idle-machine column is an ESTIMATE, not a measurement: CPU time divided "
            + "over the threads, plus the serial clustering phase on one core. Stage times are summed over the threads "
            + "that ran them (time / CPU); phases are wall-clock. Peak RSS is the kernel's high-water mark of the run's "
            + "process (VmHWM), peak heap the highest used heap sampled every 10 ms.\n";

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
