package org.newsfuse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsfuse.clean.CleanStage;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse extract INPUT...}: clean text and metadata, one JSON line per document. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print each document's clean text and metadata as one JSON line on stdout.",
                "Each line holds input, url, title, published (YYYY-MM-DD or null), authors, outlet, language and text.",
                "It reads what `run` reads: text, HTML, JSON Lines, WARC/ARC, RSS/Atom, folders, and - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:At least one document was extracted.", "2:None was, or --strict and an input was bad, "
                + "or the options are wrong."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--strict", description = "Exit with 2 when any input is bad (the others are still extracted).")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
    Integer threads;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        org.newsfuse.pipeline.Limits limits;
        try {
            limits = limitOptions.limits();
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: extract: " + e.getMessage());
            return 2;
        }
        boolean quiet = limitOptions.quiet;
        InputReader.Batch batch = new InputReader(System.in, limits).readAndReport(inputs, System.err, !quiet);
        int bad = batch.errors();
        Pipeline clean = new Pipeline(List.of(new CleanStage()), List.of(), limits.docTimeout());
        List<RawDocument> docs = batch.documents();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "newsfuse-extract");
            t.setDaemon(true);
            return t;
        });
        int ok = 0;
        PrintStream out = System.out;
        try (Progress progress = Progress.start("extract", docs.size(), 50, quiet)) {
            List<Future<Object[]>> futures = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Article a = Article.of("d" + (i + 1), docs.get(i));
                futures.add(pool.submit(() -> {
                    List<DocumentError> errs = new ArrayList<>();
                    Article done = clean.processArticle(a, errs::add);
                    return new Object[] {done, errs};
                }));
            }
            for (Future<Object[]> f : futures) {
                Object[] r = f.get();
                @SuppressWarnings("unchecked")
                List<DocumentError> errs = (List<DocumentError>) r[1];
                for (DocumentError e : errs) {
                    RunCommand.report(e, quiet, System.err);
                    bad++;
                }
                if (r[0] != null) {
                    out.println(line((Article) r[0]));
                    ok++;
                }
                progress.step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        if (ok == 0) {
            System.err.println("newsfuse: nothing could be extracted");
            return 2;
        }
        return strict && bad > 0 ? 2 : 0;
    }

    static String line(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("input", a.input());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        ArrayNode authors = o.putArray("authors");
        for (String name : authors(a.byline())) {
            authors.add(name);
        }
        o.put("outlet", a.outlet());
        o.put("language", a.language());
        o.put("text", a.text());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names in a byline: "Jo Smith and Li Wei" gives two authors. */
    static List<String> authors(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        for (String part : byline.split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
