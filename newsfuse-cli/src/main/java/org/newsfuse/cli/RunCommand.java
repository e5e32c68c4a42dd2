package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse run INPUT...}: articles in, a cited story report out. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Turn articles into a cited story report (story.md, story.json, story.html).",
                "INPUT is a file (.txt scraped text, .html, .jsonl), a folder (every .txt, .html, .jsonl in it,"
                        + " sorted) or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one article was processed (bad inputs are reported on stderr)",
                "1:the reports could not be written",
                "2:no article could be processed, or --strict and an input was bad, or the options are wrong"})
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "newsfuse-out",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100",
            description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--strict", description = "Exit with 2 when any input is bad (the others are still processed).")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the article stages (default: cores).")
    Integer threads;

    @Override
    public Integer call() {
        InputReader reader = new InputReader();
        return execute(reader.readAndReport(inputs, System.err), out, options(words, threads), strict, System.out,
                System.err);
    }

    static EngineOptions options(int words, Integer threads) {
        EngineOptions o = EngineOptions.defaults().withSummaryWords(words);
        return threads == null ? o : new EngineOptions(o.summaryWords(), threads);
    }

    /** Runs the engine on documents already read, writes the reports, prints the account; returns the exit code. */
    static int execute(InputReader.Batch batch, Path outDir, EngineOptions options, boolean strict, PrintStream stdout,
            PrintStream stderr) {
        List<RawDocument> docs = batch.documents();
        boolean bad = batch.errors() > 0;
        Engine engine = new Engine(options);
        Engine.Result result;
        try (Progress p = Progress.start("articles", docs.size(), 50)) {
            result = engine.run(docs, e -> stderr.println(e.line()), p::stepTo);
        }
        bad |= !result.errors().isEmpty();
        if (result.stories().isEmpty()) {
            stderr.println("newsfuse: no article could be processed" + (docs.isEmpty() ? " (no readable input)" : ""));
            return 2;
        }
        Story story = result.stories().get(0);
        try {
            StoryWriter.Written w = StoryWriter.write(story, outDir);
            StoryWriter.print(stdout, story, w);
        } catch (IOException e) {
            stderr.println(outDir + ": cannot write the reports: " + e.getMessage());
            return 1;
        }
        return strict && bad ? 2 : 0;
    }
}
