package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.clean.OutletRules;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.engine.ClusterSettings;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.report.InputNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse run INPUT...}: articles in, a cited story report out. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Turn articles into cited story reports. The articles are grouped into stories (one per event) "
                + "and syndicated copies merged; each story gets story.md, story.json and story.html in OUT/<story-id>/, "
                + "and OUT/stories.json and OUT/index.html list them all. With a single story its reports are also in "
                + "OUT/story.{md,json,html}.",
                "",
                "INPUT is a file (scraped text .txt, .html, .jsonl, WARC/ARC .warc[.gz]/.arc[.gz], RSS/Atom "
                        + ".rss/.atom/.xml), a folder (every such file in it, sorted) or - for standard input."},
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

    @Option(names = "--one-story", description = "Put every article into one story (no clustering).")
    boolean oneStory;

    @Option(names = "--stream", description = "Cluster as a stream: articles in date order join a live story or"
            + " start one; a story goes quiet after --window days (default: batch, all articles at once).")
    boolean stream;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "14",
            description = "Days a story stays open without a new article (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--dedup", paramLabel = "METHOD", defaultValue = "minhash",
            description = "How syndicated copies are found: minhash, simhash or off (default: ${DEFAULT-VALUE}).")
    String dedup;

    @Option(names = "--outlets", paramLabel = "FILE",
            description = {"Outlet names for inputs that carry none: lines PATTERN<TAB>Outlet name, PATTERN a glob on",
                    "the input's file name (000_*.txt) or a host matched against its URL (nytimes.com)."})
    Path outletsFile;

    @Override
    public Integer call() {
        OutletRules rules;
        try {
            rules = outletsFile == null ? OutletRules.none() : OutletRules.load(outletsFile);
        } catch (IOException e) {
            System.err.println("newsfuse: " + outletsFile + ": cannot read the outlets file: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: " + e.getMessage());
            return 2;
        }
        EngineOptions o;
        try {
            o = options(words, threads).withClustering(clustering(oneStory, stream, window, dedup));
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse run: " + e.getMessage());
            return 2;
        }
        InputReader reader = new InputReader();
        InputReader.Batch batch = reader.readAndReport(inputs, System.err);
        return execute(new InputReader.Batch(rules.apply(batch.documents()), batch.errors()), out, o, strict, System.out,
                System.err);
    }

    static EngineOptions options(int words, Integer threads) {
        EngineOptions o = EngineOptions.defaults().withSummaryWords(words);
        return threads == null ? o : new EngineOptions(o.summaryWords(), threads, o.clustering());
    }

    static ClusterSettings clustering(boolean oneStory, boolean stream, int window, String dedup) {
        if (window < 1) {
            throw new IllegalArgumentException("--window must be at least 1 day");
        }
        StoryClusterer.Options co = StoryClusterer.Options.defaults();
        co = co.withMode(stream ? StoryClusterer.Mode.STREAM : StoryClusterer.Mode.BATCH)
                .withDates(co.slackDays(), co.decayDays(), window);
        ClusterSettings cs = ClusterSettings.defaults().withCluster(!oneStory).withOptions(co);
        switch (dedup.toLowerCase(java.util.Locale.ROOT)) {
            case "minhash" -> cs = cs.withDedup(DocumentDedup.Method.MINHASH);
            case "simhash" -> cs = cs.withDedup(DocumentDedup.Method.SIMHASH);
            case "off", "none" -> cs = cs.withDedup(null);
            default -> throw new IllegalArgumentException("--dedup must be minhash, simhash or off, not '" + dedup + "'");
        }
        return cs;
    }

    /** Runs the engine on documents already read, writes the reports, prints the account; returns the exit code. */
    static int execute(InputReader.Batch batch, Path outDir, EngineOptions options, boolean strict, PrintStream stdout,
            PrintStream stderr) {
        List<RawDocument> docs = new java.util.ArrayList<>(batch.documents().size());
        for (RawDocument d : batch.documents()) { // reports never name an absolute local path
            docs.add(new RawDocument(InputNames.display(d.input()), d.format(), d.content(), d.given()));
        }
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
        try {
            StoryWriter.WrittenRun w = StoryWriter.writeAll(result, outDir);
            StoryWriter.printAll(stdout, result, w);
        } catch (IOException e) {
            stderr.println(outDir + ": cannot write the reports: " + e.getMessage());
            return 1;
        }
        return strict && bad ? 2 : 0;
    }
}
