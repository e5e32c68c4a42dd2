package org.newsfuse.eval.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfuse.clean.html.CharsetSniffer;

/**
 * Scores main-text extractors on both benchmarks in {@code shared/eval/extraction}: newsfuse's
 * extractor and the peers run live (readability4j, boilerpipe), timed single-threaded per page after a
 * warm-up pass, and the published peer outputs, scored by the same scorers. {@link #run(Path)} returns
 * the table; {@link #main} prints it as Markdown.
 */
public final class ExtractionEval {

    /** One row: a system on a set. {@code msPerPage} is null for published outputs. */
    public record Row(String set, String system, String source, Prf score, Double msPerPage, Double publishedF1) {
    }

    /** Pages decoded once, shared by every live extractor. */
    private record Input(String id, String url, String html) {
    }

    private final List<Extractor> live;

    /** The evaluation of newsfuse, readability4j and boilerpipe. */
    public ExtractionEval() {
        this(List.of(LivePeers.newsfuse(), LivePeers.readability4j(), LivePeers.boilerpipe()));
    }

    /** An evaluation of the given live extractors. */
    public ExtractionEval(List<Extractor> live) {
        this.live = List.copyOf(live);
    }

    /** Scores every system on both sets in {@code data} (the {@code eval/extraction} folder). */
    public List<Row> run(Path data) throws IOException {
        List<Row> rows = new ArrayList<>();
        rows.addAll(scrapinghub(ScrapinghubSet.open(data.resolve("scrapinghub"))));
        rows.addAll(fundus(FundusSet.open(data.resolve("fundus"))));
        if (java.nio.file.Files.isDirectory(data.resolve("trafilatura"))) {
            rows.addAll(trafilatura(TrafilaturaSet.open(data.resolve("trafilatura"))));
        }
        return rows;
    }

