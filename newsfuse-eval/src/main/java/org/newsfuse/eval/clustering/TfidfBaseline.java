package org.newsfuse.eval.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.cluster.FeatureExtractor;

/**
 * The baseline the issue names: plain TF-IDF vectors (the same stemmed words, no boosts, no names,
 * no dates; (1 + ln tf) × ln(N / df)), cosine, and average link over all pairs with one threshold.
 * The merge sequence is computed once (average link is monotone), so any threshold is a cut.
 */
final class TfidfBaseline {
    private final int n;
    /** Merges in order: {a, b} and the average similarity at which they joined. */
    private final List<int[]> merges = new ArrayList<>();
    private final List<Double> heights = new ArrayList<>();

    TfidfBaseline(List<ClusterDocument> docs) {
        n = docs.size();
        FeatureExtractor fx = new FeatureExtractor(1, 1, 0);
        List<Map<String, Double>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (ClusterDocument d : docs) {
            Map<String, Double> m = fx.weights(new ClusterDocument(d.title(), d.text(), null));
            tf.add(m);
            m.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        List<Map<String, Double>> vec = new ArrayList<>();
        for (Map<String, Double> m : tf) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : m.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
                if (w > 0) {
                    v.put(e.getKey(), w);
                    norm += w * w;
                }
            }
            double nn = Math.sqrt(norm);
            v.replaceAll((k, w) -> nn == 0 ? 0 : w / nn);
            vec.add(v);
        }
        double[][] sum = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Map<String, Double> a = vec.get(i);
                Map<String, Double> b = vec.get(j);
                if (a.size() > b.size()) {
                    Map<String, Double> t = a;
                    a = b;
                    b = t;
                }
                double s = 0;
                for (Map.Entry<String, Double> e : a.entrySet()) {
                    Double w = b.get(e.getKey());
                    if (w != null) {
                        s += w * e.getValue();
                    }
                }
                sum[i][j] = s;
                sum[j][i] = s;
            }
        }
        int[] size = new int[n];
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(size, 1);
        java.util.Arrays.fill(alive, true);
        for (int step = 0; step < n - 1; step++) {
            int ba = -1;
            int bb = -1;
            double best = -1;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (alive[j]) {
                        double avg = sum[i][j] / ((double) size[i] * size[j]);
                        if (avg > best) {
                            best = avg;
                            ba = i;
                            bb = j;
                        }
                    }
                }
            }
            if (ba < 0 || best <= 0) {
                break;
            }
            merges.add(new int[] {ba, bb});
            heights.add(best);
            alive[bb] = false;
            size[ba] += size[bb];
            for (int k = 0; k < n; k++) {
                sum[ba][k] += sum[bb][k];
                sum[k][ba] = sum[ba][k];
            }
        }
    }

    /** Cluster per document when joining stops below {@code threshold}. */
    int[] cut(double threshold) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < merges.size() && heights.get(k) >= threshold; k++) {
            parent[find(parent, merges.get(k)[1])] = find(parent, merges.get(k)[0]);
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = find(parent, i);
        }
        return out;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }
}
