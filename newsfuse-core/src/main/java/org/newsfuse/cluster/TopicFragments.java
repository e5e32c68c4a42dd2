package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The second pass of the topic step: a small topic (at most {@link Fragments#MAX_FRAGMENT}
 * documents) left over by centroid link joins the bigger topic whose finished centroid it is nearest
 * to, when that reaches the topic threshold. Centroid link joins greedily, one pair at a time: a lone
 * article about one side of a broad subject (a club's match in a season's topic) resembles the
 * finished topic more than any one of the events it was compared with while the topic grew, and
 * is left alone when the events it resembled were first taken into bigger ones. Two bigger topics are
 * never joined here, and small topics never join each other.
 */
final class TopicFragments {
    private TopicFragments() {
    }

    /** Bigger topics a small topic is compared with, at most (besides its candidates' topics). */
    static final int MAX_CANDIDATES = 40;

    /**
     * @param topic      each document's topic (centroid link's answer); not changed
     * @param event      each document's event
     * @param sp         the documents' features
     * @param candidates the topic step's candidate pairs of events {a, b}
     * @param threshold  the topic threshold
     * @param nameWeight share of the names' centroid cosine
     * @param maxTerms   terms kept per centroid
     * @return each document's topic after small topics joined
     */
    static int[] attach(int[] topic, int[] event, StoryClusterer.Space sp, List<int[]> candidates, double threshold,
            double nameWeight, int maxTerms) {
        int n = topic.length;
        int k = 0;
        int events = 0;
        for (int i = 0; i < n; i++) {
            k = Math.max(k, topic[i] + 1);
            events = Math.max(events, event[i] + 1);
        }
        int[] topicOfEvent = new int[events];
        for (int i = 0; i < n; i++) {
            topicOfEvent[event[i]] = topic[i];
        }
        List<List<Integer>> near = new ArrayList<>(events);
        for (int e = 0; e < events; e++) {
            near.add(new ArrayList<>());
        }
        for (int[] c : candidates) {
            near.get(c[0]).add(c[1]);
            near.get(c[1]).add(c[0]);
        }
        List<List<Integer>> members = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            members.get(topic[i]).add(i);
        }
        Map<Integer, SparseVector[]> centroids = new HashMap<>();
        // the bigger topics' finished centroids, every kept term indexed: a small topic's heaviest
        // terms are often in a broad topic's tail, never among its heaviest
        TermIndex index = new TermIndex(maxTerms, StoryClusterer.MAX_SCAN, 0);
        List<Integer> indexed = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            if (members.get(t).size() > Fragments.MAX_FRAGMENT) {
                SparseVector[] c = Fragments.centroid(members.get(t), sp, maxTerms);
                centroids.put(t, c);
                index.add(c[0], TermIndex.UNDATED);
                indexed.add(t);
            }
        }
        int[] out = topic.clone();
        for (int f = 0; f < k; f++) {
            List<Integer> frag = members.get(f);
            if (frag.isEmpty() || frag.size() > Fragments.MAX_FRAGMENT) {
                continue;
            }
            TreeSet<Integer> targets = new TreeSet<>();
            for (int i : frag) {
                for (int e : near.get(event[i])) {
                    int t = topicOfEvent[e];
                    if (members.get(t).size() > Fragments.MAX_FRAGMENT) {
                        targets.add(t);
                    }
                }
            }
            SparseVector[] fc = Fragments.centroid(frag, sp, maxTerms);
            for (int c : index.query(fc[0], TermIndex.UNDATED, -1, MAX_CANDIDATES)) {
                targets.add(indexed.get(c));
            }
            if (targets.isEmpty()) {
                continue;
            }
            double best = threshold;
            int bestTopic = -1;
            for (int t : targets) {
                SparseVector[] tc = centroids.computeIfAbsent(t, x -> Fragments.centroid(members.get(x), sp, maxTerms));
                double s = fc[0].dot(tc[0], StoryClusterer.MIN_SHARED);
                if (fc[1] != null && nameWeight > 0) {
                    s = (1 - nameWeight) * s + nameWeight * fc[1].dot(tc[1], 1);
                }
                if (s >= best && (bestTopic < 0 || s > best)) {
                    best = s;
                    bestTopic = t;
                }
            }
            if (bestTopic >= 0) {
                for (int i : frag) {
                    out[i] = bestTopic;
                }
            }
        }
        return out;
    }
}