    /** The scrapinghub rows: live systems, then published outputs. */
    public List<Row> scrapinghub(ScrapinghubSet set) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (ScrapinghubSet.Page p : set.pages()) {
            inputs.add(new Input(p.id(), p.url(), CharsetSniffer.decode(set.html(p.id()), null)));
        }
        List<Row> rows = new ArrayList<>();
        List<Timed> timed = runTimed(live, inputs);
        for (int k = 0; k < live.size(); k++) {
            Timed t = timed.get(k);
            Map<String, String> texts = new LinkedHashMap<>();
            t.outputs.forEach((id, ps) -> texts.put(id, String.join("\n", ps)));
            rows.add(new Row("scrapinghub", live.get(k).name(), "live", set.score(texts), t.medianMs, null));
        }
        for (String peer : set.peerNames()) {
            rows.add(new Row("scrapinghub", ScrapinghubSet.DISPLAY.getOrDefault(peer, peer), "published output",
                    set.score(set.peer(peer)), null, ScrapinghubSet.PUBLISHED_F1.get(peer)));
        }
        return rows;
    }

    /** The Fundus rows: live systems, then published outputs. */
    public List<Row> fundus(FundusSet set) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (FundusSet.Page p : set.pages()) {
            inputs.add(new Input(p.file(), p.url(), CharsetSniffer.decode(set.html(p.file()), null)));
        }
        RougeLsumScorer scorer = new RougeLsumScorer();
        List<Row> rows = new ArrayList<>();
        List<Timed> timed = runTimed(live, inputs);
        for (int k = 0; k < live.size(); k++) {
            Timed t = timed.get(k);
            rows.add(new Row("fundus", live.get(k).name(), "live", set.score(t.outputs, scorer), t.medianMs, null));
        }
        for (String tool : set.toolNames()) {
            Double published = FundusSet.PUBLISHED_F1.get(tool);
            rows.add(new Row("fundus", FundusSet.DISPLAY.getOrDefault(tool, tool), "published output",
                    set.score(set.extraction(tool), scorer), null, published == null ? null : published / 100));
        }
        return rows;
    }

    /**
     * The trafilatura rows: newsfuse run live (one untimed pass: 1,032 pages of every kind), then the
     * published figures of the peers on the same 990 documents (their outputs are not in the set).
     */
    public List<Row> trafilatura(TrafilaturaSet set) {
        Extractor newsfuse = live.get(0);
        Map<String, String> texts = new LinkedHashMap<>();
        for (TrafilaturaSet.Page p : set.pages()) {
            Input in = new Input(p.url(), p.url(), CharsetSniffer.decode(set.html(p), null));
            texts.put(p.url(), String.join("\n", safe(newsfuse, in)));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("trafilatura", newsfuse.name(), "live", set.score(texts), null, null));
        TrafilaturaSet.PUBLISHED_F1.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                .forEach(e -> rows.add(new Row("trafilatura", e.getKey(), "published figure", null, null, e.getValue())));
        return rows;
    }

    private record Timed(Map<String, List<String>> outputs, double medianMs) {
    }

    /**
     * A warm-up pass of every extractor over every page (whose outputs are kept), then a timed pass,
     * single-threaded and interleaved — page by page, each extractor in turn, the order rotating — so
     * that a busy machine slows every extractor alike; per extractor, the median of its page times.
     */
    private static List<Timed> runTimed(List<Extractor> xs, List<Input> inputs) {
        List<Map<String, List<String>>> outputs = new ArrayList<>();
        for (Extractor x : xs) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (Input in : inputs) {
                out.put(in.id(), safe(x, in));
            }
            outputs.add(out);
        }
        double[][] ms = new double[xs.size()][inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            for (int j = 0; j < xs.size(); j++) {
                int k = (i + j) % xs.size();
                long t0 = System.nanoTime();
                safe(xs.get(k), inputs.get(i));
                ms[k][i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        List<Timed> result = new ArrayList<>();
        for (int k = 0; k < xs.size(); k++) {
            result.add(new Timed(outputs.get(k), median(ms[k])));
        }
        return result;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static List<String> safe(Extractor x, Input in) {
        try {
            return x.extract(in.html(), in.url());
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }

    /** The rows as a Markdown table, one section per set. */
    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        String set = null;
        for (Row r : rows) {
            if (!r.set().equals(set)) {
                set = r.set();
                sb.append(set.equals("fundus") ? "\n**Fundus** (80 pages, ROUGE-LSum, ×100)\n\n"
                        : set.equals("trafilatura") ? "\n**trafilatura** (990 pages, segments found/missed; peers: "
                                + "published figures)\n\n"
                        : "\n**scrapinghub** (181 pages, 4-gram shingle metric)\n\n");
                sb.append("| system | source | F1 | precision | recall | ms/page (median) | published F1 |\n");
                sb.append("|---|---|---:|---:|---:|---:|---:|\n");
            }
            boolean pct = r.set().equals("fundus");
            if (r.score() == null) {
                sb.append("| ").append(r.system()).append(" | ").append(r.source()).append(" |  |  |  |  | ")
                        .append(fmt(r.publishedF1(), pct)).append(" |\n");
                continue;
            }
            sb.append("| ").append(r.system()).append(" | ").append(r.source()).append(" | ")
                    .append(fmt(r.score().f1(), pct)).append(" | ").append(fmt(r.score().precision(), pct)).append(" | ")
                    .append(fmt(r.score().recall(), pct)).append(" | ")
                    .append(r.msPerPage() == null ? "" : String.format(Locale.ROOT, "%.1f", r.msPerPage())).append(" | ")
                    .append(r.publishedF1() == null ? "" : fmt(r.publishedF1(), pct)).append(" |\n");
        }
        return sb.toString();
    }

    private static String fmt(double v, boolean percent) {
        return percent ? String.format(Locale.ROOT, "%.2f", 100 * v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** {@code ExtractionEval [DATA_DIR]}: prints the table (DATA_DIR defaults to the located shared folder). */
    public static void main(String[] args) throws IOException {
        Path data = args.length > 0 ? Path.of(args[0])
                : SharedData.locateExtraction().orElseThrow(() -> new IllegalStateException(
                        "shared/eval/extraction not found: pass its path or -Dnewsfuse.shared=DIR"));
        if (!java.nio.file.Files.isDirectory(data.resolve("scrapinghub")) || !java.nio.file.Files.isDirectory(data.resolve("fundus"))) {
            System.err.println("not an extraction data folder (needs scrapinghub/ and fundus/): " + data);
            System.exit(2);
        }
        PrintStream out = System.out;
        out.print(markdown(new ExtractionEval().run(data)));
    }
}
