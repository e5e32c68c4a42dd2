package org.newsfuse.eval.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsfuse.cli.Version;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.eval.BenchmarksFile;
import org.newsfuse.eval.EvalSubcommand;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.server.DeskServer;
import org.newsfuse.server.ServerOptions;
import org.newsfuse.store.Ingester;
import org.newsfuse.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfuse eval serve-load}: {@code newsfuse serve} (in this process, on 127.0.0.1 and a
 * free port) over a store of the synthetic stream, with N readers on the story and search routes
 * for a fixed time while the next articles of the stream are ingested through {@code POST
 * /api/articles}. Loopback only, bounded in time and count.
 */
@Command(name = "serve-load", mixinStandardHelpOptions = true,
        description = {"Load benchmark of newsfuse serve on loopback: readers on the story and search routes (pages and",
                "JSON) for a fixed time while an ingest runs through the API, against a store of the synthetic stream",
                "(made first when --db is missing, as 'eval ingest' makes it). Reports requests/s, p50/p99 per route,",
                "errors, and the ingest's time. Run with -Xmx2g."})
public final class ServeLoadCommand implements Callable<Integer>, EvalSubcommand {
    @Option(names = "--db", paramLabel = "FILE", description = "The store to serve (default: WORK/serve-ARTICLES.db, made when missing).")
    Path db;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Articles in the store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--ingest", paramLabel = "N", defaultValue = "1000", description = "Articles posted during the load (default: ${DEFAULT-VALUE}).")
    int ingest;

