package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.model.RawDocument;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.report.InputNames;
import org.newsfuse.pipeline.StageTimes;

/**
 * One run of {@code newsfuse run}, from documents to written reports: the documents stream through
 * the engine (read, article stages, copies and clustering, story stages), the reports are written
 * over the cores, and every phase and stage is timed. {@code eval speed} runs this same path.
 */
public final class RunJob {
    /** Names of the phases, as timed in {@link Outcome#phases()}. */
    public static final String READ = "read", WRITE = "write reports";

    private RunJob() {
    }

    /**
     * What a run did: its exit code, how many documents it read and articles it made, the stories,
     * wall time per phase ({@code phases}: items are 1, time is wall-clock) and time per stage
     * ({@code stages}: summed over threads, with CPU time).
     */
    public record Outcome(int exitCode, int documents, int articles, int stories, StageTimes phases, StageTimes stages) {
    }

    /**
     * Runs the engine on the documents {@code source} hands over (reading problems go to stderr as
     * they come and are counted by {@code readErrors}), writes the reports into {@code outDir},
     * prints the account on {@code stdout}; returns the exit code with the timings.
     */
    public static Outcome run(Engine.Documents source, int[] readErrors, Path outDir, EngineOptions options,
            boolean strict, PrintStream stdout, PrintStream stderr) {
        return run(source, readErrors, outDir, options, strict, false, false, stdout, stderr);
    }

    /**
     * As {@link #run(Engine.Documents, int[], Path, EngineOptions, boolean, PrintStream, PrintStream)}:
     * with {@code json}, stories.json goes to stdout instead of the account; with {@code quiet}, only
     * errors go to stderr and no bar is shown. The progress bar (a terminal only) counts the
     * articles, then the stories' stages, then their reports.
     */
    public static Outcome run(Engine.Documents source, int[] readErrors, Path outDir, EngineOptions options,
            boolean strict, boolean json, boolean quiet, PrintStream stdout, PrintStream stderr) {
        Engine engine = new Engine(options);
        StageTimes stages = engine.pipeline().times();
        int[] docs = {0};
        long[] inSink = {0, 0};
        Engine.Documents timed = sink -> {
            long t0 = System.nanoTime();
            long c0 = StageTimes.cpuNow();
            source.forEach(d -> {
                long s0 = System.nanoTime();
                long sc0 = StageTimes.cpuNow();
                docs[0]++;
                // reports never name an absolute local path
                sink.accept(new RawDocument(InputNames.display(d.input()), d.format(), d.content(), d.given()));
                inSink[0] += System.nanoTime() - s0;
                inSink[1] += StageTimes.cpuNow() - sc0;
            });
            // reading is the reader's own time, without the time spent handing documents on
            stages.add(READ, docs[0], System.nanoTime() - t0 - inSink[0], StageTimes.cpuNow() - c0 - inSink[1]);
        };
        Engine.Result result;
        StageTimes phases = engine.phases();
        try (Progress p = quiet ? Progress.start("newsfuse", 0, 1, true) : Progress.open("newsfuse")) {
            int[] read = {0};
            result = engine.run(timed, e -> RunCommand.report(e, quiet, stderr), n -> p.stepTo(read[0] = n),
                    (done, total) -> {
                        if (done == 1 || total == 1) {
                            p.maxHint(docs[0] + 2L * total);
                        }
                        p.stepTo(docs[0] + done);
                    });
            boolean bad = readErrors[0] > 0 || !result.errors().isEmpty();
            if (result.stories().isEmpty()) {
                p.close();
                stderr.println("newsfuse: no article could be processed" + (docs[0] == 0 ? " (no readable input)" : ""));
                return new Outcome(2, docs[0], 0, 0, phases, stages);
            }
            int n = docs[0] + result.stories().size();
            java.util.concurrent.atomic.AtomicInteger reports = new java.util.concurrent.atomic.AtomicInteger();
            StageTimes.Timer w = stages.start(WRITE);
            long w0 = System.nanoTime();
            StoryWriter.WrittenRun written = StoryWriter.writeAll(result, outDir, options.threads(),
                    () -> p.stepTo(n + reports.incrementAndGet()));
            p.close();
            if (json) {
                stdout.print(java.nio.file.Files.readString(written.storiesJson()));
                stdout.flush();
            } else {
                StoryWriter.printAll(stdout, result, written);
            }
            w.stop();
            phases.add(WRITE, 1, System.nanoTime() - w0, 0);
            return new Outcome(strict && bad ? 2 : 0, docs[0], result.articles().size(), result.stories().size(),
                    phases, stages);
        } catch (IOException | java.io.UncheckedIOException e) {
            stderr.println("newsfuse: " + DocumentError.escape(outDir.toString()) + ": cannot write the reports: "
                    + DocumentError.escape(e.getMessage()));
            return new Outcome(1, docs[0], 0, 0, phases, stages);
        }
    }

    /** Documents already in memory (the demo corpus, tests) as a source. */
    public static Engine.Documents of(List<RawDocument> docs) {
        return docs::forEach;
    }

    /** The timings as {@code run --timings} prints them: wall time per phase, then time per stage. */
    public static String timings(Outcome o, int threads) {
        StringBuilder sb = new StringBuilder();
        long wall = 0;
        for (StageTimes.Total t : o.phases().totals()) {
            wall += t.nanos();
        }
        long cpu = 0;
        for (StageTimes.Total t : o.stages().totals()) {
            cpu += t.cpuNanos();
        }
        sb.append(String.format(Locale.ROOT, "timings: %d documents, %d articles, %d stories, %d threads; "
                + "wall %.2f s (%.1f articles/s), CPU in stages %.2f s (%.1f ms per article)%n", o.documents(),
                o.articles(), o.stories(), threads, wall / 1e9, o.documents() / Math.max(1e-9, wall / 1e9), cpu / 1e9,
                o.documents() == 0 ? 0 : cpu / 1e6 / o.documents()));
        sb.append(String.format(Locale.ROOT, "%-22s %10s%n", "phase", "wall s"));
        for (StageTimes.Total t : o.phases().totals()) {
            sb.append(String.format(Locale.ROOT, "%-22s %10.2f%n", t.stage(), t.seconds()));
        }
        sb.append(o.stages().table());
        return sb.toString();
    }
}
