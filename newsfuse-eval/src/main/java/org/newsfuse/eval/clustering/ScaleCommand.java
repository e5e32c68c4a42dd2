package org.newsfuse.eval.clustering;

import org.newsfuse.eval.BenchmarksFile;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.newsfuse.clean.CleanStage;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.eval.EvalSubcommand;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.Article;
import org.newsfuse.model.Duplicate;
import org.newsfuse.model.RawDocument;
import org.newsfuse.pipeline.StageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval scale}: generates a synthetic news stream ({@link SyntheticNews}) and times
 * the clustering path on it: read JSON Lines → clean → merge syndicated copies → cluster into
 * events and topics. Reports articles per second, the peak heap, and B³ against the generator's
 * gold events.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = {"Time story clustering on N synthetic articles (read, clean, dedup, cluster) and report",
                "articles/s, peak heap and B3 against the generator's events. Run with -Xmx2g to hold the heap to 2 GB",
                "(NEWSFUSE_JAVA_OPTS=-Xmx2g ./newsfuse eval scale)."})
public final class ScaleCommand implements Callable<Integer>, EvalSubcommand {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "6", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--stream", description = "Cluster in streaming mode (default: batch).")
    boolean stream;

    @Option(names = "--plain-average-link", description = "Batch events by average link alone: no casts, no fragment pass"
            + " (to measure what they cost).")
    boolean plainAverageLink;

    @Option(names = "--full-clean", description = "Clean with the scraped-text cleaner of `newsfuse run` (default: the light"
            + " cleaning clustering needs: paragraphs split at blank lines, lines under 6 words dropped).")
    boolean fullClean;

