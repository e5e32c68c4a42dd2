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
import org.newsfuse.pipeline.DocumentError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                        + ".rss/.atom/.xml), a folder (every such file in it, sorted) or - for standard input. "
                        + "A bad input gets one line on stderr naming it, and the others are still processed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:At least one article was processed (bad inputs are reported on stderr).",
                "1:The reports could not be written.",
                "2:No article could be processed, or --strict and an input was bad, or the options are wrong."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "newsfuse-out",
            description = "Folder for the reports, created when missing (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100",
            description = "Word budget of the summary, from 1 to 100000 (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--strict", description = "Exit with 2 when any input is bad (the others are still processed).")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the article stages (default: the number of cores).")
    Integer threads;

    @Option(names = "--one-story", description = "Put every article into one story (no clustering).")
    boolean oneStory;

    @Option(names = "--stream", description = "Cluster as a stream: articles in date order join a live story or"
            + " start one, and a story goes quiet after --window days (default: batch, all articles at once).")
    boolean stream;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "14",
            description = "Days a story stays open without a new article (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--dedup", paramLabel = "METHOD", defaultValue = "minhash",
            description = "How syndicated copies are found: minhash, simhash or off (default: ${DEFAULT-VALUE}).")
    String dedup;

    @Option(names = "--json", description = "Print the content of stories.json on stdout instead of the account "
            + "of the stories (the reports are still written).")
    boolean json;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = "--timings", description = "Print on stderr where the time went: wall time per phase (read and article"
            + " stages, copies and clustering, story stages, writing) and time per stage, summed over threads, with CPU time.")
    boolean timings;

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
            o = options(words, threads).withClustering(clustering(oneStory, stream, window, dedup))
                    .withLimits(limitOptions.limits());
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: run: " + e.getMessage());
            return 2;
        }
        String problem = OutputFolder.problem(out);
        if (problem != null) {
            System.err.println("newsfuse: run: " + problem);
            return 2;
        }
        InputReader reader = new InputReader(System.in, o.limits());
        int[] readErrors = {0};
        boolean quiet = limitOptions.quiet;
        Engine.Documents docs = sink -> reader.read(inputs, e -> {
            readErrors[0]++;
            report(e, quiet, System.err);
        }, d -> sink.accept(rules.apply(d)));
        RunJob.Outcome r = RunJob.run(docs, readErrors, Path.of(out), o, strict, json, quiet, System.out, System.err);
        if (timings) {
            System.err.print(RunJob.timings(r, o.threads()));
        }
        return r.exitCode();
    }

    static EngineOptions options(int words, Integer threads) {
        EngineOptions o = EngineOptions.defaults().withSummaryWords(words);
        return threads == null ? o : new EngineOptions(o.summaryWords(), threads, o.clustering(), o.limits());
    }

    /** The engine options with the limits of {@code limitOptions} (IllegalArgumentException when one is wrong). */
    static EngineOptions options(int words, Integer threads, LimitOptions limitOptions) {
        return options(words, threads).withLimits(limitOptions.limits());
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
        return execute(batch, outDir, options, strict, false, false, stdout, stderr);
    }

    /**
     * As {@link #execute(InputReader.Batch, Path, EngineOptions, boolean, PrintStream, PrintStream)}:
     * with {@code json}, stories.json goes to stdout instead of the account; with {@code quiet}, only
     * errors go to stderr.
     */
    static int execute(InputReader.Batch batch, Path outDir, EngineOptions options, boolean strict, boolean json,
            boolean quiet, PrintStream stdout, PrintStream stderr) {
        return RunJob.run(RunJob.of(batch.documents()), new int[] {batch.errors()}, outDir, options, strict, json,
                quiet, stdout, stderr).exitCode();
    }

    static void report(DocumentError e, boolean quiet, PrintStream stderr) {
        if (e.fatal() || !quiet) {
            stderr.println(e.line());
        }
    }
}
