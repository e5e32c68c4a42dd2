package org.newsfuse.eval.quotes;

import org.newsfuse.eval.BenchmarksFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.newsfuse.cli.Version;
import org.newsfuse.entities.EntitiesStage;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.eval.EvalSubcommand;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.Quote;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.model.Story;
import org.newsfuse.nlp.NlpStage;
import org.newsfuse.quotes.Attribution;
import org.newsfuse.quotes.QuoteExtractor;
import org.newsfuse.quotes.SpeechVerbs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval quotes}: who said what, on PolNeAR. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Score quote extraction and speakers on PolNeAR (train and dev): speech attributions",
                "(the cue holds a verb of saying, see speech-verbs.txt, or is \"according to\") and direct quotes",
                "(the content opens with a quotation mark), content P/R/F1 at word overlap >= 0.3 and >= 0.8,",
                "speaker accuracy on matched quotes (a missing speaker is wrong; the old figure kept beside it),",
                "by predicted speaker type and by gold source (named or pronoun), throughput. Prints the tables and",
                "writes the report."})
public final class QuotesEval implements Callable<Integer>, EvalSubcommand {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval/quotes/polnear",
            description = "PolNeAR folder with train/ and dev/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--splits", split = ",", paramLabel = "SPLIT", defaultValue = "train,dev",
            description = "Splits to score (default: ${DEFAULT-VALUE}).")
    List<String> splits;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md",
            description = "Markdown file whose \"Quotes (issue 5)\" section is (re)written (FILE defaults to "
                    + "docs/benchmarks.md); without --report the table is only printed.")
    String report;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write misses, false alarms and wrong speakers"
            + " (speech attributions, overlap 0.3) to FILE, for error analysis.")
    Path errors;

    @Override
    public Object command() {
        return new QuotesEval();
    }

    /** Figures of one split. */
    public record SplitResult(String split, int docs, AttributionScorer.Counts speech, AttributionScorer.Counts direct,
            AttributionScorer.Counts communication, double nlpSeconds, double quoteSeconds, double quoteCpuSeconds,
            double load) {
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            System.err.println("newsfuse: eval quotes: " + data + " not found (PolNeAR is read from ../shared at run time)");
            return 2;
        }
        List<SplitResult> results = new ArrayList<>();
        for (String split : splits) {
            Path dir = data.resolve(split);
            if (!Files.isDirectory(dir)) {
                System.err.println("newsfuse: eval quotes: no split " + dir);
                return 2;
            }
            SplitResult r = run(split, PolnearCorpus.read(dir), System.err, errors != null);
            results.add(r);
            if (errors != null) {
                Files.write(errors.resolveSibling(errors.getFileName() + "." + split), r.speech().errors,
                        StandardCharsets.UTF_8);
            }
        }
        String table = table(results);
        System.out.print(table);
        if (report != null && !report.equals("none")) {
            writeReport(Path.of(report), table);
            System.err.println("newsfuse: eval quotes: wrote " + report);
        }
        return 0;
    }

    /** Runs the stages on every text of a split and scores them. */
    public static SplitResult run(String split, List<PolnearCorpus.Doc> docs, PrintStream log, boolean keepErrors) {
        NlpStage nlp = new NlpStage();
        EntitiesStage entities = new EntitiesStage(SpeechVerbs.get());
        QuoteExtractor extractor = new QuoteExtractor();
        SpeechVerbs verbs = SpeechVerbs.get();
        AttributionScorer.Counts speech = new AttributionScorer.Counts();
        AttributionScorer.Counts direct = new AttributionScorer.Counts();
        AttributionScorer.Counts communication = new AttributionScorer.Counts();
        if (keepErrors) {
            speech.errors = new ArrayList<>();
        }
        long nlpNanos = 0;
        long quoteNanos = 0;
        long quoteCpu = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 0;
        for (PolnearCorpus.Doc d : docs) {
            long t0 = System.nanoTime();
            Article a = nlp.apply(article(d.name(), d.text()));
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            List<Attribution> attrs = extract(entities, extractor, a);
            long t2 = System.nanoTime();
            quoteCpu += cpu.getCurrentThreadCpuTime() - c1;
            nlpNanos += t1 - t0;
            quoteNanos += t2 - t1;
            List<AttributionScorer.Pred> preds = new ArrayList<>();
            for (Attribution at : attrs) {
                List<PolnearCorpus.Span> c = new ArrayList<>();
                for (Attribution.Span s : at.content()) {
                    c.add(new PolnearCorpus.Span(s.start(), s.end()));
                }
                PolnearCorpus.Span src = at.source() == null ? null
                        : new PolnearCorpus.Span(at.source().start(), at.source().end());
                preds.add(new AttributionScorer.Pred(c, src, at.sourceText(), at.speaker(),
                        at.kind() == Quote.Kind.DIRECT, at.cue() != null, at.speaker() == null ? "none"
                                : at.speakerType().name().toLowerCase(Locale.ROOT),
                        at.head() == null ? null : new PolnearCorpus.Span(at.head().start(), at.head().end())));
            }
            double w = 1.0 / d.byAnnotator().size();
            if (speech.errors != null) {
                speech.errors.add("==== " + d.name());
            }
            for (Map.Entry<String, List<PolnearCorpus.Gold>> e : d.byAnnotator().entrySet()) {
                AttributionScorer.score(d.text(), e.getValue(), g -> verbs.isSpeechCue(g.cueText()), preds,
                        AttributionScorer.Pred::hasCue, w, speech);
                AttributionScorer.score(d.text(), e.getValue(), QuotesEval::isDirect, preds,
                        AttributionScorer.Pred::direct, w, direct);
                AttributionScorer.score(d.text(), e.getValue(), g -> verbs.isCommunicationCue(g.cueText()), preds,
                        AttributionScorer.Pred::hasCue, w, communication);
            }
            if (++n % 200 == 0 && log != null) {
                log.println("  " + split + ": " + n + "/" + docs.size());
            }
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new SplitResult(split, docs.size(), speech, direct, communication, nlpNanos / 1e9, quoteNanos / 1e9,
                quoteCpu / 1e9, load);
    }

    static List<Attribution> extract(EntitiesStage entities, QuoteExtractor extractor, Article a) {
        Story s = entities.apply(Story.of("s", List.of(a)));
        return extractor.extract(a, EntityIndex.of(s.entities()));
    }

    /** A gold attribution whose content opens with a quotation mark (after an optional "that"). */
    static boolean isDirect(PolnearCorpus.Gold g) {
        String c = g.contentText().strip();
        if (c.regionMatches(true, 0, "that ", 0, 5)) {
            c = c.substring(5).strip();
        }
        return !c.isEmpty() && "\"“‘'".indexOf(c.charAt(0)) >= 0;
    }

    /** An article whose clean text is the file's text, one paragraph per non-blank line. */
    public static Article article(String name, String text) {
        List<Paragraph> ps = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int e = text.indexOf('\n', i);
            if (e < 0) {
                e = text.length();
            }
            int s = i;
            int end = e;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (end > s && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > s) {
                ps.add(new Paragraph(ps.size(), s, end));
            }
            i = e + 1;
        }
        RawDocument raw = new RawDocument(name, SourceFormat.TEXT, text, Map.of());
        return Article.of(name, raw).toBuilder().text(text).paragraphs(ps).annotate(Annotations.TEXT).build();
    }

    static String table(List<SplitResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| split | subset | gold | predicted | P@0.3 | R@0.3 | F1@0.3 | speaker@0.3"
                + " | speaker@0.3, head rule of 2026-12-05 | speaker@0.3, old"
                + " | P@0.8 | R@0.8 | F1@0.8 | speaker@0.8 | speaker@0.8, old | F1@0.3 (GGT overlap) |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SplitResult r : results) {
            row(sb, r.split(), "speech attributions", r.speech());
            row(sb, r.split(), "direct quotes", r.direct());
            row(sb, r.split(), "(speech + naming/judging cues)", r.communication());
        }
        sb.append('\n');
        sb.append("| split | subset | predicted speaker type | matched quotes | share | speaker@0.3 |\n");
        sb.append("|---|---|---|---:|---:|---:|\n");
        for (SplitResult r : results) {
            types(sb, r.split(), "speech attributions", r.speech());
            types(sb, r.split(), "direct quotes", r.direct());
        }
        sb.append('\n');
        sb.append("| split | subset | gold source | matched quotes | share | speaker@0.3"
                + " | speaker@0.3, head rule of 2026-12-05 |\n");
        sb.append("|---|---|---|---:|---:|---:|---:|\n");
        for (SplitResult r : results) {
            goldSources(sb, r.split(), "speech attributions", r.speech());
            goldSources(sb, r.split(), "direct quotes", r.direct());
        }
        sb.append('\n');
        sb.append("| split | texts | entities + quotes, wall | articles/s | entities + quotes, thread CPU | articles/s"
                + " | nlp (sentences, tokens, POS), wall | articles/s | load average |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SplitResult r : results) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f s | %.0f | %.2f s | %.0f | %.2f s | %.0f | %.1f |%n",
                    r.split(), r.docs(), r.quoteSeconds(), r.docs() / r.quoteSeconds(), r.quoteCpuSeconds(),
                    r.docs() / r.quoteCpuSeconds(), r.nlpSeconds(), r.docs() / r.nlpSeconds(), r.load()));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String split, String subset, AttributionScorer.Counts c) {
        sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.3f | %.3f | **%.3f** | **%.3f** | %.3f | %.3f"
                + " | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", split, subset, c.gold, c.pred, c.precision(0),
                c.recall(0), c.f1(0), c.strictSpeakerAccuracy(0), c.strictSpeakerAccuracy1205(0), c.speakerAccuracy(0),
                c.precision(1), c.recall(1), c.f1(1),
                c.strictSpeakerAccuracy(1), c.speakerAccuracy(1), c.ggtF1()));
    }

    private static void types(StringBuilder sb, String split, String subset, AttributionScorer.Counts c) {
        double all = 0;
        for (double[] v : c.byType.values()) {
            all += v[0];
        }
        for (String type : List.of("person", "organisation", "group", "document", "unknown", "none")) {
            double[] v = c.byType.getOrDefault(type, new double[2]);
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.3f | %.3f |%n", split, subset, type, v[0],
                    all == 0 ? 0 : v[0] / all, v[0] == 0 ? 0 : v[1] / v[0]));
        }
    }

    private static void goldSources(StringBuilder sb, String split, String subset, AttributionScorer.Counts c) {
        double all = 0;
        for (double[] v : c.byGoldSource.values()) {
            all += v[0];
        }
        for (String kind : List.of("named", "pronoun", "none")) {
            double[] v = c.byGoldSource.getOrDefault(kind, new double[3]);
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.3f | %.3f | %.3f |%n", split, subset, kind,
                    v[0], all == 0 ? 0 : v[0] / all, v[0] == 0 ? 0 : v[1] / v[0], v[0] == 0 ? 0 : v[2] / v[0]));
        }
    }

    static final String HEADING = "## Quotes (issue 5)";

    static void writeReport(Path file, String table) throws IOException {
        String body = "Date: " + LocalDate.now() + ". Command: `./newsfuse eval quotes --data ../shared/eval/quotes/polnear`."
                + " Machine: 2 cores, 24 GiB, Java 17.\n\n"
                + "PolNeAR (train 840 texts, dev 84; tuned on train, dev reported). Speech attributions: gold"
                + " attributions whose cue holds a form of a verb of saying listed in"
                + " `newsfuse-core/src/main/resources/org/newsfuse/quotes/speech-verbs.txt` (say, tell, add, note,"
                + " argue, write, ask, ... every form written out; not the verbs marked - there, which name or judge:"
                + " call, describe, criticize, urge, ...) or is \"according to\"; the row in parentheses counts those"
                + " verbs too, for reference. Predictions: every"
                + " extracted attribution with a cue. Direct quotes: gold attributions whose content opens with a"
                + " quotation mark (after an optional \"that\"); predictions of kind direct. Overlap = shared words /"
                + " words of the longer content (words = letter/digit runs); one-to-one matching, best first. A"
                + " prediction matching only a gold attribution outside the subset is not counted. Speaker (since"
                + " issue 18; a missing speaker is wrong): the predicted speaker holds the head word of the gold"
                + " source (its last word before a comma, parenthesis, dash, relative pronoun or a preposition after"
                + " a common noun: \"Rally Canada volunteer media coordinator Tom Hinderks\" → Hinderks, \"officials"
                + " at the Justice Department\" → officials; a common noun followed by a post-modifier is the head:"
                + " \"a source familiar with ...\" → source, \"a poll released Friday\" → poll, \"two senators present\""
                + " → senators, a correction made in issue 18 — the column \"head rule of 2026-12-05\" gives the figure"
                + " with the rule before it, which took the modifier as the head), or was read from words of the gold source that hold"
                + " that head word (\"the president\" resolved to the president's name); a pronoun or \"who\" gold"
                + " source stands for the nearest earlier gold source that is not one (an approximation: PolNeAR"
                + " links no coreference); a gold attribution with no source is right when none is predicted."
                + " \"Speaker, old\" is the figure before issue 18, kept for comparison: predicted source mention"
                + " overlaps the gold source (whatever speaker it resolved to, none included), or the named speaker"
                + " shares a name word with the gold source (pronoun gold sources replaced by the nearest earlier"
                + " one naming someone). The second table breaks the matched speech attributions and direct quotes"
                + " down by predicted speaker type (none: no speaker); the third by gold source: named (any source"
                + " that is not a pronoun: scored exactly), pronoun (a pronoun or \"who\" source: scored against the"
                + " nearest earlier gold source that is not one, which is often not its antecedent: PolNeAR sources"
                + " include documents and beliefs' holders), none (no gold source). Texts with several annotators' files: each annotator's file is scored and"
                + " weighs 1/n, so every text counts once (gold and predicted counts are therefore fractional)."
                + " Last column: F1 with GenderGapTracker's overlap (shared characters / gold's, here words), for"
                + " comparison with its published 0.837. Throughput: one thread, per article (PolNeAR texts average"
                + " about 800 words), the first split includes JIT warm-up; wall time depends on what else the machine"
                + " runs (the load average is given), thread CPU time does not.\n\n"
                + table;
        BenchmarksFile.replaceSection(file, HEADING.substring(3), body);
    }
}