    @Option(names = "--post-batch", paramLabel = "N", defaultValue = "100", description = "Articles per POST (default: ${DEFAULT-VALUE}).")
    int postBatch;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "50", description = "Concurrent readers (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "Measured time (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10", description = "Unmeasured warm-up with the same readers, before the ingest (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--ingest-timeout", paramLabel = "S", defaultValue = "1200", description = "Longest wait for the ingest after the load (default: ${DEFAULT-VALUE}).")
    int ingestTimeout;

    @Option(names = "--seed", defaultValue = "14", description = "Stream seed, as eval ingest (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/eval-serve", description = "Where the stream and store go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--client", paramLabel = "java|wrk", defaultValue = "java",
            description = "The readers: java (threads of java.net.http in this JVM) or wrk (Debian's wrk, four processes, one per route) (default: ${DEFAULT-VALUE}).")
    String client;

    @Option(names = "--http-threads", paramLabel = "N", description = "The server's HTTP threads, as 'serve --http-threads' (default: serve's).")
    Integer httpThreads;

    @Option(names = "--report", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md",
            description = "Write the table into this Markdown file's serving section.")
    Path report;

    @Override
    public Object command() {
        return new ServeLoadCommand();
    }

    @Override
    public Integer call() throws Exception {
        if (!client.equals("java") && !client.equals("wrk")) {
            System.err.println("newsfuse: serve-load: --client must be java or wrk, not " + client);
            return 2;
        }
        Files.createDirectories(work);
        Path stream = work.resolve("synthetic-" + articles + "+" + ingest + ".jsonl");
        IngestBenchCommand.writeStream(seed, 27.4, articles + ingest, stream);
        List<RawDocument> all = new InputReader().readAndReport(List.of(stream.toString()), System.err).documents();
        Path store = db != null ? db : work.resolve("serve-" + articles + ".db");
        EngineOptions eo = EngineOptions.defaults();
        if (!Files.exists(store)) {
            System.err.println("newsfuse: serve-load: making " + store + " (" + articles + " articles; this takes a while)");
            try (SqliteStore s = SqliteStore.open(store, true)) {
                new Ingester(new Engine(eo), eo, s, Version.current(), 1000).ingest(all.subList(0, articles), e -> { },
                        (in, done, soFar) -> System.err.println("  " + done + "/" + articles));
            }
        }
        List<String> posts = bodies(stream, articles, ingest);
        String token = UUID.randomUUID().toString();
        String load0 = IngestBenchCommand.loadAverage();
        // the server ingests as 'newsfuse serve' does: the article stages on one thread
        EngineOptions served = new EngineOptions(eo.summaryWords(), 1, eo.clustering(), eo.limits());
        ServerOptions so = ServerOptions.of(0, token, Version.current());
        if (httpThreads != null) {
            so = so.withHttpThreads(httpThreads);
        }
        try (DeskServer server = DeskServer.start(store, so, served)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode health = json(http, base + "/api/health");
            int before = health.path("articles").asInt();
            int copies = health.path("copies").asInt();
            List<String> ids = new ArrayList<>();
            Set<String> words = new LinkedHashSet<>();
            String cursor = null;
            do {
                JsonNode page = json(http, base + "/api/stories?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
                for (JsonNode s : page.path("stories")) {
                    ids.add(s.path("id").asText());
                    for (String w : s.path("headline").asText().split("[^\\p{L}]+")) {
                        if (w.length() >= 5 && words.size() < 2000) {
                            words.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                }
                cursor = page.path("next").isNull() ? null : page.path("next").asText();
            } while (cursor != null && ids.size() < 20000);
            System.err.printf(Locale.ROOT, "newsfuse: serve-load: %s holds %d articles, %d stories; %d search words%n", store,
                    before, ids.size(), words.size());
            LoadReaders load = new LoadReaders(base, ids, new ArrayList<>(words));
            WrkReaders wrk = new WrkReaders(base, ids, new ArrayList<>(words), work);
            if (client.equals("wrk")) {
                wrk.run(readers, warmup, seed + 1000);
            } else {
                load.run(readers, warmup, seed + 1000);
            }
            LoadIngest writer = new LoadIngest(base, token, posts);
            Thread ingestThread = new Thread(writer, "serve-load-ingest");
            ingestThread.start();
            JvmWatch gc = new JvmWatch();
            ServeLoadReport.Reads r;
            try (gc) {
                r = client.equals("wrk") ? ServeLoadReport.ofWrk(wrk.run(readers, seconds, seed), seconds)
                        : ServeLoadReport.ofJava(load.run(readers, seconds, seed));
            }
            int postsDuringLoad = writer.done();
            int storedDuringLoad = json(http, base + "/api/health").path("articles").asInt() - before;
            ingestThread.join(ingestTimeout * 1000L);
            writer.stop();
            ingestThread.join(60_000);
            int after = json(http, base + "/api/health").path("articles").asInt();
            String load1 = IngestBenchCommand.loadAverage();
            String md = ServeLoadReport.markdown(r, writer, postsDuringLoad, before, copies, after, ids.size(), readers, seconds,
                    articles, ingest, postBatch, load0, load1, LocalDate.now().toString())
                    + String.format(Locale.ROOT, "%nArticles stored by the end of the load: %d (the store's count, copies apart); "
                            + "HTTP threads: %d.%n%n%s%n", storedDuringLoad, so.httpThreads(), gc.line());
            System.out.print(md);
            if (report != null) {
                BenchmarksFile.replaceSection(report, "Serving under load (issue 15)", md);
                System.err.println("newsfuse: wrote " + report);
            }
            return r.errors() == 0 && writer.errors() == 0 ? 0 : 1;
        }
    }

    /** The articles after the first {@code from} lines of the stream, as POST bodies of {@code postBatch}. */
    private List<String> bodies(Path stream, int from, int n) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<String> lines = Files.readAllLines(stream).subList(from, from + n);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += postBatch) {
            var arr = m.createArrayNode();
            for (String l : lines.subList(i, Math.min(lines.size(), i + postBatch))) {
                var o = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(l);
                o.retain("text", "title", "url", "outlet", "published", "byline");
                arr.add(o);
            }
            out.add(arr.toString());
        }
        return out;
    }

    private static JsonNode json(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " -> " + r.statusCode() + " " + r.body());
        }
        return new ObjectMapper().readTree(r.body());
    }
}