    @Option(names = "--keep", paramLabel = "FILE", description = "Write the generated JSON Lines here and keep them.")
    Path keep;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md",
            description = "Write the result into this Markdown file's scale section (FILE defaults to docs/benchmarks.md); "
                    + "without --report the result is only printed.")
    Path report;

    @Override
    public Object command() {
        return new ScaleCommand();
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path file = keep != null ? keep : Files.createTempFile("newsfuse-synthetic-", ".jsonl");
        long g0 = System.nanoTime();
        int events;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            events = new SyntheticNews(seed).write(articles, w);
        }
        double genSecs = (System.nanoTime() - g0) / 1e9;
        System.err.printf(Locale.ROOT, "generated %d articles of %d events (%.1f MB) in %.1f s: %s%n", articles, events,
                Files.size(file) / 1e6, genSecs, file);
        System.gc();
        HeapWatch watch = new HeapWatch();
        watch.start();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        List<RawDocument> docs = new InputReader().read(List.of(file.toString()), e -> System.err.println(e.line()));
        long t1 = System.nanoTime();
        CleanStage clean = new CleanStage();
        Article[] cleaned = new Article[docs.size()];
        java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(i -> {
            try {
                Article a = Article.of("a" + (i + 1), docs.get(i));
                cleaned[i] = fullClean ? clean.apply(a) : lightClean(a);
            } catch (StageException e) {
                cleaned[i] = null;
            }
        });
        List<Article> arts = new ArrayList<>();
        Map<String, Integer> goldOf = new HashMap<>();
        Map<String, Integer> copyOfInput = new HashMap<>();
        for (int i = 0; i < cleaned.length; i++) {
            if (cleaned[i] != null) {
                arts.add(cleaned[i]);
            }
        }
        long t2 = System.nanoTime();
        StoryClusterer.Options o = StoryClusterer.Options.defaults()
                .withMode(stream ? StoryClusterer.Mode.STREAM : StoryClusterer.Mode.BATCH).withRetrieval(100, 10, 30);
        if (plainAverageLink) {
            o = o.withAttachThreshold(2).withCastShare(2);
        }
        ArticleClusterer ac = new ArticleClusterer(new StoryClusterer(o), new DocumentDedup(), null);
        List<Article> merged = ac.mergeDuplicates(arts);
        long t3 = System.nanoTime();
        List<ClusterDocument> cds = new ArrayList<>(merged.size());
        for (Article a : merged) {
            cds.add(new ClusterDocument(a.title(), a.text(), a.published()));
        }
        StoryClusterer.Result r = new StoryClusterer(o).cluster(cds);
        long t4 = System.nanoTime();
        long cpu = cpuNanos() - cpu0;
        watch.stop();
        double secs = (t4 - t0) / 1e9;
        // gold per input, read back from the file (outside the timed part)
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            var node = json.readTree(lines.get(i));
            String input = file + ":" + (i + 1);
            goldOf.put(input, node.get("event").asInt());
            if (node.has("copyOf")) {
                copyOfInput.put(input, 1);
            }
        }
        List<Integer> gold = new ArrayList<>();
        List<Integer> pred = new ArrayList<>();
        int copiesFound = 0;
        int copiesRight = 0;
        for (int i = 0; i < merged.size(); i++) {
            Article a = merged.get(i);
            Integer g = goldOf.get(a.input());
            gold.add(g);
            pred.add(r.event()[i]);
            for (Duplicate d : a.duplicates()) {
                gold.add(goldOf.get(d.input()));
                pred.add(r.event()[i]);
                copiesFound++;
                if (goldOf.get(d.input()).equals(g)) {
                    copiesRight++;
                }
            }
        }
        B3.Score b3 = B3.b3(gold, pred);
        B3.Score pw = B3.pairwise(gold, pred);
        long maxHeap = Runtime.getRuntime().maxMemory();
        String result = String.format(Locale.ROOT,
                "articles %d (%d events generated, %d syndicated copies generated) | mode %s | total %.1f s = %.0f articles/s "
                        + "| CPU time %.1f s (%.1f s per core of %d; machine load average %.1f during the run) "
                        + "(read %.1f s, %s clean %.1f s, dedup %.1f s, cluster %.1f s: features %.1f s, events %.1f s, topics %.1f s) | copies merged %d (%d in the same event) | "
                        + "stories %d, topics %d | B3 P %.3f R %.3f F1 %.3f, pairwise F1 %.3f | peak heap used %.0f MB (max heap %.0f MB) | "
                        + "candidate pairs scored %d",
                articles, events, copyOfInput.size(), stream ? "stream" : plainAverageLink ? "batch, plain average link" : "batch", secs, articles / secs, cpu / 1e9,
                cpu / 1e9 / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), (t1 - t0) / 1e9, fullClean ? "full" : "light",
                (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, r.seconds()[0], r.seconds()[1], r.seconds()[2], copiesFound, copiesRight, r.events(), r.topics(),
                b3.precision(), b3.recall(), b3.f1(), pw.f1(), watch.peak() / 1e6, maxHeap / 1e6, r.edges());
        System.out.println(result.replace(" | ", "\n"));
        if (keep == null) {
            Files.deleteIfExists(file);
        }
        if (report != null) {
            String body = "Measured " + java.time.LocalDate.now() + " with `NEWSFUSE_JAVA_OPTS=-Xmx2g ./newsfuse eval scale --articles "
                    + articles + (stream ? " --stream" : "") + (plainAverageLink ? " --plain-average-link" : "") + (fullClean ? " --full-clean" : "") + " --report docs/benchmarks.md` on the development machine (2 cores, 24 GiB, Java "
                    + System.getProperty("java.specification.version") + "). The timed path reads the JSON Lines, cleans every "
                    + "article (" + (fullClean ? "the full scraped-text cleaner" : "light cleaning: paragraphs, short clutter lines dropped") + "), merges syndicated copies (MinHash LSH) and clusters into events and topics; sentence splitting, "
                    + "tagging, the story stages and the reports are not part of it: `newsfuse run` runs OpenNLP on every article "
                    + "(some 30 articles/s per thread, see the quotes section), so a full 100,000-article run is bounded by that, "
                    + "not by clustering.\n\n"
                    + "| measure | value |\n|---|---|\n" + Arrays.stream(result.split(" \\| "))
                            .map(s -> "| " + s.replaceFirst(" ", " | ") + " |").reduce("", (a, b) -> a + b + "\n");
            BenchmarksFile.replaceSection(report, "Clustering at scale (issue 6)" + (stream ? ", streaming" : "")
                    + (plainAverageLink ? ", plain average link" : ""), body);
            System.err.println("newsfuse: eval scale: wrote " + report);
        }
        return 0;
    }

    /** CPU time of this process (all threads), or 0 when the platform does not say. */
    public static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Paragraphs at blank lines, lines of fewer than 6 words dropped; metadata as the input gave it. */
    static Article lightClean(Article a) {
        RawDocument raw = a.raw();
        StringBuilder text = new StringBuilder();
        List<org.newsfuse.model.Paragraph> paras = new ArrayList<>();
        for (String p : raw.content().split("\n\s*\n")) {
            String t = p.strip();
            if (t.isEmpty() || t.split("\\s+").length < 6) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paras.add(new org.newsfuse.model.Paragraph(paras.size(), text.length(), text.length() + t.length()));
            text.append(t);
        }
        return a.toBuilder().text(text.toString()).paragraphs(paras).title(raw.given("title")).outlet(raw.given("outlet"))
                .url(raw.given("url")).published(org.newsfuse.text.Dates.parseGiven(raw.given("published"))).build();
    }

    /** Samples the used heap every 10 ms and keeps the highest value, plus the heap pools' own peaks. */
    public static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        public void start() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                p.resetPeakUsage();
            }
            thread = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        public void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        public long peak() {
            return peak.get();
        }
    }
}
