package org.newsfuse.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Zyte/scrapinghub article-extraction benchmark as kept in {@code scrapinghub/}:
 * {@code html/<id>.html.gz}, {@code ground-truth.json} ({@code {id: {articleBody, url}}}) and
 * {@code peers/<extractor>.json} (the same shape, sometimes wrapped as {@code {output: …, version}}).
 */
public final class ScrapinghubSet {
    /** Published F1 of each peer output file (by file stem), as the benchmark reports them. */
    public static final Map<String, Double> PUBLISHED_F1 = published();

    /** Display names of the peer output files. */
    public static final Map<String, String> DISPLAY = Map.of("AutoExtract", "AutoExtract", "trafilatura",
            "trafilatura", "readability_js", "readability.js", "newspaper", "newspaper4k", "news_please",
            "news-please", "readability", "readability-lxml", "goose3", "goose3", "boilerpipe", "boilerpipe",
            "justext", "justext", "html-text", "html-text");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page: its id, URL and expected article body. */
    public record Page(String id, String url, String expected) {
    }

    private final Path root;
    private final List<Page> pages;

    private ScrapinghubSet(Path root, List<Page> pages) {
        this.root = root;
        this.pages = pages;
    }

    /** Reads the ground truth of the set in {@code root} (the {@code scrapinghub} folder). */
    public static ScrapinghubSet open(Path root) throws IOException {
        JsonNode gt = JSON.readTree(root.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText("")));
        }
        return new ScrapinghubSet(root, List.copyOf(pages));
    }

    /** The set's folder. */
    public Path root() {
        return root;
    }

    /** The pages, in ground-truth order. */
    public List<Page> pages() {
        return pages;
    }

    /** The raw (gunzipped) HTML bytes of a page. */
    public byte[] html(String id) {
        try {
            return SharedData.readMaybeGzipped(root.resolve("html").resolve(id + ".html.gz"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stems of the peer output files, sorted. */
    public List<String> peerNames() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("peers"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    /** A peer's extracted text per page id (a page it did not extract is absent). */
    public Map<String, String> peer(String name) throws IOException {
        JsonNode node = JSON.readTree(root.resolve("peers").resolve(name + ".json").toFile());
        if (node.has("output") && node.path("output").isObject()) {
            node = node.get("output");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().path("articleBody");
            out.put(e.getKey(), body.isTextual() ? body.asText() : "");
        }
        return out;
    }

    /** Scores extracted texts (by page id; a missing page counts as empty) with the benchmark's metric. */
    public Prf score(Map<String, String> extracted) {
        List<ShingleScorer.PageCounts> counts = new ArrayList<>();
        for (Page p : pages) {
            counts.add(ShingleScorer.page(p.expected(), extracted.getOrDefault(p.id(), "")));
        }
        return ShingleScorer.aggregate(counts);
    }

    private static Map<String, Double> published() {
        Map<String, Double> m = new TreeMap<>();
        m.put("AutoExtract", 0.970);
        m.put("trafilatura", 0.958);
        m.put("readability_js", 0.947);
        m.put("newspaper", 0.949);
        m.put("news_please", 0.948);
        m.put("readability", 0.922);
        m.put("goose3", 0.896);
        m.put("boilerpipe", 0.860);
        m.put("justext", 0.804);
        m.put("html-text", 0.665);
        return Map.copyOf(m);
    }
}
