package org.newsfuse.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Groups documents into events (stories) and events into topics. See the package documentation
 * and docs/clustering.md for the method and how the thresholds were measured.
 */
public final class StoryClusterer {

    /** Batch: all documents at once, average link. Stream: date order, join or start, quiet after a window. */
    public enum Mode { BATCH, STREAM }

    /**
     * Settings.
     *
     * @param mode            batch or streaming
     * @param eventThreshold  mean similarity for two groups of documents to be one event (batch)
     * @param streamThreshold similarity of a document to a story's centroid to join it (streaming)
     * @param topicThreshold  similarity of two events' centroids to be one topic
     * @param slackDays       publication dates this many days apart count as the same time
     * @param decayDays       beyond the slack, similarity is multiplied by exp(-extra days / decayDays)
     * @param windowDays      candidates are searched this many days either side; a story with no
     *                        new article for this long goes quiet (streaming)
     * @param nameBoost       weight of a capitalised word inside a sentence
     * @param leadBoost       weight of a word of the title or lead
     * @param leadWords       how many words form the lead
     * @param maxTerms        terms kept per document vector
     * @param indexTerms      heaviest terms per document used to find candidates
     * @param maxCandidates   candidates scored exactly per document
     * @param embeddingWeight share of the embedding cosine in the similarity (0 = TF-IDF only)
     */
    public record Options(Mode mode, double eventThreshold, double streamThreshold, double topicThreshold,
            int slackDays, double decayDays, int windowDays, double nameBoost, double leadBoost, int leadWords,
            int maxTerms, int indexTerms, int maxCandidates, double embeddingWeight) {

        public static Options defaults() {
            return new Options(Mode.BATCH, 0.24, 0.24, 0.12, 2, 2.0, 14, 3.0, 1.5, 60, 200, 12, 40, 0.0);
        }

        public Options withMode(Mode m) {
            return new Options(m, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays,
                    nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight);
        }

        public Options withEventThreshold(double t) {
            return new Options(mode, t, streamThreshold, topicThreshold, slackDays, decayDays, windowDays,
                    nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight);
        }

        public Options withStreamThreshold(double t) {
            return new Options(mode, eventThreshold, t, topicThreshold, slackDays, decayDays, windowDays,
                    nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight);
        }

        public Options withTopicThreshold(double t) {
            return new Options(mode, eventThreshold, streamThreshold, t, slackDays, decayDays, windowDays,
                    nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight);
        }

        public Options withEmbeddingWeight(double w) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays,
                    nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, w);
        }

        public Options withBoosts(double name, double lead, int words) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays,
                    name, lead, words, maxTerms, indexTerms, maxCandidates, embeddingWeight);
        }

        public Options withRetrieval(int terms, int index, int candidates) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays,
                    nameBoost, leadBoost, leadWords, terms, index, candidates, embeddingWeight);
        }

        public Options withDates(int slack, double decay, int window) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slack, decay, window,
                    nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight);
        }
    }

    /**
     * What clustering found.
     *
     * @param event   for each document, its event (story) number: 0, 1, 2 ... by first document
     * @param topic   for each document, its topic number (a topic groups related events)
     * @param edges   candidate pairs scored exactly (the work done, for benchmarks)
     * @param seconds time spent on features, events and topics
     */
    public record Result(int[] event, int[] topic, long edges, double[] seconds) {
        public int events() {
            return Arrays.stream(event).max().orElse(-1) + 1;
        }

        public int topics() {
            return Arrays.stream(topic).max().orElse(-1) + 1;
        }
    }

    private final Options options;
    private final Embedder embedder;
    /** Terms in fewer documents than this link nothing and only dilute the vectors: they are left out. */
    static final int MIN_DF = 2;
    /** Terms two documents must share for their cosine to count: one shared word is chance. */
    static final int MIN_SHARED = 2;
    /** Postings scanned per query term, at most (the window usually stops the scan first). */
    static final int MAX_SCAN = 2000;
    /** Topics look for related events within this many times the event window. */
    static final int TOPIC_WINDOW_FACTOR = 4;
    /** Pseudo-documents added to the IDF's document count (matters only for small inputs). */
    static final int BACKGROUND = 20;

    public StoryClusterer(Options options) {
        this(options, null);
    }

    /** With an embedder, used when {@code options.embeddingWeight() > 0}. */
    public StoryClusterer(Options options, Embedder embedder) {
        this.options = options;
        this.embedder = embedder;
        if (options.embeddingWeight() > 0 && embedder == null) {
            throw new IllegalArgumentException("an embedding weight needs an embedder");
        }
    }

    public Options options() {
        return options;
    }

    public Result cluster(List<ClusterDocument> docs) {
        int n = docs.size();
        if (n == 0) {
            return new Result(new int[0], new int[0], 0, new double[3]);
        }
        long t0 = System.nanoTime();
        SparseVector[] vec = vectors(docs);
        float[][] emb = embeddings(docs);
        long t1 = System.nanoTime();
        int[] date = new int[n];
        for (int i = 0; i < n; i++) {
            LocalDate d = docs.get(i).date();
            date[i] = d == null ? TermIndex.UNDATED : (int) d.toEpochDay();
        }
        // date order, undated first, input order on ties
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> date[a] != date[b] ? Integer.compare(date[a], date[b]) : Integer.compare(a, b));
        int[] event;
        long[] work = {0};
        if (options.mode() == Mode.STREAM) {
            event = stream(order, vec, emb, date, work);
        } else {
            event = batch(order, vec, emb, date, work);
        }
        event = relabel(event);
        long t2 = System.nanoTime();
        int[] topic = topics(event, vec, emb, date);
        long t3 = System.nanoTime();
        return new Result(event, topic, work[0], new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9});
    }

    /** TF-IDF unit vectors (sublinear term frequency, smoothed IDF over these documents). */
    SparseVector[] vectors(List<ClusterDocument> docs) {
        int n = docs.size();
        FeatureExtractor fx = new FeatureExtractor(options.nameBoost(), options.leadBoost(), options.leadWords());
        // terms become ids as soon as a document is analysed: compact arrays, one String per distinct term
        java.util.concurrent.ConcurrentHashMap<String, Integer> vocab = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        int[][] termIds = new int[n][];
        float[][] raw = new float[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            Map<String, Double> m = fx.weights(docs.get(i));
            int[] ids = new int[m.size()];
            float[] w = new float[m.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : m.entrySet()) {
                ids[k] = vocab.computeIfAbsent(e.getKey(), t -> next.getAndIncrement());
                w[k] = e.getValue().floatValue();
                k++;
            }
            termIds[i] = ids;
            raw[i] = w;
        });
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
        for (int[] ids : termIds) {
            for (int k = 0; k < ids.length; k++) {
                ids[k] = rank[ids[k]];
            }
        }
        int[] df = new int[next.get()];
        for (int[] ids : termIds) {
            for (int id : ids) {
                df[id]++;
            }
        }
        SparseVector[] out = new SparseVector[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] ids = termIds[i];
            Map<Integer, Double> w = new HashMap<>(ids.length * 2);
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                // BACKGROUND pseudo-documents that lack every term: in a small input (one story's five
                // articles) the words all of them share would otherwise weigh nothing
                double idf = Math.log((n + BACKGROUND + 1.0) / (df[id] + 1.0));
                if (idf <= 0 || df[id] < MIN_DF) {
                    continue;
                }
                w.put(id, (1 + Math.log(raw[i][k])) * idf);
            }
            out[i] = SparseVector.normalised(w, options.maxTerms());
            termIds[i] = null;
            raw[i] = null;
        });
        return out;
    }

    private float[][] embeddings(List<ClusterDocument> docs) {
        if (options.embeddingWeight() <= 0) {
            return null;
        }
        List<String> texts = new ArrayList<>(docs.size());
        for (ClusterDocument d : docs) {
            texts.add(d.title() == null ? d.text() : d.title() + "\n\n" + d.text());
        }
        List<float[]> e = embedder.embed(texts);
        return e.toArray(new float[0][]);
    }

    double similarity(SparseVector[] vec, float[][] emb, int i, int j) {
        double s = vec[i].dot(vec[j], MIN_SHARED);
        if (emb != null) {
            double w = options.embeddingWeight();
            s = (1 - w) * s + w * cosine(emb[i], emb[j]);
        }
        return s;
    }

    static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    /** Multiplier for two dates: 1 within the slack, decaying beyond it; 1 when either is unknown. */
    double dateFactor(int d1, int d2) {
        if (d1 == TermIndex.UNDATED || d2 == TermIndex.UNDATED) {
            return 1;
        }
        int gap = Math.abs(d1 - d2);
        if (gap <= options.slackDays()) {
            return 1;
        }
        return Math.exp(-(gap - options.slackDays()) / options.decayDays());
    }

    private int[] batch(Integer[] order, SparseVector[] vec, float[][] emb, int[] date, long[] work) {
        int n = vec.length;
        TermIndex index = new TermIndex(options.indexTerms(), MAX_SCAN, options.windowDays());
        int[] pos = new int[n]; // document → index id
        int[] doc = new int[n]; // index id → document
        for (int k = 0; k < n; k++) {
            int i = order[k];
            pos[i] = index.add(vec[i], date[i]);
            doc[pos[i]] = i;
        }
        double minEdge = options.eventThreshold() * 0.25;
        List<AverageLink.Edge> edges = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int c : index.query(vec[i], date[i], pos[i], options.maxCandidates())) {
                int j = doc[c];
                long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
                if (!seen.add(key)) {
                    continue;
                }
                work[0]++;
                double s = similarity(vec, emb, i, j) * dateFactor(date[i], date[j]);
                if (s >= minEdge) {
                    edges.add(new AverageLink.Edge(i, j, s));
                }
            }
        }
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return AverageLink.cluster(ones, edges, options.eventThreshold());
    }

    private int[] stream(Integer[] order, SparseVector[] vec, float[][] emb, int[] date, long[] work) {
        StreamClusterer sc = new StreamClusterer(this, vec, emb, date);
        for (int i : order) {
            sc.add(i);
            work[0] += sc.lastScored();
        }
        return sc.labels();
    }

    /** Topics: events joined by centroid link (the cosine of their centroids), dates ignored. */
    private int[] topics(int[] event, SparseVector[] vec, float[][] emb, int[] date) {
        int k = Arrays.stream(event).max().orElse(-1) + 1;
        List<Map<Integer, Double>> sums = new ArrayList<>(k);
        float[][] esum = emb == null ? null : new float[k][];
        for (int c = 0; c < k; c++) {
            sums.add(new HashMap<>());
        }
        for (int i = 0; i < vec.length; i++) {
            int c = event[i];
            SparseVector v = vec[i];
            for (int p = 0; p < v.ids.length; p++) {
                sums.get(c).merge(v.ids[p], (double) v.weights[p], Double::sum);
            }
            if (emb != null) {
                if (esum[c] == null) {
                    esum[c] = new float[emb[i].length];
                }
                for (int d = 0; d < emb[i].length; d++) {
                    esum[c][d] += emb[i][d];
                }
            }
        }
        // an event's date is its earliest known date; topics look for related events within a
        // wider window than events do
        int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < vec.length; i++) {
            if (date[i] != TermIndex.UNDATED) {
                first[event[i]] = Math.min(first[event[i]], date[i]);
            }
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
            if (first[c] == Integer.MAX_VALUE) {
                first[c] = TermIndex.UNDATED;
            }
        }
        Arrays.sort(order, (a, b) -> first[a] != first[b] ? Integer.compare(first[a], first[b]) : Integer.compare(a, b));
        TermIndex index = new TermIndex(options.indexTerms(), MAX_SCAN, options.windowDays() * TOPIC_WINDOW_FACTOR);
        SparseVector[] cent = new SparseVector[k];
        int[] eventOf = new int[k];
        int[] pos = new int[k];
        for (int c : order) {
            cent[c] = SparseVector.normalised(sums.get(c), options.maxTerms());
            pos[c] = index.add(cent[c], first[c]);
            eventOf[pos[c]] = c;
        }
        List<int[]> cand = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            for (int p : index.query(cent[c], first[c], pos[c], options.maxCandidates())) {
                cand.add(new int[] {c, eventOf[p]});
            }
        }
        int[] topicOfEvent = CentroidLink.cluster(sums, esum, cand, options.topicThreshold(), options.embeddingWeight(),
                options.maxTerms());
        int[] topic = new int[event.length];
        for (int i = 0; i < event.length; i++) {
            topic[i] = topicOfEvent[event[i]];
        }
        return relabel(topic);
    }

    /** Labels renumbered 0, 1, 2 ... in order of first appearance. */
    static int[] relabel(int[] labels) {
        Map<Integer, Integer> ids = new HashMap<>();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = ids.computeIfAbsent(labels[i], x -> ids.size());
        }
        return out;
    }
}
