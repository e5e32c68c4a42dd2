package org.newsfuse.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Documents' raw term weights held compactly: a term becomes an id as soon as its document is
 * analysed (one String per distinct term, an int and a float per document term), so 100,000
 * documents never hold their term maps at once. Thread-safe for {@link #put} on distinct documents.
 */
final class Terms {
    private final ConcurrentHashMap<String, Integer> vocab = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    final int[][] ids;
    final float[][] raw;

    Terms(int n) {
        ids = new int[n][];
        raw = new float[n][];
    }

    void put(int doc, Map<String, Double> weights) {
        int[] t = new int[weights.size()];
        float[] w = new float[weights.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            t[k] = vocab.computeIfAbsent(e.getKey(), x -> next.getAndIncrement());
            w[k] = e.getValue().floatValue();
            k++;
        }
        ids[doc] = t;
        raw[doc] = w;
    }

    /** Keeps only the terms of document {@code doc} that {@code keep} accepts. */
    void filter(int doc, java.util.function.IntPredicate keep) {
        int[] t = ids[doc];
        float[] w = raw[doc];
        int j = 0;
        for (int k = 0; k < t.length; k++) {
            if (keep.test(t[k])) {
                t[j] = t[k];
                w[j] = w[k];
                j++;
            }
        }
        ids[doc] = Arrays.copyOf(t, j);
        raw[doc] = Arrays.copyOf(w, j);
    }

    /** A term's id, or -1 when no document holds it. */
    int id(String term) {
        Integer id = vocab.get(term);
        return id == null ? -1 : id;
    }

    /** TF-IDF unit vectors (sublinear term frequency, smoothed IDF over these documents); consumes the weights. */
    SparseVector[] weigh(int maxTerms) {
        return weigh(maxTerms, null, 0);
    }

    /**
     * TF-IDF unit vectors with the IDF of a whole corpus these documents are part of (each term's
     * document frequency is the larger of the corpus's and these documents'); consumes the weights.
     *
     * @param corpusDf  document frequency of each term in the corpus, or null for these documents' own
     * @param corpusN   the corpus's document count (ignored when smaller than these documents')
     */
    SparseVector[] weigh(int maxTerms, Map<String, Integer> corpusDf, long corpusN) {
        int local = ids.length;
        long n = Math.max(local, corpusN);
        // the ids came in whatever order the threads met the terms: renumber them by the terms
        // themselves, so that every run sums in the same order and breaks ties alike
        String[] terms = new String[next.get()];
        vocab.forEach((t, id) -> terms[id] = t);
        vocab.clear();
        Integer[] order = new Integer[terms.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> terms[x].compareTo(terms[y]));
        int[] rank = new int[terms.length];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        int[] df = new int[terms.length];
        for (int[] t : ids) {
            for (int k = 0; k < t.length; k++) {
                t[k] = rank[t[k]];
                df[t[k]]++;
            }
        }
        if (corpusDf != null) {
            for (int k = 0; k < order.length; k++) {
                Integer f = corpusDf.get(terms[order[k]]);
                if (f != null && f > df[k]) {
                    df[k] = f;
                }
            }
        }
        SparseVector[] out = new SparseVector[local];
        IntStream.range(0, local).parallel().forEach(i -> {
            int[] t = ids[i];
            Map<Integer, Double> w = new HashMap<>(t.length * 2);
            for (int k = 0; k < t.length; k++) {
                int id = t[k];
                // BACKGROUND pseudo-documents that lack every term: in a small input (one story's five
                // articles) the words all of them share would otherwise weigh nothing
                double idf = Math.log((n + StoryClusterer.BACKGROUND + 1.0) / (df[id] + 1.0));
                if (idf <= 0 || df[id] < StoryClusterer.MIN_DF) {
                    continue;
                }
                w.put(id, (1 + Math.log(raw[i][k])) * idf);
            }
            out[i] = SparseVector.normalised(w, maxTerms);
            ids[i] = null;
            raw[i] = null;
        });
        return out;
    }
}
