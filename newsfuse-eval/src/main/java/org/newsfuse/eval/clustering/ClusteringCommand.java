package org.newsfuse.eval.clustering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.eval.EvalSubcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval clustering}: B³ and pairwise F1 on ECB+ (events) and WikiRef (topics). */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Score story clustering: ECB+ topics 1-22 at event level (gold = topic + ecb/ecbplus)",
                "and WikiRef 150/186/220 at topic level; B3 and pairwise precision/recall/F1, with and without",
                "sentence embeddings. Prints a table; --report writes it into docs/benchmarks.md."})
public final class ClusteringCommand implements Callable<Integer>, EvalSubcommand {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/clustering",
            description = "The clustering data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sweep", description = "Print scores over a grid of thresholds (for tuning) and stop.")
    boolean sweep;

    @Option(names = "--embeddings", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also run with MiniLM sentence embeddings (default: ${DEFAULT-VALUE}).")
    boolean embeddings;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the table into this Markdown file's clustering section.")
    Path report;

    @Override
    public Object command() {
        return new ClusteringCommand();
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            System.err.println(data + ": no such folder (expected ../shared/eval/clustering with ecbplus/ and wikiref/)");
            return 2;
        }
        LabeledCorpus ecb = LabeledCorpus.ecbPlus(data, 22);
        List<LabeledCorpus> wiki = new ArrayList<>();
        for (String w : List.of("WikiRef150", "WikiRef186", "WikiRef220")) {
            Path p = data.resolve("wikiref").resolve(w);
            if (Files.isDirectory(p)) {
                wiki.add(LabeledCorpus.wikiRef(p));
            }
        }
        StoryClusterer.Options base = StoryClusterer.Options.defaults();
        if (sweep) {
            sweep(ecb, wiki, base);
            return 0;
        }
        List<ClusteringEval.Row> rows = new ArrayList<>();
        for (StoryClusterer.Mode mode : StoryClusterer.Mode.values()) {
            StoryClusterer.Options o = base.withMode(mode);
            String setting = mode.name().toLowerCase(Locale.ROOT) + ", TF-IDF";
            rows.add(ClusteringEval.run(ecb, o, null, ClusteringEval.Level.EVENT, setting));
            for (LabeledCorpus w : wiki) {
                rows.add(ClusteringEval.run(w, o, null, ClusteringEval.Level.TOPIC, setting));
            }
        }
        print(rows);
        return 0;
    }

    private void sweep(LabeledCorpus ecb, List<LabeledCorpus> wiki, StoryClusterer.Options base) {
        for (double t : new double[] {0.10, 0.14, 0.18, 0.22, 0.26, 0.30, 0.35}) {
            ClusteringEval.Row r = ClusteringEval.run(ecb, base.withEventThreshold(t), null, ClusteringEval.Level.EVENT, "t=" + t);
            ClusteringEval.Row s = ClusteringEval.run(ecb, base.withMode(StoryClusterer.Mode.STREAM).withStreamThreshold(t + 0.1),
                    null, ClusteringEval.Level.EVENT, "stream t=" + (t + 0.1));
            System.out.printf(Locale.ROOT, "ECB+ event t=%.2f  B3 %s  pairF1 %.3f  k=%d | stream t=%.2f B3 %s k=%d%n", t, fmt(r.b3()),
                    r.pairwise().f1(), r.predicted(), t + 0.1, fmt(s.b3()), s.predicted());
        }
        for (double tt : new double[] {0.08, 0.12, 0.16, 0.2, 0.25, 0.3, 0.35}) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "topic t=%.2f", tt));
            for (LabeledCorpus w : wiki) {
                ClusteringEval.Row r = ClusteringEval.run(w, base.withTopicThreshold(tt), null, ClusteringEval.Level.TOPIC, "");
                sb.append(String.format(Locale.ROOT, " | %s B3 %s k=%d", w.name(), fmt(r.b3()), r.predicted()));
            }
            ClusteringEval.Row r = ClusteringEval.run(ecb, base.withTopicThreshold(tt), null, ClusteringEval.Level.TOPIC, "");
            sb.append(String.format(Locale.ROOT, " | ECB topic-level k=%d", r.predicted()));
            System.out.println(sb);
        }
    }

    static String fmt(B3.Score s) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", s.precision(), s.recall(), s.f1());
    }

    static void print(List<ClusteringEval.Row> rows) {
        System.out.printf(Locale.ROOT, "%-16s %-6s %-22s %5s %5s %5s  %-7s %-7s %-7s  %-7s %6s%n", "corpus", "level", "setting",
                "docs", "gold", "pred", "B3 P", "B3 R", "B3 F1", "pair F1", "secs");
        for (ClusteringEval.Row r : rows) {
            System.out.printf(Locale.ROOT, "%-16s %-6s %-22s %5d %5d %5d  %-7.3f %-7.3f %-7.3f  %-7.3f %6.2f%n", r.corpus(), r.level(),
                    r.setting(), r.docs(), r.goldClusters(), r.predicted(), r.b3().precision(), r.b3().recall(), r.b3().f1(),
                    r.pairwise().f1(), r.seconds());
        }
    }
}
