package org.newsfuse.eval.summarize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.eval.duc.DucCluster;
import org.newsfuse.eval.duc.DucDocument;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Pipeline;

/**
 * A DUC cluster read as newsfuse reads any articles: each source file, raw and hard-wrapped as it
 * lies on disk, goes through the product's article stages (clean, paragraph dedup, NLP). Nothing of
 * the references is read here.
 */
public final class DucStories {
    private DucStories() {
    }

    /**
     * One cluster's articles, ready for the summarizer.
     *
     * @param cluster    the cluster
     * @param articles   its documents as articles ({@code a1} for D1, ...), in document order
     * @param errors     documents the article stages rejected
     * @param nlpMillis  time spent in the article stages
     */
    public record Story(DucCluster cluster, List<Article> articles, List<DocumentError> errors, double nlpMillis) {
    }

    /** Runs the article stages of the standard pipeline over a cluster's documents. */
    public static Story read(DucCluster cluster) {
        Pipeline pipeline = Engine.standardPipeline(EngineOptions.defaults());
        long t0 = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        int k = 0;
        for (DucDocument d : cluster.documents()) {
            k++;
            Path file = cluster.dir().resolve("docs").resolve(d.id() + ".txt");
            String raw;
            try {
                raw = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Article a = Article.of("a" + k, new RawDocument(cluster.id() + "/" + d.id() + ".txt", SourceFormat.TEXT,
                    raw, Map.of()));
            Article done = pipeline.processArticle(a, errors::add);
            if (done != null) {
                articles.add(done);
            }
        }
        return new Story(cluster, articles, errors, (System.nanoTime() - t0) / 1e6);
    }
}
