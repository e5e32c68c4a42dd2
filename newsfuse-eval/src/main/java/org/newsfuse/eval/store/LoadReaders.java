package org.newsfuse.eval.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Readers for {@code eval serve-load}: N threads on loopback, each in a loop until the deadline,
 * picking one of four reads at random (a story page, a story's JSON, a search page, a search through
 * the API) with a random story id or search words, and timing each response whole (body read).
 * Bounded: every thread stops at the deadline and after {@link #MAX_PER_THREAD} requests.
 */
final class LoadReaders {
    static final int MAX_PER_THREAD = 2_000_000;

    enum Kind {
        STORY_PAGE("story page", "/stories/{id}"), STORY_API("story JSON", "/api/stories/{id}"),
        SEARCH_PAGE("search page", "/?q=…"), SEARCH_API("search JSON", "/api/stories?q=…");

        final String label;
        final String route;

        Kind(String label, String route) {
            this.label = label;
            this.route = route;
        }

        boolean story() {
            return this == STORY_PAGE || this == STORY_API;
        }
    }

    /** Latencies in microseconds per kind, and the errors seen. */
    static final class Result {
        final Map<Kind, List<Long>> micros = new EnumMap<>(Kind.class);
        final AtomicLong errors = new AtomicLong();
        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        double seconds;

        Result() {
            for (Kind k : Kind.values()) {
                micros.put(k, new ArrayList<>());
            }
        }

        long count() {
            return micros.values().stream().mapToLong(List::size).sum();
        }

        List<Long> of(boolean story) {
            List<Long> out = new ArrayList<>();
            micros.forEach((k, v) -> {
                if (k.story() == story) {
                    out.addAll(v);
                }
            });
            Collections.sort(out);
            return out;
        }
    }

    private final String base;
    private final List<String> storyIds;
    private final List<String> words;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoadReaders(String base, List<String> storyIds, List<String> words) {
        this.base = base;
        this.storyIds = storyIds;
        this.words = words;
    }

    /** Runs {@code threads} readers for {@code seconds}; returns what they measured. */
    Result run(int threads, double seconds, long seed) throws InterruptedException {
        Result total = new Result();
        List<Result> parts = new ArrayList<>();
        List<Thread> ts = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Result part = new Result();
            parts.add(part);
            SplittableRandom rnd = new SplittableRandom(seed + i);
            Thread t = new Thread(() -> loop(part, rnd, deadline, total), "serve-load-reader-" + i);
            t.setDaemon(true);
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        total.seconds = (System.nanoTime() - t0) / 1e9;
        for (Result p : parts) {
            p.micros.forEach((k, v) -> total.micros.get(k).addAll(v));
        }
        total.micros.values().forEach(Collections::sort);
        return total;
    }

    private void loop(Result part, SplittableRandom rnd, long deadline, Result shared) {
        Kind[] kinds = Kind.values();
        for (int n = 0; n < MAX_PER_THREAD && System.nanoTime() < deadline; n++) {
            Kind k = kinds[rnd.nextInt(kinds.length)];
            String path = switch (k) {
                case STORY_PAGE -> "/stories/" + storyIds.get(rnd.nextInt(storyIds.size()));
                case STORY_API -> "/api/stories/" + storyIds.get(rnd.nextInt(storyIds.size()));
                case SEARCH_PAGE -> "/?q=" + query(words, rnd);
                case SEARCH_API -> "/api/stories?q=" + query(words, rnd);
            };
            long s = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                long us = (System.nanoTime() - s) / 1000;
                if (r.statusCode() != 200) {
                    error(shared, path + " -> " + r.statusCode());
                } else {
                    part.micros.get(k).add(us);
                }
            } catch (java.io.IOException e) {
                error(shared, path + " -> " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void error(Result shared, String what) {
        shared.errors.incrementAndGet();
        if (shared.errorSamples.size() < 5) {
            shared.errorSamples.add(what);
        }
    }

    /** One or two random words, URL-encoded as a query value. */
    static String query(List<String> words, SplittableRandom rnd) {
        String q = words.get(rnd.nextInt(words.size()));
        if (rnd.nextBoolean()) {
            q += "%20" + words.get(rnd.nextInt(words.size()));
        }
        return q;
    }

    /** The report's rows: each route kind, then story and search routes together (exact percentiles). */
    static List<ServeLoadReport.Route> routes(Result r) {
        List<ServeLoadReport.Route> out = new ArrayList<>();
        for (Kind k : Kind.values()) {
            out.add(route(k.label + " `" + k.route + "`", r.micros.get(k), r.seconds));
        }
        out.add(route("**story (both)**", r.of(true), r.seconds));
        out.add(route("**search (both)**", r.of(false), r.seconds));
        return out;
    }

    private static ServeLoadReport.Route route(String label, List<Long> sorted, double seconds) {
        return new ServeLoadReport.Route(label, sorted.size(), seconds, percentile(sorted, 50), percentile(sorted, 99),
                percentile(sorted, 100));
    }

    /** The p-th percentile (0..100) of sorted values, in milliseconds. */
    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }
}
