package org.newsfuse.eval.clustering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.Decoding;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.Pipeline;

/**
 * A labelled corpus as {@code newsfuse run} sees it: raw documents (text or HTML, read from
 * ../shared at run time) put through the product's article stages (clean, repeated paragraphs,
 * sentences, tokens, POS), each with its gold cluster and its source group (for the distractor
 * run: which collection a document came from).
 *
 * @param name     data set name for reports
 * @param articles the processed articles (documents a stage rejected are left out)
 * @param gold     gold cluster per input name
 * @param group    source group per input name ("duc", "scrapinghub", "seeds", ...)
 * @param failed   documents the article stages rejected
 */
public record ArticleCorpus(String name, List<Article> articles, Map<String, String> gold, Map<String, String> group,
        int failed) {

    /** A raw document with its gold cluster and source group. */
    record Labelled(RawDocument doc, String gold, String group) {
    }

    /** Runs the article stages of the standard pipeline on every document (two threads). */
    static ArticleCorpus process(String name, List<Labelled> docs) {
        Pipeline p = Engine.standardPipeline(EngineOptions.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "eval-articles");
            t.setDaemon(true);
            return t;
        });
        List<Article> out = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        Map<String, String> group = new HashMap<>();
        int failed = 0;
        try {
            List<Future<Article>> fs = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Article a = Article.of("a" + (i + 1), docs.get(i).doc());
                fs.add(pool.submit(() -> p.processArticle(a, e -> { })));
            }
            for (int i = 0; i < docs.size(); i++) {
                Article a = fs.get(i).get();
                Labelled l = docs.get(i);
                if (a == null) {
                    failed++;
                    continue;
                }
                out.add(a);
                gold.put(l.doc().input(), l.gold());
                group.put(l.doc().input(), l.group());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new ArticleCorpus(name, out, gold, group, failed);
    }

    /** ECB+ topics 1..maxTopic as plain text documents without title or date. */
    static List<Labelled> ecbPlus(LabeledCorpus c) {
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            ClusterDocument d = c.documents().get(i);
            out.add(new Labelled(new RawDocument(c.names().get(i), SourceFormat.TEXT, d.text(), Map.of()),
                    c.gold().get(i), "ecb"));
        }
        return out;
    }

    /** A WikiRef set: the first line is given as the title. */
    static List<Labelled> wikiRef(LabeledCorpus c) {
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            ClusterDocument d = c.documents().get(i);
            Map<String, String> given = d.title() == null ? Map.of() : Map.of("title", d.title());
            out.add(new Labelled(new RawDocument(c.name() + "/" + c.names().get(i), SourceFormat.TEXT, d.text(), given),
                    c.gold().get(i), "wikiref"));
        }
        return out;
    }

    /** The DUC 2004 clusters mixed into one input: every {@code dNNNNN/docs/D*.txt}; gold = the cluster. */
    static List<Labelled> ducMix(Path duc) throws IOException {
        List<Labelled> out = new ArrayList<>();
        List<Path> clusters;
        try (Stream<Path> s = Files.list(duc)) {
            clusters = s.filter(p -> Files.isDirectory(p.resolve("docs"))).sorted().toList();
        }
        for (Path c : clusters) {
            List<Path> files;
            try (Stream<Path> s = Files.list(c.resolve("docs"))) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String id = c.getFileName() + "/" + f.getFileName();
                out.add(new Labelled(new RawDocument(id, SourceFormat.TEXT, read(f), Map.of()), c.getFileName().toString(),
                        "duc"));
            }
        }
        return out;
    }

    /** Every scrapinghub page (HTML, gzip) — each its own gold cluster — and the seeds (one cluster). */
    static List<Labelled> distractors(Path scrapinghub, Path seeds) throws IOException {
        List<Labelled> out = new ArrayList<>();
        if (Files.isDirectory(scrapinghub.resolve("html"))) {
            List<Path> pages;
            try (Stream<Path> s = Files.list(scrapinghub.resolve("html"))) {
                pages = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
            }
            for (Path p : pages) {
                String id = "scrapinghub/" + p.getFileName().toString().replaceFirst("\\.gz$", "");
                String html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    in.transferTo(buf);
                    html = Decoding.decode(buf.toByteArray()).text();
                } catch (Decoding.NotTextException e) {
                    continue;
                }
                out.add(new Labelled(new RawDocument(id, SourceFormat.HTML, html, Map.of()), id, "scrapinghub"));
            }
        }
        if (Files.isDirectory(seeds)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(seeds)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                out.add(new Labelled(new RawDocument("seeds/" + f.getFileName(), SourceFormat.TEXT, read(f), Map.of()),
                        "seeds", "seeds"));
            }
        }
        return out;
    }

    private static String read(Path f) throws IOException {
        try {
            return Decoding.decode(Files.readAllBytes(f)).text();
        } catch (Decoding.NotTextException e) {
            throw new IOException(f + ": not text", e);
        }
    }

    public int size() {
        return gold.size();
    }
}
