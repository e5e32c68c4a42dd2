package org.newsfuse.eval.summarize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.cli.Progress;
import org.newsfuse.cli.Version;
import org.newsfuse.eval.EvalSubcommand;
import org.newsfuse.eval.duc.DucCluster;
import org.newsfuse.eval.duc.DucCorpus;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.summarize.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval duc2004}: a summary of every DUC 2004 cluster, scored with the published
 * systems' summaries by the ROUGE-1.5.5 reimplementation, as a table (and a section of
 * docs/benchmarks.md when asked).
 */
@Command(name = "duc2004", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Summarize every DUC 2004 task 2 cluster (100 words) and score newsfuse next to the 13",
                "published systems with ROUGE-1.5.5's settings (-n 2 -m -l 100 -p 0.5 -f A -t 0)."})
public final class Duc2004Command implements Callable<Integer>, EvalSubcommand {
    /** The heading of the section this command writes in the benchmarks file. */
    static final String SECTION = "## Summaries (issue 4)";

    @Option(names = "--data", paramLabel = "DIR",
            description = "The duc2004 folder (default: ../shared/eval/duc2004 found beside the checkout).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "Write each summary to DIR/<cluster>.txt, one sentence per line.")
    Path out;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100", description = "Word budget (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--overrun", description = {"Also score summaries made by the peers' convention: the last sentence may run",
            "past the budget and ROUGE (-l) cuts it (an extra row; the product's summaries never exceed the budget)."})
    boolean overrun;

    @Option(names = "--word-weight", paramLabel = "W",
            description = "Summarizer parameter (for sensitivity runs): weight of the leads' words, per article (default: the product's).")
    Double wordWeight;

    @Option(names = "--early-span", paramLabel = "S",
            description = "Summarizer parameter: sentences over which an early mention's bonus halves (default: the product's).")
    Double earlySpan;

    @Option(names = "--early-bonus", paramLabel = "B",
            description = "Summarizer parameter: extra weight of a mention in an article's first sentence (default: the product's).")
    Double earlyBonus;

