package org.newsfuse.eval.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.cli.Version;
import org.newsfuse.eval.BenchmarksFile;
import org.newsfuse.eval.EvalSubcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse eval extraction}: main text from news HTML against the published extractors. */
@Command(name = "extraction", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Score newsfuse's HTML main-text extractor on the scrapinghub (181 pages, shingle F1), Fundus "
                + "(80 pages, ROUGE-LSum) and trafilatura (990 pages, segments found) sets. On the first two it runs "
                + "next to the published extractors' outputs (scored by the same scorers) and readability4j 1.0.8 and "
                + "boilerpipe 1.2.2 run live in the same run; on trafilatura, next to the peers' published figures. "
                + "It prints a table, and writes the report section with --report."})
public final class ExtractionCommand implements Callable<Integer>, EvalSubcommand {
    static final String SECTION = "Extraction (issue 3)";

    @Option(names = "--data", paramLabel = "DIR", description = "The extraction sets (default: ../shared/eval/extraction, found by walking up).")
    Path data;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md",
            description = "Write the section into this Markdown file (FILE defaults to docs/benchmarks.md); without "
                    + "--report the table is only printed.")
    String report;

    @Override
    public Object command() {
        return new ExtractionCommand();
    }

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : SharedData.locateExtraction().orElse(null);
        if (dir == null || !Files.isDirectory(dir.resolve("scrapinghub")) || !Files.isDirectory(dir.resolve("fundus"))) {
            System.err.println("newsfuse: eval extraction: " + (dir == null ? "shared/eval/extraction" : dir.toString())
                    + ": not an extraction data folder (needs scrapinghub/ and fundus/); pass --data DIR");
            return 2;
        }
        List<ExtractionEval.Row> rows = new ExtractionEval().run(dir);
        String table = ExtractionEval.markdown(rows);
        System.out.print(table);
        if (report != null && !report.equals("none")) {
            String body = "- **Date:** " + LocalDate.now() + "\n"
                    + "- **Command:** `./newsfuse eval extraction --data " + dir + "`\n"
                    + "- **Machine:** " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB max heap, Java " + System.getProperty("java.version")
                    + "; load average " + loadAverage() + " when the run ended.\n"
                    + "- Timing: single-threaded median per page after a warm-up pass, the extractors interleaved page by "
                    + "page so that load on the machine slows them alike.\n"
                    + "- Scorers: `ShingleScorer` (scrapinghub) and `RougeLsumScorer` (Fundus) reproduce the published "
                    + "figures from the published outputs (`PublishedFiguresTest`); \"published output\" rows are those "
                    + "outputs scored here. newsfuse = `HtmlMainTextExtractor`, no per-site rules.\n" + table;
            BenchmarksFile.replaceSection(Path.of(report), SECTION, body);
            System.err.println("newsfuse: eval extraction: wrote " + report);
        }
        return 0;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
