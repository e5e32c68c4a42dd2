package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming clustering: documents arrive in date order; each is compared with the live stories that
 * its candidates belong to (cosine with the story's centroid, damped by the gap to the story's last
 * date) and joins the best one when the similarity reaches the streaming threshold, else it starts a
 * new story. A story whose last document is more than the window older than the newest document has
 * gone quiet and takes no more documents.
 */
final class StreamClusterer {
    private final StoryClusterer owner;
    private final SparseVector[] vec;
    private final float[][] emb;
    private final int[] date;
    private final TermIndex index;
    private final int[] label;
    private final int[] docOf; // index id → document
    private final List<Map<Integer, Double>> centroid = new ArrayList<>();
    private final List<float[]> ecentroid = new ArrayList<>();
    private final List<Double> norm2 = new ArrayList<>();
    private final List<Integer> last = new ArrayList<>();
    private int scored;

    StreamClusterer(StoryClusterer owner, SparseVector[] vec, float[][] emb, int[] date) {
        this.owner = owner;
        this.vec = vec;
        this.emb = emb;
        this.date = date;
        StoryClusterer.Options o = owner.options();
        this.index = new TermIndex(o.indexTerms(), StoryClusterer.MAX_SCAN, o.windowDays());
        this.label = new int[vec.length];
        Arrays.fill(label, -1);
        this.docOf = new int[vec.length];
    }

    int lastScored() {
        return scored;
    }

    void add(int i) {
        StoryClusterer.Options o = owner.options();
        scored = 0;
        int best = -1;
        double bestSim = o.streamThreshold();
        java.util.Set<Integer> tried = new java.util.HashSet<>();
        for (int c : index.query(vec[i], date[i], -1, o.maxCandidates())) {
            int s = label[docOf[c]];
            if (!tried.add(s) || quiet(s, date[i])) {
                continue;
            }
            scored++;
            double sim = similarity(i, s) * owner.dateFactor(date[i], last.get(s));
            if (sim >= bestSim) {
                bestSim = sim;
                best = s;
            }
        }
        if (best < 0) {
            best = centroid.size();
            centroid.add(new HashMap<>());
            ecentroid.add(emb == null ? null : new float[emb[i].length]);
            norm2.add(0.0);
            last.add(date[i]);
        }
        join(i, best);
        docOf[index.add(vec[i], date[i])] = i;
    }

    private boolean quiet(int story, int now) {
        int l = last.get(story);
        return l != TermIndex.UNDATED && now != TermIndex.UNDATED && now - l > owner.options().windowDays();
    }

    private double similarity(int i, int story) {
        Map<Integer, Double> c = centroid.get(story);
        SparseVector v = vec[i];
        double dot = 0;
        int shared = 0;
        for (int p = 0; p < v.ids.length; p++) {
            Double w = c.get(v.ids[p]);
            if (w != null) {
                dot += w * v.weights[p];
                shared++;
            }
        }
        double s = shared < StoryClusterer.MIN_SHARED ? 0 : dot / Math.sqrt(Math.max(norm2.get(story), 1e-12));
        if (emb != null) {
            float[] e = ecentroid.get(story);
            double en = Math.sqrt(Math.max(StoryClusterer.cosine(e, e), 1e-12));
            double w = owner.options().embeddingWeight();
            s = (1 - w) * s + w * StoryClusterer.cosine(emb[i], e) / en;
        }
        return s;
    }

    private void join(int i, int story) {
        label[i] = story;
        Map<Integer, Double> c = centroid.get(story);
        SparseVector v = vec[i];
        double n2 = norm2.get(story);
        for (int p = 0; p < v.ids.length; p++) {
            double old = c.getOrDefault(v.ids[p], 0.0);
            double nw = old + v.weights[p];
            n2 += nw * nw - old * old;
            c.put(v.ids[p], nw);
        }
        norm2.set(story, n2);
        if (emb != null) {
            float[] e = ecentroid.get(story);
            for (int d = 0; d < e.length; d++) {
                e[d] += emb[i][d];
            }
        }
        if (date[i] != TermIndex.UNDATED && (last.get(story) == TermIndex.UNDATED || date[i] > last.get(story))) {
            last.set(story, date[i]);
        }
    }

    int[] labels() {
        return label.clone();
    }
}
