package org.newsfuse.eval.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsfuse.clean.OutletRules;
import org.newsfuse.cli.Progress;
import org.newsfuse.cli.Version;
import org.newsfuse.engine.ClusterSettings;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.eval.BenchmarksFile;
import org.newsfuse.eval.EvalSubcommand;
import org.newsfuse.eval.duc.DucCorpus;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval claims}: runs the product on the seeds and on every DUC 2004 cluster (each
 * with one story, each file an outlet) and audits every exclusive, omission and disagreement it
 * claims with {@link ClaimsAuditor}; prints the share confirmed per kind and corpus.
 */
@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Audit every coverage claim (exclusive, omission) and disagreement of a run against the full",
                "input texts with a stricter matcher written apart from the product's; print the share confirmed."})
public final class ClaimsCommand implements Callable<Integer>, EvalSubcommand {
    static final String SECTION = "Claims audit (issue 17)";

    @Option(names = "--seeds", paramLabel = "DIR", description = "The seeds folder (default: ../shared/seeds).")
    Path seeds;

    @Option(names = "--data", paramLabel = "DIR", description = "The duc2004 folder (default: ../shared/eval/duc2004).")
    Path data;

    @Option(names = "--outlets", paramLabel = "FILE", description = "Outlet rules for the seeds (as run --outlets).")
    Path outlets;

