package org.newsfuse.eval.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.engine.Engine;
import org.newsfuse.model.Article;

/**
 * What the clusterer sees of a corpus, kept on disk: the documents after the article stages,
 * copies merged and names found (the slow part of {@code eval clustering}), each with the inputs it
 * stands for. Clustering them again gives the product path's prediction for any clusterer setting
 * in seconds ({@code eval clustering --cache DIR}: a development loop, not a benchmark).
 *
 * @param name   the corpus name
 * @param docs   the clusterer's documents, copies merged
 * @param inputs for each document, the inputs it stands for (its own and its copies')
 * @param gold   gold cluster per input
 * @param group  source group per input
 */
record ClusteringCache(String name, List<ClusterDocument> docs, List<List<String>> inputs, Map<String, String> gold,
        Map<String, String> group) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies merged and names found exactly as {@link ClusteringEval#predict} does. */
    static ClusteringCache of(ArticleCorpus c) {
        ArticleClusterer ac = new ArticleClusterer(new StoryClusterer(StoryClusterer.Options.defaults()),
                new DocumentDedup(DocumentDedup.Method.MINHASH, DocumentDedup.THRESHOLD), Engine::names);
        List<ClusterDocument> docs = new ArrayList<>();
        List<List<String>> inputs = new ArrayList<>();
        for (Article a : ac.mergeDuplicates(c.articles())) {
            docs.add(ac.document(a));
            inputs.add(List.copyOf(a.inputs()));
        }
        return new ClusteringCache(c.name(), docs, inputs, c.gold(), c.group());
    }

    /** The product path's prediction for these settings. */
    ClusteringEval.Prediction predict(StoryClusterer.Options o) {
        long t0 = System.nanoTime();
        StoryClusterer.Result r = new StoryClusterer(o).cluster(docs);
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> story = new HashMap<>();
        Map<String, Integer> topic = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String in : inputs.get(i)) {
                story.put(in, r.event()[i]);
                topic.put(in, r.topic()[i]);
            }
        }
        return new ClusteringEval.Prediction(story, topic, secs);
    }

    /** The corpus shape {@link ClusteringEval#score} and {@link ClusteringEval#purity} read (no articles). */
    ArticleCorpus labels() {
        return new ArticleCorpus(name, List.of(), gold, group, 0);
    }

    static Path file(Path dir, String corpus) {
        return dir.resolve(corpus.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".jsonl");
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ObjectNode head = JSON.createObjectNode();
            head.put("name", name);
            head.set("gold", JSON.valueToTree(gold));
            head.set("group", JSON.valueToTree(group));
            w.write(JSON.writeValueAsString(head));
            w.newLine();
            for (int i = 0; i < docs.size(); i++) {
                ClusterDocument d = docs.get(i);
                ObjectNode o = JSON.createObjectNode();
                o.put("title", d.title());
                o.put("text", d.text());
                o.put("date", d.date() == null ? null : d.date().toString());
                o.put("source", d.source());
                ArrayNode names = o.putArray("names");
                d.names().forEach(names::add);
                ArrayNode in = o.putArray("inputs");
                inputs.get(i).forEach(in::add);
                w.write(JSON.writeValueAsString(o));
                w.newLine();
            }
        }
    }

    static ClusteringCache read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode head = JSON.readTree(r.readLine());
            Map<String, String> gold = new HashMap<>();
            head.get("gold").fields().forEachRemaining(e -> gold.put(e.getKey(), e.getValue().asText()));
            Map<String, String> group = new HashMap<>();
            head.get("group").fields().forEachRemaining(e -> group.put(e.getKey(), e.getValue().asText()));
            List<ClusterDocument> docs = new ArrayList<>();
            List<List<String>> inputs = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode o = JSON.readTree(line);
                List<String> names = new ArrayList<>();
                o.get("names").forEach(n -> names.add(n.asText()));
                List<String> in = new ArrayList<>();
                o.get("inputs").forEach(n -> in.add(n.asText()));
                docs.add(new ClusterDocument(text(o, "title"), text(o, "text"),
                        o.get("date").isNull() ? null : LocalDate.parse(o.get("date").asText()), names, text(o, "source")));
                inputs.add(in);
            }
            return new ClusteringCache(head.get("name").asText(), docs, inputs, gold, group);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
