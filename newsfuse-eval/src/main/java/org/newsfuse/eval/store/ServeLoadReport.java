package org.newsfuse.eval.store;

import java.util.List;
import java.util.Locale;

/** The Markdown section {@code eval serve-load} prints and writes into docs/benchmarks.md. */
final class ServeLoadReport {
    private ServeLoadReport() {
    }

    static String markdown(LoadReaders.Result r, LoadIngest w, int postsDuringLoad, int before, int copies, int after, int stories,
            int readers, double seconds, int articles, int ingest, int postBatch, String load0, String load1, String date) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Measured %s with `NEWSFUSE_JAVA_OPTS=-Xmx2g ./newsfuse eval serve-load --articles %d "
                + "--ingest %d --readers %d --seconds %.0f` (server and load generator in one JVM, on 127.0.0.1) on the "
                + "development machine (2 cores, 24 GiB, Debian, OpenJDK 17), load average %s at the start, %s at the end "
                + "(above 2, other work shared the two cores and inflated the latencies).%n%n", date, articles, ingest, readers, seconds, load0, load1));
        sb.append(String.format(Locale.ROOT, "Store: %,d articles (and %,d inputs stored as their copies) in %,d stories before, %,d articles after. %d readers for %.1f s, each "
                + "request one of the four routes below at random (a random stored story; one or two random headline words), "
                + "while %d articles were posted in POSTs of %d.%n%n", before, copies, stories, after, readers, r.seconds, ingest, postBatch));
        sb.append("| route | requests | requests/s | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        for (LoadReaders.Kind k : LoadReaders.Kind.values()) {
            row(sb, k.label + " `" + k.route + "`", r.micros.get(k), r.seconds);
        }
        row(sb, "**story (both)**", r.of(true), r.seconds);
        row(sb, "**search (both)**", r.of(false), r.seconds);
        sb.append(String.format(Locale.ROOT, "| **all** | %,d | %.0f | | | |%n%n", r.count(), r.count() / r.seconds));
        List<Double> posts = w.postSeconds();
        sb.append(String.format(Locale.ROOT, "Errors: %d reads, %d ingest%s. Ingest: %d of %d POSTs answered during the %.0f s "
                + "of load; all %d (%d articles) in %.0f s, %.1f articles/s; a POST of %d took %s s.%n%n", r.errors.get(),
                w.errors(), r.errorSamples.isEmpty() && w.problems().isEmpty() ? "" : " (" + String.join("; ",
                        r.errorSamples) + String.join("; ", w.problems()) + ")", postsDuringLoad, w.posts(), seconds,
                w.done(), w.articles(), w.totalSeconds(), w.articles() / Math.max(0.001, w.totalSeconds()), postBatch,
                posts.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f–%.0f", posts.stream().mapToDouble(d -> d).min().orElse(0),
                        posts.stream().mapToDouble(d -> d).max().orElse(0))));
        double p99story = LoadReaders.percentile(r.of(true), 99);
        double p99search = LoadReaders.percentile(r.of(false), 99);
        sb.append(String.format(Locale.ROOT, "Targets: p99 of a story < 50 ms: **%s** (%.1f ms); p99 of a search < 100 ms: **%s** "
                + "(%.1f ms); errors 0: **%s**.%n", p99story < 50 ? "met" : "not met", p99story,
                p99search < 100 ? "met" : "not met", p99search, r.errors.get() == 0 && w.errors() == 0 ? "met" : "not met"));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, List<Long> sorted, double seconds) {
        sb.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %.1f | %.1f | %.1f |%n", name, sorted.size(),
                sorted.size() / seconds, LoadReaders.percentile(sorted, 50), LoadReaders.percentile(sorted, 99),
                LoadReaders.percentile(sorted, 100)));
    }
}
