package org.newsfuse.spark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.engine.Engine;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.pipeline.Pipeline;
import org.newsfuse.spark.JobOptions;
import org.newsfuse.spark.NewsfuseJob;

/** Which story each input lands in: by a single run's engine, or by the Spark job. */
final class Membership {
    private Membership() {
    }

    /**
     * A single run's stories, as {@code newsfuse run} groups them: the same reader, the options'
     * article stages on every document (ids in input order), copies merged and the articles
     * clustered by the engine's {@link ArticleClusterer}. Input → story number.
     */
    static Map<String, Integer> batch(List<String> inputs, JobOptions o) {
        List<RawDocument> docs = new InputReader().read(inputs, e -> { });
        Pipeline p = o.pipeline();
        Article[] done = new Article[docs.size()];
        IntStream.range(0, docs.size()).parallel()
                .forEach(i -> done[i] = p.processArticle(Article.of("a" + (i + 1), docs.get(i)), e -> { }));
        List<Article> articles = new ArrayList<>();
        for (Article a : done) {
            if (a != null) {
                articles.add(a);
            }
        }
        ArticleClusterer.Grouping g = Engine.articleClusterer(o.engineOptions().clustering()).group(articles);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int s = 0; s < g.stories().size(); s++) {
            for (Article a : g.stories().get(s)) {
                for (String in : a.inputs()) {
                    out.put(in, s);
                }
            }
        }
        return out;
    }

    /** The Spark job's stories: input → story number, read back from its articles.jsonl. */
    static Map<String, Integer> spark(SparkSession spark, JobOptions o, PrintStream log, NewsfuseJob.Outcome[] outcome)
            throws IOException {
        outcome[0] = NewsfuseJob.run(spark, o, log);
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(o.output(), "articles.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode a = json.readTree(line);
            int story = Integer.parseInt(a.get("story").asText().substring(1)) - 1;
            for (JsonNode in : a.get("inputs")) {
                out.put(in.asText(), story);
            }
        }
        return out;
    }
}
