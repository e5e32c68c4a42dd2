package org.newsfuse.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.cluster.CorpusStats;
import org.newsfuse.cluster.StoryClusterer;

/**
 * Which clustering blocks an article goes to. Time comes first: windows of the clusterer's own
 * window length on two grids offset by half a window, so two articles at most half a window apart
 * always share a window, and an event that straddles one grid's boundary lies whole in the other's.
 * A window with more articles than a block may hold is split by the article's strongest terms (its
 * heaviest TF-IDF terms, names and title words weighted up as the clusterer weighs them): articles
 * of one event share their names and key words, so they meet in at least one block. Each block is
 * clustered by the engine's clusterer; articles that one block puts together stay together
 * (the transitive closure of that rejoins an event split by one grid's window boundary); then
 * {@link BlockMerge} continues average link over those events with the pairs the blocks scored, which
 * rejoins an event spread over several term blocks. Every block is weighed with the whole input's
 * term statistics ({@link Stats}), so a pair scores in a block what it scores in a single run.
 */
final class Blocking {
    private Blocking() {
    }

    /** A block's key: grid (0 or 1), window number on that grid, and a term (null: the whole window). */
    record Key(int grid, long window, String term) implements java.io.Serializable {
    }

    static final long UNDATED = Long.MIN_VALUE;

    /** The two windows (one per grid) of an article published on {@code date}. */
    static long[] windows(LocalDate date, int windowDays) {
        if (date == null) {
            return new long[] {UNDATED, UNDATED};
        }
        long day = date.toEpochDay();
        return new long[] {Math.floorDiv(day, windowDays), Math.floorDiv(day + windowDays / 2, windowDays)};
    }

    /**
     * The article's blocks: its two windows, each whole when small, else split by the article's
     * {@code terms} strongest terms (by sublinear weight × IDF over the whole input; terms in fewer
     * than two documents link nothing and are skipped).
     */
    static List<Key> keys(ClusterDocument d, StoryClusterer.Options o, Set<Key> bigWindows, Map<String, Integer> df,
            long documents, int terms) {
        long[] w = windows(d.date(), o.windowDays());
        List<Key> out = new ArrayList<>(2 * terms);
        List<String> strongest = null;
        // an undated article has one window, the same on both grids: its blocks once
        for (int g = 0; g < (d.date() == null ? 1 : 2); g++) {
            Key whole = new Key(g, w[g], null);
            if (!bigWindows.contains(whole)) {
                out.add(whole);
                continue;
            }
            if (strongest == null) {
                strongest = strongest(d, o, df, documents, terms);
            }
            for (String t : strongest) {
                out.add(new Key(g, w[g], t));
            }
            if (strongest.isEmpty()) {
                out.add(new Key(g, w[g], ""));
            }
        }
        return out;
    }

    static List<String> strongest(ClusterDocument d, StoryClusterer.Options o, Map<String, Integer> df, long n, int k) {
        Map<String, Double> weights = CorpusStats.features(d, o).words();
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Integer f = df.get(e.getKey());
            if (f == null || f < 2) {
                continue;
            }
            double idf = Math.log((n + 1.0) / (f + 1.0));
            if (idf > 0) {
                scored.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * idf));
            }
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(k);
        for (int i = 0; i < Math.min(k, scored.size()); i++) {
            out.add(scored.get(i).getKey());
        }
        return out;
    }

    /**
     * What clustering one block found: groups of its documents (by their indexes) that the clusterer
     * put in one event (singletons left out), and the document pairs it scored with their similarity.
     */
    record Out(List<int[]> groups, int[] a, int[] b, double[] similarity) implements java.io.Serializable {
    }

    /** Clusters one block with the whole input's statistics. */
    static Out cluster(StoryClusterer clusterer, List<Map.Entry<Integer, Doc>> block, CorpusStats stats) {
        block.sort(Map.Entry.comparingByKey());
        List<ClusterDocument> docs = new ArrayList<>(block.size());
        for (Map.Entry<Integer, Doc> e : block) {
            docs.add(e.getValue().document());
        }
        List<int[]> pairs = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        StoryClusterer.Result r = clusterer.cluster(docs, stats, (i, j, s) -> {
            pairs.add(new int[] {block.get(i).getKey(), block.get(j).getKey()});
            sims.add(s);
        });
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            members.computeIfAbsent(r.event()[i], x -> new ArrayList<>()).add(block.get(i).getKey());
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            if (m.size() > 1) {
                groups.add(m.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        int[] a = new int[pairs.size()];
        int[] b = new int[pairs.size()];
        double[] sim = new double[pairs.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = pairs.get(k)[0];
            b[k] = pairs.get(k)[1];
            sim[k] = sims.get(k);
        }
        return new Out(groups, a, b, sim);
    }
}