    @Option(names = "--min-doc-share", paramLabel = "F",
            description = "Summarizer parameter: share of the articles that must mention a concept (default: the product's).")
    Double minDocShare;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md",
            description = "Write the table into FILE (default docs/benchmarks.md), replacing its '" + "Summaries (issue 4)' "
                    + "section; without --report the table is only printed.")
    Path report;

    @Override
    public Object command() {
        return new Duc2004Command();
    }

    @Override
    public Integer call() throws IOException {
        Path root = data != null ? data : DucCorpus.locateDuc2004().orElse(null);
        if (root == null || !Files.isDirectory(root)) {
            System.err.println("newsfuse: eval duc2004: data not found" + (data != null ? ": " + data : "")
                    + " (give --data ../shared/eval/duc2004)");
            return 2;
        }
        List<DucCluster> clusters = DucCorpus.open(root).clusters();
        if (clusters.isEmpty()) {
            System.err.println("newsfuse: eval duc2004: no cluster in " + root);
            return 2;
        }
        Summarizer.Weights d = Summarizer.Weights.defaults();
        Summarizer.Weights weights = new Summarizer.Weights(minDocShare != null ? minDocShare : d.minDocShare(),
                earlyBonus != null ? earlyBonus : d.earlyBonus(), earlySpan != null ? earlySpan : d.earlySpan(),
                d.minWords(), d.queryBoost(), wordWeight != null ? wordWeight : d.wordWeight());
        if (report != null && !weights.equals(d)) {
            System.err.println("newsfuse: eval duc2004: --report records the product's summarizer; "
                    + "drop the parameter options (or --report) for a sensitivity run");
            return 2;
        }
        if (!weights.equals(d)) {
            System.err.println("newsfuse: eval duc2004: summarizer parameters " + weights + " (not the product's)");
        }
        Summarizer summarizer = new Summarizer(weights);
        Summarizer.Options options = new Summarizer.Options(words);
        List<DucStories.Story> stories = new ArrayList<>();
        List<DucEvaluation.Summary> summaries = new ArrayList<>();
        try (Progress p = Progress.start("clusters", clusters.size(), 2)) {
            for (DucCluster c : clusters) {
                DucStories.Story s = DucStories.read(c);
                for (DocumentError e : s.errors()) {
                    System.err.println(e.line());
                }
                stories.add(s);
                summaries.add(DucEvaluation.summarize(s, summarizer, options));
                p.step();
            }
        }
        if (out != null) {
            Files.createDirectories(out);
            for (DucEvaluation.Summary s : summaries) {
                Files.write(out.resolve(s.cluster() + ".txt"), s.sentences(), StandardCharsets.UTF_8);
            }
        }
        DucEvaluation.Table table = DucEvaluation.score(stories, summaries, true);
        if (overrun) {
            List<DucEvaluation.Summary> cut = new ArrayList<>();
            for (DucStories.Story s : stories) {
                cut.add(DucEvaluation.summarize(s, summarizer, options.withOverrun()));
            }
            if (out != null) {
                Path dir = Files.createDirectories(out.resolve("overrun"));
                for (DucEvaluation.Summary s : cut) {
                    Files.write(dir.resolve(s.cluster() + ".txt"), s.sentences(), StandardCharsets.UTF_8);
                }
            }
            DucEvaluation.Table t2 = DucEvaluation.score(stories, cut, false);
            t2.scores(DucEvaluation.NEWSFUSE).forEach((cluster, sc) -> table.add(DucEvaluation.NEWSFUSE_OVERRUN, cluster, sc));
        }
        String text = render(table, stories, summaries);
        System.out.print(text);
        if (report != null) {
            writeSection(report, section(text, root, overrun));
            System.err.println("newsfuse: eval duc2004: wrote the section '" + SECTION.substring(3) + "' of " + report);
        }
        return 0;
    }

    /** The table (systems by ROUGE-2 recall, as printed by ROUGE-1.5.5) and the timings. */
    static String render(DucEvaluation.Table t, List<DucStories.Story> stories, List<DucEvaluation.Summary> summaries) {
        StringBuilder sb = new StringBuilder();
        List<String> systems = new ArrayList<>(t.systems());
        systems.sort(Comparator.comparingDouble((String s) -> -t.printed(s, "ROUGE-2", 'r')).thenComparing(s -> s));
        sb.append(String.format(Locale.ROOT, "%d clusters, ROUGE-1.5.5 averages as the script prints them (x100):%n%n",
                stories.size()));
        sb.append("| system | R-1 recall | R-2 recall | R-1 F | R-2 F | R-1 recall (plain mean) | R-2 recall (plain mean) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String s : systems) {
            String name = s.startsWith(DucEvaluation.NEWSFUSE) ? "**" + s + "**" : s;
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", name,
                    100 * t.printed(s, "ROUGE-1", 'r'), 100 * t.printed(s, "ROUGE-2", 'r'),
                    100 * t.printed(s, "ROUGE-1", 'f'), 100 * t.printed(s, "ROUGE-2", 'f'),
                    100 * t.plain(s, "ROUGE-1", 'r'), 100 * t.plain(s, "ROUGE-2", 'r')));
        }
        double nlp = 0;
        double sum = 0;
        double max = 0;
        int words = 0;
        for (int i = 0; i < summaries.size(); i++) {
            nlp += stories.get(i).nlpMillis();
            sum += summaries.get(i).summarizeMillis();
            max = Math.max(max, summaries.get(i).summarizeMillis());
            for (String line : summaries.get(i).sentences()) {
                words += line.isBlank() ? 0 : line.strip().split("\\s+").length;
            }
        }
        int n = Math.max(1, summaries.size());
        sb.append(audit(summaries));
        sb.append(String.format(Locale.ROOT, "%nTime per cluster: article stages (clean, dedup, NLP) %.0f ms, "
                + "summarizer %.1f ms (max %.1f ms, first cluster includes warm-up); summary length %.1f words on average.%n",
                nlp / n, sum / n, max, (double) words / n));
        return sb.toString();
    }

    /**
     * The coherence audit over every summary ({@link CoherenceAudit}): counts, then each finding
     * with its cluster.
     */
    static String audit(List<DucEvaluation.Summary> summaries) {
        int frag = 0;
        int unres = 0;
        int same = 0;
        int order = 0;
        StringBuilder details = new StringBuilder();
        for (DucEvaluation.Summary s : summaries) {
            CoherenceAudit.Findings f = s.audit();
            frag += f.fragments().size();
            unres += f.unresolved().size();
            same += f.sameFact().size();
            order += f.outOfOrder().size();
            for (String x : f.fragments()) {
                details.append("- ").append(s.cluster()).append(" fragment, ").append(x).append('\n');
            }
            for (String x : f.unresolved()) {
                details.append("- ").append(s.cluster()).append(" unresolved opening, ").append(x).append('\n');
            }
            for (String x : f.sameFact()) {
                details.append("- ").append(s.cluster()).append(" same fact, sentences ").append(x).append('\n');
            }
            for (String x : f.outOfOrder()) {
                details.append("- ").append(s.cluster()).append(" out of order, sentences ").append(x).append('\n');
            }
        }
        return String.format(Locale.ROOT, "%nCoherence audit over the %d summaries (the audit's own detectors, "
                + "not the summarizer's): fragments %d, unresolved openings %d, same-fact pairs %d, "
                + "out-of-order pairs after the lead %d.%n", summaries.size(), frag, unres, same, order)
                + (details.length() == 0 ? "" : "\n" + details);
    }

    static String section(String table, Path root, boolean overrun) {
        Runtime rt = Runtime.getRuntime();
        long memGiB = Math.round(totalMemoryBytes() / (1024.0 * 1024 * 1024));
        return SECTION + "\n\n"
                + "Date: " + LocalDate.now() + ". Command: `./newsfuse eval duc2004 --data ../shared/eval/duc2004 "
                + "--out target/duc2004" + (overrun ? " --overrun" : "") + " --report docs/benchmarks.md`. Machine: " + rt.availableProcessors()
                + " cores, " + (memGiB > 0 ? memGiB + " GiB" : "unknown memory") + ", Java "
                + System.getProperty("java.version") + ".\n\n"
                + "DUC 2004 task 2 (the 25 clusters in ../shared/eval/duc2004), 100-word summaries, scored by newsfuse-eval's "
                + "ROUGE-1.5.5 (`-n 2 -m -l 100 -p 0.5 -f A -t 0`; it reproduces every row of the reference script's "
                + "per-cluster figures). The first four columns are the averages as ROUGE-1.5.5 prints them (the mean of "
                + "its 1,000 bootstrap resamples: the figures papers report); the last two are plain means. Peers' "
                + "summaries are the published ones (many run past 100 words and are cut at 100 by ROUGE; newsfuse's "
                + "never exceed the budget: whole sentences only)."
                + (overrun ? " The row **" + DucEvaluation.NEWSFUSE_OVERRUN + "** follows the peers' convention instead, "
                        + "for comparison only (`--overrun`): after the same sentences, one more whose words up to the "
                        + "100th add the most to the summary's value (its bigram concepts and the leads' words), left for ROUGE's `-l 100` to cut." : "")
                + "\n\n"
                + table;
    }

    private static long totalMemoryBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return 0;
    }

    /** Replaces (or appends) the section in the file, leaving every other section as it is. */
    static void writeSection(Path file, String section) throws IOException {
        String old = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int start = old.indexOf(SECTION + "\n");
        String updated;
        if (start < 0) {
            updated = old.stripTrailing() + "\n\n" + section.stripTrailing() + "\n";
        } else {
            int end = old.indexOf("\n## ", start + SECTION.length());
            String rest = end < 0 ? "" : old.substring(end + 1);
            String keep = sectionExtras(old.substring(start, end < 0 ? old.length() : end + 1));
            updated = old.substring(0, start) + section.stripTrailing() + "\n" + keep
                    + (rest.isEmpty() ? "" : "\n" + rest);
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    /** Sub-sections (### ...) of the old section, such as the speed benchmark, kept as they were. */
    private static String sectionExtras(String oldSection) {
        int k = oldSection.indexOf("\n### ");
        return k < 0 ? "" : "\n" + oldSection.substring(k + 1).stripTrailing() + "\n";
    }
}
