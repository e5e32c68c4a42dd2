package org.newsfuse.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The trafilatura evaluation set as kept in {@code trafilatura/}: {@code html/<file>.gz} and
 * {@code evaldata.json} ({@code {url: {file, with: [...], without: [...]}}}). Metric: a "with"
 * segment found in the output is a true positive, missing a false negative; a "without" segment
 * found is a false positive (found = substring after collapsing every white-space run to one space,
 * on both sides); precision, recall and F1 over all segments.
 */
public final class TrafilaturaSet {
    /** Published F1 on these 990 documents (2026-08-04), by system. */
    public static final Map<String, Double> PUBLISHED_F1 = Map.of("trafilatura 2.2.0", 0.924, "justext", 0.862,
            "news-please", 0.836, "readability-lxml", 0.826, "boilerpy3 (boilerpipe)", 0.807, "newspaper4k", 0.801);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page: its URL, file, and the segments that must and must not be in the main text. */
    public record Page(String url, String file, List<String> with, List<String> without) {
    }

    private final Path root;
    private final List<Page> pages;

    private TrafilaturaSet(Path root, List<Page> pages) {
        this.root = root;
        this.pages = pages;
    }

    /** Reads the set in {@code root} (the {@code trafilatura} folder). */
    public static TrafilaturaSet open(Path root) throws IOException {
        JsonNode all = JSON.readTree(root.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.add(new Page(e.getKey(), e.getValue().path("file").asText(), strings(e.getValue().path("with")),
                    strings(e.getValue().path("without"))));
        }
        return new TrafilaturaSet(root, List.copyOf(pages));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    public List<Page> pages() {
        return pages;
    }

    /** The raw (gunzipped) HTML bytes of a page. */
    public byte[] html(Page p) {
        try {
            Path f = root.resolve("html").resolve(p.file() + ".gz");
            return SharedData.readMaybeGzipped(Files.exists(f) ? f : root.resolve("html").resolve(p.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores outputs (page URL → main text; a missing page counts as empty output). */
    public Prf score(Map<String, String> outputs) {
        long tp = 0;
        long fn = 0;
        long fp = 0;
        for (Page p : pages) {
            String out = collapse(outputs.getOrDefault(p.url(), ""));
            for (String w : p.with()) {
                if (out.contains(collapse(w))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String w : p.without()) {
                if (out.contains(collapse(w))) {
                    fp++;
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return Prf.of(precision, recall);
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
