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
     * @param nameWeight      share of the names' cosine in the similarity of two documents (events)
     * @param topicNameWeight share of the names' cosine in the similarity of two events (topics)
     * @param siteShare       a word in more than this share of one source's documents (at least
     *                        {@value #SITE_MIN_DOCS}) is that site's navigation: it is left out of them
     * @param yearGap         an undated document whose text names years, none within this many years
     *                        of the other document's (publication or named) years, is not its event
     * @param attachThreshold centroid similarity a fragment (a story of one or two documents left by
     *                        average link) needs to join its nearest developed story (batch; above 1: off)
     * @param castShare       a name in at least this share of a developed story's documents is its cast;
     *                        two developed stories that each have a cast member no document of the
     *                        other names do not join (batch; above 1: off)
     */
    public record Options(Mode mode, double eventThreshold, double streamThreshold, double topicThreshold,
            int slackDays, double decayDays, int windowDays, double nameBoost, double leadBoost, int leadWords,
            int maxTerms, int indexTerms, int maxCandidates, double embeddingWeight, double nameWeight,
            double topicNameWeight, double siteShare, int yearGap, double attachThreshold, double castShare) {

        public static Options defaults() {
            return new Options(Mode.BATCH, D_EVENT, D_STREAM, D_TOPIC, D_SLACK, D_DECAY, 14, 3.0, 1.5, 60, 200, 12, 40, 0.0,
                    D_NAME_WEIGHT, D_TOPIC_NAME_WEIGHT, D_SITE_SHARE, D_YEAR_GAP, D_ATTACH, D_CAST);
        }

        public Options withMode(Mode m) {
            return new Options(m, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withEventThreshold(double t) {
            return new Options(mode, t, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withStreamThreshold(double t) {
            return new Options(mode, eventThreshold, t, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withTopicThreshold(double t) {
            return new Options(mode, eventThreshold, streamThreshold, t, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withEmbeddingWeight(double w) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, w, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withBoosts(double name, double lead, int words) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, name, lead, words, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withRetrieval(int terms, int index, int candidates) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, terms, index, candidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withDates(int slack, double decay, int window) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slack, decay, window, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withNameWeights(double event, double topic) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, event, topic, siteShare, yearGap, attachThreshold, castShare);
        }

        public Options withSiteShare(double share) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, share, yearGap, attachThreshold, castShare);
        }

        public Options withAttachThreshold(double t) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, t, castShare);
        }

        public Options withCastShare(double share) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, yearGap, attachThreshold, share);
        }

        public Options withYearGap(int years) {
            return new Options(mode, eventThreshold, streamThreshold, topicThreshold, slackDays, decayDays, windowDays, nameBoost, leadBoost, leadWords, maxTerms, indexTerms, maxCandidates, embeddingWeight, nameWeight, topicNameWeight, siteShare, years, attachThreshold, castShare);
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

    // the one configuration (docs/clustering.md: how each was measured)
    static final double D_EVENT = 0.18;
    static final double D_STREAM = 0.24;
    static final double D_TOPIC = 0.12;
    static final int D_SLACK = 3;
    static final double D_DECAY = 7.0;
    static final double D_NAME_WEIGHT = 0.3;
    static final double D_TOPIC_NAME_WEIGHT = 0.3;
    static final double D_SITE_SHARE = 0.5;
    static final int D_YEAR_GAP = 5;
    static final double D_ATTACH = 0.15;
    static final double D_CAST = 0.75;
    /** Documents a source needs before its common words count as navigation. */
    static final int SITE_MIN_DOCS = 3;

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

    /**
     * Everything similarity reads, per document: word vector, names vector, years named in the
     * text, embedding (or null), publication day (or {@link TermIndex#UNDATED}), and how many
     * distinct names it has before weighting (a name no other document has weighs nothing, but
     * says the document names someone).
     */
    record Space(SparseVector[] vec, SparseVector[] names, int[][] years, float[][] emb, int[] date, int[] nameCount) {
    }

    public Result cluster(List<ClusterDocument> docs) {
        return cluster(docs, null);
    }

    /**
     * Events and topics of documents that are part of a bigger corpus, weighed with that corpus's
     * statistics (see {@link CorpusStats}): two documents get the similarity they have in the whole.
     *
     * @param stats the whole corpus's statistics, or null to count these documents' own
     */
    public Result cluster(List<ClusterDocument> docs, CorpusStats stats) {
        return cluster(docs, stats, null);
    }

    /** Receives the document pairs batch clustering scored (similarity at least a quarter of the event threshold). */
    public interface EdgeSink {
        void edge(int a, int b, double similarity);
    }

    /**
     * As {@link #cluster(List, CorpusStats)}, also handing every pair of documents that average link
     * weighed to {@code edges} (batch mode; a pair once), so that a caller can continue average link
     * over several such parts ({@link EventJoin}).
     */
    public Result cluster(List<ClusterDocument> docs, CorpusStats stats, EdgeSink edges) {
        int n = docs.size();
        if (n == 0) {
            return new Result(new int[0], new int[0], 0, new double[3]);
        }
        long t0 = System.nanoTime();
        Space sp = space(docs, stats);
        long t1 = System.nanoTime();
        int[] date = sp.date();
        // date order, undated first, input order on ties
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> date[a] != date[b] ? Integer.compare(date[a], date[b]) : Integer.compare(a, b));
        int[] event;
        long[] work = {0};
        if (options.mode() == Mode.STREAM) {
            event = stream(order, sp, work);
        } else {
            event = batch(order, sp, work, edges);
        }
        event = relabel(event);
        long t2 = System.nanoTime();
        int[] topic = topics(event, sp);
        long t3 = System.nanoTime();
        return new Result(event, topic, work[0], new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9});
    }

    /** The features of every document (parallel), weighted. */
    Space space(List<ClusterDocument> docs) {
        return space(docs, null);
    }

    private Space space(List<ClusterDocument> docs, CorpusStats stats) {
        int n = docs.size();
        FeatureExtractor fx = new FeatureExtractor(options.nameBoost(), options.leadBoost(), options.leadWords());
        boolean withNames = options.nameWeight() > 0 || options.topicNameWeight() > 0;
        Terms words = new Terms(n);
        Terms names = withNames ? new Terms(n) : null;
        int[][] years = new int[n][];
        int[] nameCount = new int[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            FeatureExtractor.Features f = fx.features(docs.get(i));
            nameCount[i] = f.names().size();
            words.put(i, f.words());
            if (names != null) {
                names.put(i, f.names());
            }
            years[i] = f.years();
        });
        int[] date = new int[n];
        for (int i = 0; i < n; i++) {
            LocalDate d = docs.get(i).date();
            date[i] = d == null ? TermIndex.UNDATED : (int) d.toEpochDay();
        }
        if (stats == null) {
            SiteWords.drop(docs, words, options.siteShare());
            if (names != null) {
                SiteWords.drop(docs, names, options.siteShare());
            }
        } else {
            SiteWords.drop(docs, words, stats.siteWords());
            if (names != null) {
                SiteWords.drop(docs, names, stats.siteNames());
            }
        }
        SparseVector[] vec = stats == null ? words.weigh(options.maxTerms())
                : words.weigh(options.maxTerms(), stats.words(), stats.documents());
        SparseVector[] nvec = names == null ? null : stats == null ? names.weigh(options.maxTerms())
                : names.weigh(options.maxTerms(), stats.names(), stats.documents());
        return new Space(vec, nvec, years, embeddings(docs), date, nameCount);
    }

    /** TF-IDF unit vectors (sublinear term frequency, smoothed IDF over these documents). */
    SparseVector[] vectors(List<ClusterDocument> docs) {
        return space(docs).vec();
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

    /** Similarity of two documents: words and names (and embeddings when on), dates and years as evidence. */
    double similarity(Space sp, int i, int j) {
        double s = sp.vec()[i].dot(sp.vec()[j], MIN_SHARED);
        double nw = options.nameWeight();
        if (nw > 0) {
            s = (1 - nw) * s + nw * sp.names()[i].dot(sp.names()[j], 1);
        }
        if (sp.emb() != null) {
            double w = options.embeddingWeight();
            s = (1 - w) * s + w * cosine(sp.emb()[i], sp.emb()[j]);
        }
        if (s <= 0) {
            return 0;
        }
        return s * dateFactor(sp.date()[i], sp.date()[j]) * yearFactor(sp, i, j);
    }

    /**
     * Time as evidence for a dated and an undated document: 0 when the undated one names years and
     * none lies within the year gap of the other's publication year, or names no year and shares
     * no names with it; else 1 (and always 1 when both or neither are dated: {@link #dateFactor}).
     */
    double yearFactor(Space sp, int i, int j) {
        int di = sp.date()[i];
        int dj = sp.date()[j];
        if (di != TermIndex.UNDATED && dj != TermIndex.UNDATED) {
            return 1;
        }
        if (di == TermIndex.UNDATED && dj == TermIndex.UNDATED) {
            return 1; // years named in two undated texts are too often history to keep them apart
        }
        int[] ys = di == TermIndex.UNDATED ? sp.years()[i] : sp.years()[j];
        int y = LocalDate.ofEpochDay(di == TermIndex.UNDATED ? dj : di).getYear();
        if (ys.length > 0) {
            // the years an undated text names place it in time: none near the other's year, not the same event
            return near(ys, new int[] {y}) ? 1 : 0;
        }
        // nothing places it in time: it joins a dated document only when they share names (the same
        // people and places), never on vocabulary alone
        if (sp.names() == null || sp.names()[i].size() == 0 || sp.names()[j].size() == 0) {
            return 1;
        }
        return sp.names()[i].dot(sp.names()[j], 1) >= NAME_AGREEMENT ? 1 : 0;
    }

    /** Cosine of two documents' names above which they are about the same people and places. */
    static final double NAME_AGREEMENT = 0.1;

    /** Whether two sets of years come within the gap of each other (true when either is empty: no evidence). */
    private boolean near(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return true;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (Math.abs(a[i] - b[j]) <= options.yearGap()) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
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

    private int[] batch(Integer[] order, Space sp, long[] work, EdgeSink sink) {
        SparseVector[] vec = sp.vec();
        int[] date = sp.date();
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
                double s = similarity(sp, i, j);
                if (s >= minEdge) {
                    edges.add(new AverageLink.Edge(i, j, s));
                    if (sink != null) {
                        sink.edge(i, j, s);
                    }
                }
            }
        }
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        int[] event = AverageLink.cluster(ones, edges, options.eventThreshold(),
                sp.names() == null || options.castShare() > 1 ? null : new Casts(sp.names(), options.castShare()));
        if (options.attachThreshold() > 1) {
            return event;
        }
        return Fragments.attach(event, sp, this, i -> {
            int[] c = index.query(vec[i], date[i], pos[i], options.maxCandidates());
            for (int q = 0; q < c.length; q++) {
                c[q] = doc[c[q]];
            }
            return c;
        }, options.attachThreshold());
    }

    private int[] stream(Integer[] order, Space sp, long[] work) {
        StreamClusterer sc = new StreamClusterer(this, sp.vec(), sp.emb(), sp.date());
        for (int i : order) {
            sc.add(i);
            work[0] += sc.lastScored();
        }
        return sc.labels();
    }

    /** Topics: events joined by centroid link (the cosine of their centroids), dates ignored. */
    private int[] topics(int[] event, Space sp) {
        SparseVector[] vec = sp.vec();
        float[][] emb = sp.emb();
        int[] date = sp.date();
        int k = Arrays.stream(event).max().orElse(-1) + 1;
        List<Map<Integer, Double>> sums = new ArrayList<>(k);
        List<Map<Integer, Double>> nsums = null;
        if (sp.names() != null && options.topicNameWeight() > 0) {
            nsums = new ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                nsums.add(new HashMap<>());
            }
            for (int i = 0; i < vec.length; i++) {
                SparseVector v = sp.names()[i];
                for (int p = 0; p < v.ids.length; p++) {
                    nsums.get(event[i]).merge(v.ids[p], (double) v.weights[p], Double::sum);
                }
            }
        }
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
        int[] topicOfEvent = CentroidLink.cluster(sums, nsums, esum, cand, options.topicThreshold(),
                options.topicNameWeight(), options.embeddingWeight(), options.maxTerms());
        int[] topic = new int[event.length];
        for (int i = 0; i < event.length; i++) {
            topic[i] = topicOfEvent[event[i]];
        }
        // small topics left over by centroid link join the bigger topic whose finished centroid is nearest
        topic = TopicFragments.attach(topic, event, sp, cand, options.topicThreshold(), options.topicNameWeight(),
                options.maxTerms());
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
