package org.newsfuse.eval.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown section {@code eval serve-load} prints and writes into docs/benchmarks.md. */
final class ServeLoadReport {
    private ServeLoadReport() {
    }

    /** One row of the table: a route (or routes together), its requests and latencies in ms. */
    record Route(String label, long requests, double seconds, double p50, double p99, double max) {
    }

    /** What the readers measured, whichever client made the requests. */
    record Reads(List<Route> rows, Route story, Route search, long errors, List<String> errorSamples, double seconds,
            String client) {
    }

    /** Rows of wrk's four processes, with story and search rows whose p99 is the larger of their two routes'. */
    static Reads ofWrk(List<WrkReaders.Route> routes, double seconds) {
        List<Route> rows = new ArrayList<>();
        long errors = 0;
        List<String> samples = new ArrayList<>();
        Route[] both = new Route[2];
        for (WrkReaders.Route r : routes) {
            rows.add(new Route(r.kind().label + " `" + r.kind().route + "`", r.requests(), r.seconds(), r.p50(), r.p99(), r.max()));
            errors += r.errors();
            if (r.errors() > 0) {
                samples.add(r.errors() + " on " + r.kind().route);
            }
            int i = r.kind().story() ? 0 : 1;
            Route b = both[i];
            both[i] = b == null ? new Route(i == 0 ? "**story (both)**" : "**search (both)**", r.requests(), r.seconds(), Double.NaN,
                    r.p99(), r.max()) : new Route(b.label(), b.requests() + r.requests(), Math.max(b.seconds(), r.seconds()),
                    Double.NaN, Math.max(b.p99(), r.p99()), Math.max(b.max(), r.max()));
        }
        rows.add(both[0]);
        rows.add(both[1]);
        return new Reads(rows, both[0], both[1], errors, samples, seconds, "wrk");
    }

    static Reads ofJava(LoadReaders.Result r) {
        List<Route> rows = LoadReaders.routes(r);
        return new Reads(rows, rows.get(rows.size() - 2), rows.get(rows.size() - 1), r.errors.get(), r.errorSamples, r.seconds,
                "java");
    }

    static String markdown(Reads r, LoadIngest w, int postsDuringLoad, int before, int copies, int after, int stories,
            int readers, double seconds, int articles, int ingest, int postBatch, String load0, String load1, String date) {
        boolean wrk = r.client().equals("wrk");
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Measured %s with `NEWSFUSE_JAVA_OPTS=-Xmx2g ./newsfuse eval serve-load --articles %d "
                + "--ingest %d --readers %d --seconds %.0f --client %s` (%s, on 127.0.0.1) on the "
                + "development machine (2 cores, 24 GiB, Debian, OpenJDK 17), load average %s at the start, %s at the end "
                + "(above 2, other work shared the two cores and inflated the latencies).%n%n", date, articles, ingest, readers, seconds,
                r.client(), wrk ? "the server in the benchmark's JVM, the readers four `wrk` processes, one per route, each with a "
                        + "quarter of the connections" : "server and load generator in one JVM", load0, load1));
        long total = r.rows().stream().filter(x -> !x.label().startsWith("**")).mapToLong(Route::requests).sum();
        sb.append(String.format(Locale.ROOT, "Store: %,d articles (and %,d inputs stored as their copies) in %,d stories before, %,d articles after. %d readers for %.1f s, "
                + "%s (a random stored story; one or two random headline words), while %d articles were posted in POSTs of %d.%n%n",
                before, copies, stories, after, readers, r.seconds(), wrk ? "each connection on one route" : "each request one of the four "
                        + "routes below at random", ingest, postBatch));
        sb.append("| route | requests | requests/s | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (Route x : r.rows()) {
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %s | %.1f | %.1f |%n", x.label(), x.requests(),
                    x.requests() / x.seconds(), Double.isNaN(x.p50()) ? "" : String.format(Locale.ROOT, "%.1f", x.p50()), x.p99(), x.max()));
        }
        sb.append(String.format(Locale.ROOT, "| **all** | %,d | %.0f | | | |%n%n", total, total / r.seconds()));
        if (wrk) {
            sb.append("The rows of both story and both search routes give the larger of their two routes' p99 (wrk reports "
                    + "percentiles per process, not the requests).\n\n");
        }
        List<Double> posts = w.postSeconds();
        sb.append(String.format(Locale.ROOT, "Errors: %d reads, %d ingest%s. Ingest: %d of %d POSTs answered during the %.0f s "
                + "of load; all %d (%d articles) in %.0f s, %.1f articles/s; a POST of %d took %s s.%n%n", r.errors(),
                w.errors(), r.errorSamples().isEmpty() && w.problems().isEmpty() ? "" : " (" + String.join("; ",
                        r.errorSamples()) + String.join("; ", w.problems()) + ")", postsDuringLoad, w.posts(), seconds,
                w.done(), w.articles(), w.totalSeconds(), w.articles() / Math.max(0.001, w.totalSeconds()), postBatch,
                posts.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f–%.0f", posts.stream().mapToDouble(d -> d).min().orElse(0),
                        posts.stream().mapToDouble(d -> d).max().orElse(0))));
        double p99story = r.story().p99();
        double p99search = r.search().p99();
        sb.append(String.format(Locale.ROOT, "Targets: p99 of a story < 50 ms: **%s** (%.1f ms); p99 of a search < 100 ms: **%s** "
                + "(%.1f ms); errors 0: **%s**.%n", p99story < 50 ? "met" : "not met", p99story,
                p99search < 100 ? "met" : "not met", p99search, r.errors() == 0 && w.errors() == 0 ? "met" : "not met"));
        return sb.toString();
    }
}
