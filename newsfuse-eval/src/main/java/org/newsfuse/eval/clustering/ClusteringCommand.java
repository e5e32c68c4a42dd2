package org.newsfuse.eval.clustering;

import org.newsfuse.eval.BenchmarksFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.cli.Progress;
import org.newsfuse.cluster.Embedder;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.eval.EvalSubcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval clustering}: B³ and pairwise F1 on ECB+ (events, topics), WikiRef (topics)
 * and the DUC 2004 mix (stories), the TF-IDF baseline, and the distractor run's impure stories.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {"Score story clustering through the product path (article stages, copies, names, events, topics):",
                "ECB+ topics 1-22 at story (event) and topic level, WikiRef 150/186/220 at topic level, the DUC 2004",
                "clusters mixed into one input at story level, beside a TF-IDF average-link baseline; then a distractor",
                "run (DUC mix + every scrapinghub page + the seeds) that counts impure stories. B3 and pairwise F1.",
                "Prints a table; only --report writes it into docs/benchmarks.md (with --sweep: the sensitivity grid)."})
public final class ClusteringCommand implements Callable<Integer>, EvalSubcommand {
    /** Documents per ingest in the incremental row. */
    static final int INCREMENTAL_CHUNK = 50;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/clustering",
            description = "The clustering data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--sweep", description = "Print scores over a grid of thresholds (for tuning) and stop.")
    boolean sweep;

    @Option(names = "--embeddings", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also run with MiniLM sentence embeddings (default: ${DEFAULT-VALUE}).")
    boolean embeddings;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md", description = "Write the table into this Markdown file's clustering section.")
    Path report;

    @Option(names = "--cache", paramLabel = "DIR", description = {"Development loop: keep each corpus's documents after the article",
            "stages, copies and names in DIR (made on the first run), cluster them again with the defaults and print the",
            "batch rows and the distractor line only (no stream, baseline or incremental rows; nothing written to --report)."})
    Path cache;

    @Option(names = "--mixes", description = {"With --cache: also list, per corpus, the predicted stories (and, for topic-level",
            "corpora, the topics) that hold more than one gold group, with the documents of each group."})
    boolean mixes;

    @Override
    public Object command() {
        return new ClusteringCommand();
    }

    /** Share of the embedding cosine when embeddings are on, and the thresholds measured for it. */
    static final double EMBEDDING_WEIGHT = 0.5;

    static StoryClusterer.Options withEmbeddings(StoryClusterer.Options o) {
        return o.withEmbeddingWeight(EMBEDDING_WEIGHT).withEventThreshold(eventThresholdEmb)
                .withStreamThreshold(streamThresholdEmb).withTopicThreshold(topicThresholdEmb);
    }

    static double eventThresholdEmb = 0.42;
    static double streamThresholdEmb = 0.44;
    static double topicThresholdEmb = 0.26;

    @Option(names = "--duc", paramLabel = "DIR", defaultValue = "../shared/eval/duc2004",
            description = "The DUC 2004 clusters, mixed into one input (default: ${DEFAULT-VALUE}).")
    Path duc;

    @Option(names = "--scrapinghub", paramLabel = "DIR", defaultValue = "../shared/eval/extraction/scrapinghub",
            description = "HTML pages for the distractor run (default: ${DEFAULT-VALUE}).")
    Path scrapinghub;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "../shared/seeds",
            description = "The seeds (one event by five outlets) for the distractor run (default: ${DEFAULT-VALUE}).")
    Path seeds;

    /** A corpus put through the article stages, and the level its gold describes. */
    record Scored(ArticleCorpus corpus, ClusteringEval.Level level) {
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            System.err.println("newsfuse: " + data + ": no such folder (expected ../shared/eval/clustering with ecbplus/ and wikiref/)");
            return 2;
        }
        if (cache != null) {
            return cached();
        }
        LabeledCorpus ecb = LabeledCorpus.ecbPlus(data, 22);
        List<LabeledCorpus> wiki = new ArrayList<>();
        for (String w : List.of("WikiRef150", "WikiRef186", "WikiRef220")) {
            Path p = data.resolve("wikiref").resolve(w);
            if (Files.isDirectory(p)) {
                wiki.add(LabeledCorpus.wikiRef(p));
            }
        }
        Embedder embedder = null;
        if (embeddings) {
            try {
                embedder = new CachingEmbedder(new MiniLmEmbedder());
            } catch (RuntimeException | LinkageError e) {
                System.err.println("newsfuse: eval clustering: embeddings unavailable (" + e + "); running without");
            }
        }
        List<Scored> corpora = new ArrayList<>();
        ArticleCorpus distractor = null;
        int total = 2 + wiki.size() + (Files.isDirectory(duc) ? 2 : 0);
        try (Progress bar = Progress.start("article stages", total, 0)) {
            ArticleCorpus e = ArticleCorpus.process(ecb.name(), ArticleCorpus.ecbPlus(ecb));
            corpora.add(new Scored(e, ClusteringEval.Level.EVENT));
            bar.step();
            Map<String, String> topicGold = new HashMap<>();
            e.gold().forEach((k, v) -> topicGold.put(k, v.replaceAll("\\D+$", "")));
            corpora.add(new Scored(new ArticleCorpus(e.name(), e.articles(), topicGold, e.group(), e.failed()),
                    ClusteringEval.Level.TOPIC));
            bar.step();
            for (LabeledCorpus w : wiki) {
                corpora.add(new Scored(ArticleCorpus.process(w.name(), ArticleCorpus.wikiRef(w)), ClusteringEval.Level.TOPIC));
                bar.step();
            }
            if (Files.isDirectory(duc)) {
                List<ArticleCorpus.Labelled> mix = ArticleCorpus.ducMix(duc);
                ArticleCorpus d = ArticleCorpus.process("DUC 2004 mix", mix);
                corpora.add(new Scored(d, ClusteringEval.Level.EVENT));
                bar.step();
                List<ArticleCorpus.Labelled> all = new ArrayList<>(mix);
                all.addAll(ArticleCorpus.distractors(scrapinghub, seeds));
                distractor = ArticleCorpus.process("DUC mix + scrapinghub + seeds", all);
                bar.step();
            } else {
                System.err.println("newsfuse: " + duc + ": no such folder; the DUC mix and distractor runs are skipped");
            }
        }
        StoryClusterer.Options base = StoryClusterer.Options.defaults();
        if (sweep) {
            List<String> lines = sweep(corpora, distractor, base);
            if (report != null) {
                BenchmarksFile.replaceSection(report, "Clustering sensitivity (issue 11)", sweepMarkdown(lines, base));
                System.err.println("newsfuse: eval clustering: wrote " + report);
            }
            return 0;
        }
        List<ClusteringEval.Row> rows = new ArrayList<>();
        List<String> settings = new ArrayList<>(List.of("batch", "stream"));
        if (embedder != null) {
            settings.add("batch+MiniLM");
        }
        for (String setting : settings) {
            StoryClusterer.Options o = switch (setting) {
                case "stream" -> base.withMode(StoryClusterer.Mode.STREAM);
                case "batch+MiniLM" -> withEmbeddings(base);
                default -> base;
            };
            String label = setting.equals("batch+MiniLM") ? "newsfuse batch, TF-IDF+MiniLM" : "newsfuse " + setting;
            ClusteringEval.Prediction last = null;
            List<org.newsfuse.model.Article> lastCorpus = null;
            for (Scored c : corpora) {
                if (c.corpus().articles() != lastCorpus) {
                    last = ClusteringEval.predict(c.corpus(), o, embedder);
                    lastCorpus = c.corpus().articles();
                }
                rows.add(ClusteringEval.score(c.corpus(), last, c.level(), label));
                if (c.corpus().name().startsWith("DUC")) {
                    rows.add(ClusteringEval.score(c.corpus(), last, ClusteringEval.Level.TOPIC, label));
                }
            }
        }
        double bt = baselineThreshold(corpora.get(0).corpus());
        for (Scored c : corpora) {
            rows.add(baseline(c.corpus(), c.level(), bt));
        }
        // the clustering of `newsfuse ingest` (TF-IDF, as the store uses it): chunks of 50 in date order
        rows.add(IncrementalEval.run(ecb, base, INCREMENTAL_CHUNK, "incremental (ingest), chunks of " + INCREMENTAL_CHUNK
                + ", TF-IDF"));
        String distractorLine = "";
        if (distractor != null) {
            ClusteringEval.Prediction p = ClusteringEval.predict(distractor, base, embedder);
            ClusteringEval.Purity u = ClusteringEval.purity(distractor, p);
            distractorLine = distractorLine(distractor, u);
        }
        print(rows, System.out);
        System.out.println(distractorLine);
        if (report != null) {
            BenchmarksFile.replaceSection(report, "Clustering (issue 6)", markdown(rows, embedder, bt, distractorLine));
            System.err.println("newsfuse: eval clustering: wrote " + report);
        }
        return 0;
    }

    /** The --cache loop: batch rows and the distractor line from the cached documents. */
    private int cached() throws IOException {
        List<ClusteringCache> sets = new ArrayList<>();
        sets.add(cachedCorpus("ECB+ topics 1-22", () -> ArticleCorpus.ecbPlus(LabeledCorpus.ecbPlus(data, 22))));
        for (String w : List.of("WikiRef150", "WikiRef186", "WikiRef220")) {
            Path p = data.resolve("wikiref").resolve(w);
            if (Files.isDirectory(p)) {
                sets.add(cachedCorpus(w, () -> ArticleCorpus.wikiRef(LabeledCorpus.wikiRef(p))));
            }
        }
        ClusteringCache distractor = null;
        if (Files.isDirectory(duc)) {
            sets.add(cachedCorpus("DUC 2004 mix", () -> ArticleCorpus.ducMix(duc)));
            distractor = cachedCorpus("DUC mix + scrapinghub + seeds", () -> {
                List<ArticleCorpus.Labelled> all = new ArrayList<>(ArticleCorpus.ducMix(duc));
                all.addAll(ArticleCorpus.distractors(scrapinghub, seeds));
                return all;
            });
        }
        StoryClusterer.Options o = StoryClusterer.Options.defaults();
        List<ClusteringEval.Row> rows = new ArrayList<>();
        for (ClusteringCache c : sets) {
            ClusteringEval.Prediction p = c.predict(o);
            ArticleCorpus labels = c.labels();
            boolean wiki = c.name().startsWith("WikiRef");
            if (mixes) {
                for (String m : ClusteringEval.mixes(labels.gold(), p.story())) {
                    System.out.println("mixed story  " + c.name() + " " + m);
                }
                if (wiki) {
                    for (String m : ClusteringEval.mixes(labels.gold(), p.topic())) {
                        System.out.println("mixed topic  " + c.name() + " " + m);
                    }
                }
            }
            rows.add(ClusteringEval.score(labels, p, wiki ? ClusteringEval.Level.TOPIC : ClusteringEval.Level.EVENT, "cached batch"));
            if (c.name().startsWith("ECB+")) {
                Map<String, String> topicGold = new HashMap<>();
                labels.gold().forEach((k, v) -> topicGold.put(k, v.replaceAll("\\D+$", "")));
                rows.add(ClusteringEval.score(new ArticleCorpus(c.name(), List.of(), topicGold, labels.group(), 0), p,
                        ClusteringEval.Level.TOPIC, "cached batch"));
            } else if (!wiki) {
                rows.add(ClusteringEval.score(labels, p, ClusteringEval.Level.TOPIC, "cached batch"));
            }
        }
        print(rows, System.out);
        if (distractor != null) {
            ArticleCorpus labels = distractor.labels();
            System.out.println(distractorLine(labels, ClusteringEval.purity(labels, distractor.predict(o))));
        }
        return 0;
    }

    /** Raw documents of one corpus, read on demand. */
    private interface Source {
        List<ArticleCorpus.Labelled> read() throws IOException;
    }

    private ClusteringCache cachedCorpus(String name, Source source) throws IOException {
        Path f = ClusteringCache.file(cache, name);
        if (Files.isRegularFile(f)) {
            return ClusteringCache.read(f);
        }
        System.err.println("newsfuse: eval clustering: caching " + name + " in " + f);
        ClusteringCache c = ClusteringCache.of(ArticleCorpus.process(name, source.read()));
        c.write(f);
        return c;
    }

    static String distractorLine(ArticleCorpus d, ClusteringEval.Purity u) {
        return String.format(Locale.ROOT, "Distractor run (%s, %d documents, %d stories): impure stories %d "
                + "(a DUC cluster with a scrapinghub page or a seed, or a page with a seed); stories mixing two DUC clusters %d; "
                + "the seeds fill %d story(ies) holding %d other document(s).", d.name(), d.size(), u.stories(), u.mixedGroups(),
                u.mixedClusters(), u.seedStories(), u.seedStoryOthers());
    }

    /** Baseline threshold: the best B³ F1 on the first corpus (ECB+ events), as the shared README defines it. */
    static double baselineThreshold(ArticleCorpus ecb) {
        TfidfBaseline b = new TfidfBaseline(documents(ecb));
        double best = -1;
        double bt = 0;
        for (int k = 5; k <= 50; k++) {
            double t = k / 100.0;
            double f = baselineScore(ecb, b, t).f1();
            if (f > best) {
                best = f;
                bt = t;
            }
        }
        return bt;
    }

    static List<org.newsfuse.cluster.ClusterDocument> documents(ArticleCorpus c) {
        List<org.newsfuse.cluster.ClusterDocument> out = new ArrayList<>();
        for (org.newsfuse.model.Article a : c.articles()) {
            out.add(new org.newsfuse.cluster.ClusterDocument(a.title(), a.text(), null));
        }
        return out;
    }

    static B3.Score baselineScore(ArticleCorpus c, TfidfBaseline b, double t) {
        int[] labels = b.cut(t);
        List<String> gold = new ArrayList<>();
        List<Integer> pred = new ArrayList<>();
        for (int i = 0; i < c.articles().size(); i++) {
            gold.add(c.gold().get(c.articles().get(i).input()));
            pred.add(labels[i]);
        }
        return B3.b3(gold, pred);
    }

    static ClusteringEval.Row baseline(ArticleCorpus c, ClusteringEval.Level level, double t) {
        long t0 = System.nanoTime();
        TfidfBaseline b = new TfidfBaseline(documents(c));
        int[] labels = b.cut(t);
        double secs = (System.nanoTime() - t0) / 1e9;
        List<String> gold = new ArrayList<>();
        List<Integer> pred = new ArrayList<>();
        for (int i = 0; i < c.articles().size(); i++) {
            gold.add(c.gold().get(c.articles().get(i).input()));
            pred.add(labels[i]);
        }
        return new ClusteringEval.Row(c.name(), level == ClusteringEval.Level.EVENT ? "story" : "topic",
                String.format(Locale.ROOT, "TF-IDF average link, t=%.2f", t), gold.size(), (int) gold.stream().distinct().count(),
                (int) pred.stream().distinct().count(), B3.b3(gold, pred), B3.pairwise(gold, pred), secs);
    }

    static String markdown(List<ClusteringEval.Row> rows, Embedder embedder, double baselineThreshold, String distractor) {
        StringBuilder sb = new StringBuilder();
        sb.append("Measured ").append(java.time.LocalDate.now()).append(" with `./newsfuse eval clustering").append(embedder == null ? " --no-embeddings" : "")
                .append(" --report docs/benchmarks.md`")
                .append(" (data from ../shared: eval/clustering, eval/duc2004, eval/extraction/scrapinghub, seeds) on the development ")
                .append("machine (2 cores, 24 GiB, Java ").append(System.getProperty("java.specification.version")).append("). ")
                .append("Every corpus goes through the product path of `newsfuse run`: the article stages (clean, repeated ")
                .append("paragraphs, sentences, tokens, POS), syndicated copies merged, names from the entities stage's mention ")
                .append("finder, then events (stories) and topics; one configuration (the defaults) for every row. ")
                .append("ECB+ is scored at the story (event) level (gold = topic + ecb/ecbplus: the two similar events of a topic must ")
                .append("stay apart) and at the topic level (gold = the 22 topics); WikiRef at the topic level (gold = file-name prefix); ")
                .append("the DUC 2004 mix (the 25 dev clusters as one input, no titles, no dates; gold = cluster) at the story level, ")
                .append("and its topic row against the same gold for reference. Baseline: plain TF-IDF ((1 + ln tf) · ln(N/df) over the same ")
                .append("stemmed words, no boosts, names or dates), cosine, average link over all pairs with one threshold, ")
                .append(String.format(Locale.ROOT, "t = %.2f (the best on ECB+ events, as ../shared/README.md defines it). ", baselineThreshold))
                .append("Embeddings: ")
                .append(embedder == null ? "not available in this run." : embedder.name() + " (in-process, langchain4j), blended "
                        + "with weight " + EMBEDDING_WEIGHT + " into the TF-IDF cosine.")
                .append(" Seconds: clustering only (the article stages are not timed here).")
                .append(" The incremental row replays the clustering step of `newsfuse ingest` (issue 14) on the ECB+ texts ")
                .append("(read without the article stages): the documents arrive in chunks of ").append(INCREMENTAL_CHUNK)
                .append(" in date order, each chunk clustered with the stored stories that are still live and stories keeping ")
                .append("their ids; ECB+ documents carry no publication date there, so they arrive in corpus order and every stored ")
                .append("story stays live.\n\n");
        sb.append("| corpus | level | setting | docs | gold clusters | predicted | B³ P | B³ R | B³ F1 | pairwise F1 | seconds |\n");
        sb.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ClusteringEval.Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %.3f | %.3f | **%.3f** | %.3f | %.1f |\n", r.corpus(),
                    r.level(), r.setting(), r.docs(), r.goldClusters(), r.predicted(), r.b3().precision(), r.b3().recall(),
                    r.b3().f1(), r.pairwise().f1(), r.seconds()));
        }
        if (!distractor.isEmpty()) {
            sb.append("\n").append(distractor).append("\n");
        }
        return sb.toString();
    }

    /** B³ F1 of every corpus over a grid around the default event and topic thresholds, and the baseline's best per corpus. */
    static String sweepMarkdown(List<String> lines, StoryClusterer.Options base) {
        StringBuilder sb = new StringBuilder();
        sb.append("Measured ").append(java.time.LocalDate.now()).append(" with `./newsfuse eval clustering --sweep --report docs/benchmarks.md`")
                .append(" (2 cores, Java ").append(System.getProperty("java.specification.version")).append("): B³ F1 of every corpus ")
                .append("as the event threshold moves around its default (")
                .append(base.eventThreshold()).append(") and the topic threshold by half as much around its default (")
                .append(base.topicThreshold()).append("); every other setting at its default. A plateau, not a peak, is what ")
                .append("one configuration for unseen data needs. The last lines: the TF-IDF average-link baseline at its best ")
                .append("threshold per corpus (an oracle the product does not get).\n\n```\n");
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.append("```\n").toString();
    }

    private List<String> sweep(List<Scored> corpora, ArticleCorpus distractor, StoryClusterer.Options base) {
        List<String> lines = new ArrayList<>();
        for (double d : new double[] {-0.08, -0.06, -0.04, -0.02, 0, 0.02, 0.04, 0.06, 0.08}) {
            StoryClusterer.Options o = base.withEventThreshold(base.eventThreshold() + d)
                    .withTopicThreshold(Math.max(0.01, base.topicThreshold() + d / 2));
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "event t=%.2f topic t=%.2f", o.eventThreshold(),
                    o.topicThreshold()));
            ClusteringEval.Prediction last = null;
            List<org.newsfuse.model.Article> lastCorpus = null;
            for (Scored c : corpora) {
                if (c.corpus().articles() != lastCorpus) {
                    last = ClusteringEval.predict(c.corpus(), o, null);
                    lastCorpus = c.corpus().articles();
                }
                ClusteringEval.Row r = ClusteringEval.score(c.corpus(), last, c.level(), "");
                sb.append(String.format(Locale.ROOT, " | %s %s %.3f", c.corpus().name().replace("ECB+ topics 1-22", "ECB+")
                        .replace("DUC 2004 mix", "DUC"), r.level(), r.b3().f1()));
            }
            if (distractor != null) {
                ClusteringEval.Purity u = ClusteringEval.purity(distractor, ClusteringEval.predict(distractor, o, null));
                sb.append(String.format(Locale.ROOT, " | distractor impure %d, duc-mixed %d, seed stories %d+%d", u.mixedGroups(),
                        u.mixedClusters(), u.seedStories(), u.seedStoryOthers()));
            }
            System.out.println(sb);
            lines.add(sb.toString());
        }
        for (Scored c : corpora) {
            TfidfBaseline b = new TfidfBaseline(documents(c.corpus()));
            double best = -1;
            double bt = 0;
            for (int k = 5; k <= 50; k++) {
                double f = baselineScore(c.corpus(), b, k / 100.0).f1();
                if (f > best) {
                    best = f;
                    bt = k / 100.0;
                }
            }
            String line = String.format(Locale.ROOT, "baseline %s %s: best B3 F1 %.3f at t=%.2f", c.corpus().name(),
                    c.level().name().toLowerCase(Locale.ROOT), best, bt);
            System.out.println(line);
            lines.add(line);
        }
        return lines;
    }

    static String fmt(B3.Score s) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", s.precision(), s.recall(), s.f1());
    }

    static void print(List<ClusteringEval.Row> rows, java.io.PrintStream out) {
        out.printf(Locale.ROOT, "%-16s %-6s %-24s %5s %5s %5s  %-7s %-7s %-7s  %-7s %6s%n", "corpus", "level", "setting",
                "docs", "gold", "pred", "B3 P", "B3 R", "B3 F1", "pair F1", "secs");
        for (ClusteringEval.Row r : rows) {
            out.printf(Locale.ROOT, "%-16s %-6s %-24s %5d %5d %5d  %-7.3f %-7.3f %-7.3f  %-7.3f %6.2f%n", r.corpus(), r.level(),
                    r.setting(), r.docs(), r.goldClusters(), r.predicted(), r.b3().precision(), r.b3().recall(), r.b3().f1(),
                    r.pairwise().f1(), r.seconds());
        }
    }
}
