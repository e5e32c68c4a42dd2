package org.newsfuse.eval.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Readers for {@code eval serve-load --client wrk}: Debian's {@code wrk} as the load generator, out
 * of the server's process, one {@code wrk} per route kind (one thread, a quarter of the readers as
 * connections), each request a random path from a list written beforehand (random stored stories,
 * one or two random headline words). wrk stops itself after the given seconds; a process that
 * outlives them by a minute is killed. Loopback only.
 */
final class WrkReaders {
    /** What one wrk process measured for its route kind (latencies in ms). */
    record Route(LoadReaders.Kind kind, long requests, double seconds, double p50, double p99, double max, long errors) {
    }

    private static final String SCRIPT = """
            local paths = {}
            init = function(args)
              for line in io.lines(args[1]) do paths[#paths + 1] = line end
              math.randomseed(tonumber(args[2]))
            end
            request = function()
              return wrk.format("GET", paths[math.random(#paths)])
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("newsfuse-wrk %d %d %d %d %d %d\\n", summary.requests, summary.duration,
                latency:percentile(50), latency:percentile(99), latency.max,
                e.connect + e.read + e.write + e.status + e.timeout))
            end
            """;

    private final String base;
    private final List<String> storyIds;
    private final List<String> words;
    private final Path work;

    WrkReaders(String base, List<String> storyIds, List<String> words, Path work) {
        this.base = base;
        this.storyIds = storyIds;
        this.words = words;
        this.work = work;
    }

    /** Runs {@code readers} connections (split over the four route kinds) for {@code seconds}. */
    List<Route> run(int readers, double seconds, long seed) throws IOException, InterruptedException {
        Path script = work.resolve("serve-load.lua");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        LoadReaders.Kind[] kinds = LoadReaders.Kind.values();
        List<Process> ps = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            Path paths = work.resolve("serve-load-" + kinds[k].name().toLowerCase(Locale.ROOT) + ".txt");
            Files.write(paths, paths(kinds[k], new SplittableRandom(seed + k), 20_000), StandardCharsets.UTF_8);
            int conns = Math.max(1, readers / kinds.length + (k < readers % kinds.length ? 1 : 0));
            ps.add(new ProcessBuilder("wrk", "-t1", "-c" + conns, "-d" + Math.max(1, Math.round(seconds)) + "s", "--timeout", "30s",
                    "-s", script.toString(), base + "/", "--", paths.toString(), String.valueOf(seed + k))
                    .redirectErrorStream(true).start());
        }
        List<Route> out = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            Process p = ps.get(k);
            if (!p.waitFor((long) seconds + 60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("wrk for " + kinds[k].label + " did not stop");
            }
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Route r = parse(kinds[k], text);
            if (r == null) {
                throw new IOException("wrk for " + kinds[k].label + " gave no result: " + text.strip());
            }
            out.add(r);
        }
        return out;
    }

    static Route parse(LoadReaders.Kind kind, String text) {
        for (String line : text.split("\n")) {
            if (line.startsWith("newsfuse-wrk ")) {
                String[] f = line.trim().split(" ");
                return new Route(kind, Long.parseLong(f[1]), Long.parseLong(f[2]) / 1e6, Long.parseLong(f[3]) / 1e3,
                        Long.parseLong(f[4]) / 1e3, Long.parseLong(f[5]) / 1e3, Long.parseLong(f[6]));
            }
        }
        return null;
    }

    private List<String> paths(LoadReaders.Kind kind, SplittableRandom rnd, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(switch (kind) {
                case STORY_PAGE -> "/stories/" + storyIds.get(rnd.nextInt(storyIds.size()));
                case STORY_API -> "/api/stories/" + storyIds.get(rnd.nextInt(storyIds.size()));
                case SEARCH_PAGE -> "/?q=" + LoadReaders.query(words, rnd);
                case SEARCH_API -> "/api/stories?q=" + LoadReaders.query(words, rnd);
            });
        }
        return out;
    }
}
