package org.newsfuse.eval.speed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsfuse.cli.RunJob;
import org.newsfuse.engine.Engine;
import org.newsfuse.eval.clustering.ScaleCommand;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.pipeline.StageTimes;

/**
 * One workload of {@code eval speed}, in its own JVM: {@code SpeedProbe INPUT OUT THREADS} runs the
 * {@code run} path ({@link RunJob}) on the folder INPUT, writing the reports into OUT, and prints one
 * JSON object on stdout: counts, wall and process CPU seconds, per-phase and per-stage times, peak
 * heap used (sampled every 10 ms) and peak RSS (the kernel's high-water mark of this process).
 */
public final class SpeedProbe {
    private SpeedProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SpeedProbe INPUT_FOLDER OUT_FOLDER THREADS");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        EngineOptions options = new EngineOptions(100, threads);
        ScaleCommand.HeapWatch heap = new ScaleCommand.HeapWatch();
        heap.start();
        long cpu0 = ScaleCommand.cpuNanos();
        long t0 = System.nanoTime();
        InputReader reader = new InputReader();
        int[] readErrors = {0};
        Engine.Documents docs = sink -> reader.read(List.of(input.toString()), e -> readErrors[0]++, sink);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        RunJob.Outcome o = RunJob.run(docs, readErrors, out, options, false, quiet, quiet);
        long wall = System.nanoTime() - t0;
        long cpu = ScaleCommand.cpuNanos() - cpu0;
        heap.stop();
        ObjectMapper json = new ObjectMapper();
        ObjectNode r = json.createObjectNode();
        r.put("exitCode", o.exitCode());
        r.put("documents", o.documents());
        r.put("readErrors", readErrors[0]);
        r.put("articles", o.articles());
        r.put("stories", o.stories());
        r.put("threads", threads);
        r.put("wallSeconds", wall / 1e9);
        r.put("cpuSeconds", cpu / 1e9);
        r.put("peakHeapBytes", heap.peak());
        r.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        r.put("peakRssBytes", peakRss());
        r.put("gcSeconds", gcSeconds());
        ArrayNode phases = r.putArray("phases");
        for (StageTimes.Total t : o.phases().totals()) {
            phases.addObject().put("phase", t.stage()).put("seconds", t.seconds());
        }
        ArrayNode stages = r.putArray("stages");
        for (StageTimes.Total t : o.stages().totals()) {
            stages.addObject().put("stage", t.stage()).put("items", t.items()).put("seconds", t.seconds())
                    .put("cpuSeconds", t.cpuSeconds());
        }
        System.out.println(json.writeValueAsString(r));
        System.exit(0);
    }

    /** Seconds the collectors report having spent. */
    static double gcSeconds() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1e3;
    }

    /** The process's peak resident set size (VmHWM in /proc/self/status), or -1 where there is none. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
