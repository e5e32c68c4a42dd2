package org.newsfuse.eval.summarize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.cli.Version;
import org.newsfuse.eval.EvalSubcommand;
import org.newsfuse.eval.duc.DucCluster;
import org.newsfuse.eval.duc.DucCorpus;
import org.newsfuse.summarize.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval summarize-speed}: how long the summarizer takes on a 10-article story (each
 * DUC 2004 cluster is one), after warm-up; the article stages are timed apart.
 */
@Command(name = "summarize-speed", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Time the summarizer on the DUC 2004 clusters (10 articles each) after warm-up: median and",
                "95th percentile per story, the article stages (clean, dedup, NLP) timed apart."})
public final class SummarizeSpeedCommand implements Callable<Integer>, EvalSubcommand {
    @Option(names = "--data", paramLabel = "DIR", description = "The duc2004 folder (default: found beside the checkout).")
    Path data;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "Timed rounds over all clusters (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Object command() {
        return new SummarizeSpeedCommand();
    }

    @Override
    public Integer call() {
        Path root = data != null ? data : DucCorpus.locateDuc2004().orElse(null);
        if (root == null || !Files.isDirectory(root)) {
            System.err.println("newsfuse: eval summarize-speed: data not found (give --data ../shared/eval/duc2004)");
            return 2;
        }
        List<DucStories.Story> stories = new ArrayList<>();
        double nlp = 0;
        for (DucCluster c : DucCorpus.open(root).clusters()) {
            DucStories.Story s = DucStories.read(c);
            nlp += s.nlpMillis();
            stories.add(s);
        }
        Summarizer summarizer = new Summarizer();
        Summarizer.Options options = Summarizer.Options.defaults();
        for (int w = 0; w < 5; w++) {
            for (DucStories.Story s : stories) {
                summarizer.summarize(s.articles(), options);
            }
        }
        double[] times = new double[rounds * stories.size()];
        double[] cpu = new double[times.length];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (DucStories.Story s : stories) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                summarizer.summarize(s.articles(), options);
                times[k] = (System.nanoTime() - t0) / 1e6;
                cpu[k++] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "summarizer on a 10-article story (%d stories x %d rounds, after 5 warm-up rounds): "
                        + "median %.1f ms, p95 %.1f ms, max %.1f ms; CPU time of the summarizing thread: median %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms; article stages (cold, first pass) %.0f ms per story%n",
                stories.size(), rounds, times[times.length / 2], times[(int) (times.length * 0.95)],
                times[times.length - 1], cpu[cpu.length / 2], cpu[(int) (cpu.length * 0.95)], cpu[cpu.length - 1],
                nlp / Math.max(1, stories.size()));
        return 0;
    }
}
