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
 * The Fundus benchmark as kept in {@code fundus/}: {@code html/<Publisher>_<n>.html.gz},
 * {@code ground_truth.json} ({@code {file: {body: [paragraphs]}}}, optional paragraphs in square
 * brackets), {@code extractions/<tool>.json} (the same shape) and the published
 * {@code rouge_lsum_scraper_summary.tsv}. Scores are ROUGE-LSum precision, recall and F1 averaged over
 * pages ({@link RougeLsumScorer}).
 */
public final class FundusSet {
    /** Published mean ROUGE-LSum F1 (×100) by extraction file stem, from the summary TSV. */
    public static final Map<String, Double> PUBLISHED_F1 = Map.of("fundus", 97.69, "trafilatura", 93.62,
            "newsplease", 93.39, "justext", 86.96, "boilerpipe", 79.90);

    /** Display names of the extraction files. */
    public static final Map<String, String> DISPLAY = Map.of("fundus", "Fundus", "trafilatura", "trafilatura",
            "newsplease", "news-please", "justext", "jusText", "boilerpipe", "boilerpipe", "boilernet", "BoilerNet",
            "bte", "BTE");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page: its file name, URL and reference paragraphs. */
    public record Page(String file, String url, List<String> body) {
    }

    /** One row of the published summary TSV (means ×100). */
    public record Published(String scraper, double precision, double recall, double f1) {
    }

    private final Path root;
    private final List<Page> pages;

    private FundusSet(Path root, List<Page> pages) {
        this.root = root;
        this.pages = pages;
    }

    /** Reads the ground truth in {@code root} (the {@code fundus} folder), pages sorted by file name. */
    public static FundusSet open(Path root) throws IOException {
        Map<String, List<String>> bodies = readBodies(root.resolve("ground_truth.json"));
        Map<String, String> urls = new TreeMap<>();
        Path fundus = root.resolve("extractions").resolve("fundus.json");
        if (Files.exists(fundus)) {
            JsonNode n = JSON.readTree(fundus.toFile());
            n.fields().forEachRemaining(e -> urls.put(e.getKey(), e.getValue().path("url").asText(null)));
        }
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : bodies.entrySet()) {
            pages.add(new Page(e.getKey(), urls.get(e.getKey()), e.getValue()));
        }
        return new FundusSet(root, List.copyOf(pages));
    }

    /** The set's folder. */
    public Path root() {
        return root;
    }

    /** The pages, sorted by file name. */
    public List<Page> pages() {
        return pages;
    }

    /** The raw (gunzipped) HTML bytes of a page. */
    public byte[] html(String file) {
        try {
            return SharedData.readMaybeGzipped(root.resolve("html").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stems of the extraction files, sorted. */
    public List<String> toolNames() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("extractions"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    /** A tool's extracted paragraphs per page file. */
    public Map<String, List<String>> extraction(String tool) throws IOException {
        return readBodies(root.resolve("extractions").resolve(tool + ".json"));
    }

    /** The rows of {@code rouge_lsum_scraper_summary.tsv}. */
    public List<Published> published() throws IOException {
        List<Published> out = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("rouge_lsum_scraper_summary.tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 7 || f[0].isBlank()) {
                continue;
            }
            try {
                out.add(new Published(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[5])));
            } catch (NumberFormatException headerRow) {
                // the two header lines
            }
        }
        return out;
    }

    /** Mean ROUGE-LSum over the pages (a page missing from {@code extracted} counts as empty). */
    public Prf score(Map<String, List<String>> extracted, RougeLsumScorer scorer) {
        double p = 0;
        double r = 0;
        double f = 0;
        for (Page page : pages) {
            Prf s = scorer.score(page.body(), extracted.getOrDefault(page.file(), List.of()));
            p += s.precision();
            r += s.recall();
            f += s.f1();
        }
        int n = pages.size();
        return new Prf(p / n, r / n, f / n);
    }

    private static Map<String, List<String>> readBodies(Path json) throws IOException {
        JsonNode root = JSON.readTree(json.toFile());
        Map<String, List<String>> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> body = new ArrayList<>();
            for (JsonNode p : e.getValue().path("body")) {
                body.add(p.asText());
            }
            out.put(e.getKey(), body);
        }
        return new LinkedHashMap<>(out);
    }
}