    @Option(names = "--list", paramLabel = "FILE", description = "Write every audited claim with its verdict (TSV).")
    Path list;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md",
            description = "Write the table into FILE (e.g. docs/benchmarks.md), replacing its '" + SECTION + "' section.")
    Path report;

    @Override
    public Object command() {
        return new ClaimsCommand();
    }

    @Override
    public Integer call() throws IOException {
        Path seedDir = seeds != null ? seeds : DucCorpus.locate(Path.of("seeds")).orElse(null);
        Path duc = data != null ? data : DucCorpus.locateDuc2004().orElse(null);
        if (seedDir == null && duc == null) {
            System.err.println("newsfuse eval claims: no data (give --seeds ../shared/seeds and --data ../shared/eval/duc2004)");
            return 2;
        }
        OutletRules rules = outlets == null ? OutletRules.none() : OutletRules.load(outlets);
        Map<String, List<List<RawDocument>>> corpora = new LinkedHashMap<>();
        if (seedDir != null && Files.isDirectory(seedDir)) {
            corpora.put("seeds", List.of(rules.apply(read(seedDir, "seeds"))));
        }
        if (duc != null && Files.isDirectory(duc)) {
            List<List<RawDocument>> clusters = new ArrayList<>();
            try (Stream<Path> s = Files.list(duc)) {
                for (Path c : s.filter(p -> Files.isDirectory(p.resolve("docs"))).sorted().toList()) {
                    clusters.add(read(c.resolve("docs"), c.getFileName().toString()));
                }
            }
            corpora.put("duc2004", clusters);
        }
        Engine engine = new Engine(EngineOptions.defaults().withClustering(ClusterSettings.defaults().withCluster(false)));
        List<ClaimsAuditor.Verdict> all = new ArrayList<>();
        Map<String, List<ClaimsAuditor.Verdict>> byCorpus = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        int total = corpora.values().stream().mapToInt(List::size).sum();
        try (Progress p = Progress.start("stories", total, 2)) {
            for (Map.Entry<String, List<List<RawDocument>>> e : corpora.entrySet()) {
                for (List<RawDocument> docs : e.getValue()) {
                    Engine.Result r = engine.run(docs, err -> System.err.println(err.line()), null);
                    Map<String, String> raw = new LinkedHashMap<>();
                    docs.forEach(d -> raw.put(d.input(), d.content()));
                    String name = docs.isEmpty() ? e.getKey() : docs.get(0).input().replaceAll("/.*", "");
                    for (Story s : r.stories()) {
                        List<ClaimsAuditor.Verdict> v = new ClaimsAuditor(name, s, raw).audit();
                        all.addAll(v);
                        byCorpus.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(v);
                    }
                    p.step();
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String table = render(byCorpus, all);
        System.out.print(table);
        if (list != null) {
            StringBuilder sb = new StringBuilder("story\tkind\toutlet\tconfirmed\tclaim\twhy\n");
            for (ClaimsAuditor.Verdict v : all) {
                sb.append(v.story()).append('\t').append(v.kind()).append('\t').append(v.outlet()).append('\t')
                        .append(v.confirmed() ? "yes" : "NO").append('\t').append(v.claim().replace('\t', ' ').replace('\n', ' '))
                        .append('\t').append(v.why().replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
            Files.writeString(list, sb.toString(), StandardCharsets.UTF_8);
        }
        if (report != null) {
            String body = "Measured " + LocalDate.now() + " with `./newsfuse eval claims --outlets docs/seeds.outlets --report "
                    + "docs/benchmarks.md` (seeds as one story; each of the " + corpora.getOrDefault("duc2004", List.of()).size()
                    + " DUC 2004 clusters as one story, `--one-story`, each file an outlet); 2 cores, "
                    + String.format(Locale.ROOT, "%.0f s wall for the whole run", seconds) + ". "
                    + "The auditor (`org.newsfuse.eval.claims`) reads the raw input texts with its own sentence splitter, "
                    + "words and 6-letter stems and searches windows of 1–3 sentences; see docs/comparison.md for how it "
                    + "differs from the product's matcher.\n\n" + table;
            BenchmarksFile.replaceSection(report, SECTION, body);
            System.err.println("newsfuse eval claims: wrote the section '" + SECTION + "' of " + report);
        }
        return 0;
    }

    static String render(Map<String, List<ClaimsAuditor.Verdict>> byCorpus, List<ClaimsAuditor.Verdict> all) {
        StringBuilder sb = new StringBuilder("| corpus | claims | confirmed | share not confirmed |\n|---|---|---|---|\n");
        Map<String, List<ClaimsAuditor.Verdict>> rows = new LinkedHashMap<>(byCorpus);
        rows.put("all", all);
        for (Map.Entry<String, List<ClaimsAuditor.Verdict>> e : rows.entrySet()) {
            for (String kind : new String[] {"exclusive", "omission", "exclusive+omission", "disagreement"}) {
                int n = 0;
                int ok = 0;
                for (ClaimsAuditor.Verdict v : e.getValue()) {
                    if (kind.equals(v.kind()) || kind.equals("exclusive+omission") && !v.kind().equals("disagreement")) {
                        n++;
                        ok += v.confirmed() ? 1 : 0;
                    }
                }
                sb.append(String.format(Locale.ROOT, "| %s · %s | %d | %d (%.1f%%) | %.1f%% |%n", e.getKey(), kind, n, ok,
                        n == 0 ? 100.0 : 100.0 * ok / n, n == 0 ? 0.0 : 100.0 * (n - ok) / n));
            }
        }
        return sb.toString();
    }

    private static List<RawDocument> read(Path dir, String prefix) throws IOException {
        List<RawDocument> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted((a, b) -> naturalOrder(a.getFileName().toString(),
                    b.getFileName().toString())).toList()) {
                out.add(new RawDocument(prefix + "/" + f.getFileName(), SourceFormat.TEXT,
                        Files.readString(f, StandardCharsets.UTF_8), Map.of()));
            }
        }
        return out;
    }

    /** D2 before D10. */
    static int naturalOrder(String a, String b) {
        String da = a.replaceAll("\\D", "");
        String db = b.replaceAll("\\D", "");
        if (a.replaceAll("\\d", "").equals(b.replaceAll("\\d", "")) && !da.isEmpty() && !db.isEmpty() && da.length() < 9
                && db.length() < 9) {
            return Integer.compare(Integer.parseInt(da), Integer.parseInt(db));
        }
        return a.compareTo(b);
    }
}
