package org.newsfuse.eval.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A ROUGE scorer that reproduces the ROUGE-1.5.5 Perl script: ROUGE-N for any n and ROUGE-L, with
 * the script's tokenization and truncation ({@link RougeTokenizer}), its stemming (WordNet
 * irregular forms, then its Porter variant: {@link StemExceptions}, {@link PorterStemmer}),
 * stop-word removal, reference combination ({@link Averaging}) and rounding ({@link Score}).
 * Immutable and thread-safe; build one with {@link #builder()} or take the DUC preset
 * {@link #duc2004()}. Averages over many evaluations as the script prints them come from
 * {@link Bootstrap}.
 *
 * <p>Each summary is given as its sentences, one per element, exactly as the lines of a
 * sentence-per-line (SPL) file given to the script. To score many peers against the same
 * references, read them once with {@link #references(List)}.
 */
public final class Rouge {

    private final List<Integer> ngramOrders;
    private final boolean lcs;
    private final boolean stemming;
    private final Set<String> stopWords;
    private final Map<String, String> stemExceptions;
    private final LengthLimit lengthLimit;
    private final double alpha;
    private final Averaging averaging;
    private final RougeTokenizer tokenizer;

    private Rouge(Builder b) {
        this.ngramOrders = List.copyOf(new TreeSet<>(b.ngramOrders));
        this.lcs = b.lcs;
        this.stemming = b.stemming;
        this.stopWords = Set.copyOf(b.stopWords);
        this.stemExceptions = b.stemExceptions != null ? b.stemExceptions : StemExceptions.rouge155();
        this.lengthLimit = b.lengthLimit;
        this.alpha = b.alpha;
        this.averaging = b.averaging;
        this.tokenizer = new RougeTokenizer(stemming, stopWords, stemExceptions);
    }

    /**
     * The DUC 2004 task 2 setting, {@code -n 2 -m -l 100 -p 0.5 -f A -t 0}: ROUGE-1, ROUGE-2 and
     * (as the script computes it unless told {@code -x}) ROUGE-L; Porter stemming, stop words kept,
     * peer and references alike cut to their first 100 words, alpha 0.5, model averaging.
     */
    public static Rouge duc2004() {
        return builder().ngramOrders(1, 2).lcs(true).stemming(true).lengthLimit(LengthLimit.words(100))
                .alpha(0.5).averaging(Averaging.AVERAGE).build();
    }

    /**
     * A builder with ROUGE-1 to ROUGE-4 and ROUGE-L, no stemming, no stop-word removal, no length
     * limit, alpha 0.5 and model averaging: the script's defaults, except that the script computes
     * ROUGE-N only when given {@code -n}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ngramOrders = new ArrayList<>(ngramOrders);
        b.lcs = lcs;
        b.stemming = stemming;
        b.stopWords = stopWords;
        b.stemExceptions = stemExceptions;
        b.lengthLimit = lengthLimit;
        b.alpha = alpha;
        b.averaging = averaging;
        return b;
    }

    /**
     * Scores one peer summary against its reference summaries.
     *
     * @param peerSentences       the peer summary, one sentence per element
     * @param referenceSummaries  the reference (model) summaries, each one sentence per element
     * @return one {@link Score} per configured metric
     */
    public Scores score(List<String> peerSentences, List<List<String>> referenceSummaries) {
        return score(peerSentences, references(referenceSummaries));
    }

    /**
     * Reads reference summaries once, for scoring many peers against them with
     * {@link #score(List, References)} (the reading is most of the cost of a score).
     */
    public References references(List<List<String>> referenceSummaries) {
        if (referenceSummaries.isEmpty()) {
            throw new IllegalArgumentException("at least one reference summary is needed");
        }
        List<Reference> refs = new ArrayList<>();
        for (List<String> summary : referenceSummaries) {
            List<String> tokens = tokenizer.tokens(summary, lengthLimit);
            Map<Integer, Map<String, Integer>> grams = new HashMap<>();
            for (int n : ngramOrders) {
                grams.put(n, ngrams(tokens, n));
            }
            refs.add(new Reference(tokens.size(), grams, lcs ? ngrams(tokens, 1) : Map.of(),
                    lcs ? tokenizer.sentenceTokens(summary, lengthLimit) : List.of()));
        }
        return new References(this, refs);
    }

    /** Scores one peer summary against references read by {@link #references} of this scorer. */
    public Scores score(List<String> peerSentences, References references) {
        if (references.owner != this) {
            throw new IllegalArgumentException("references were read by another Rouge configuration");
        }
        List<String> peerTokens = tokenizer.tokens(peerSentences, lengthLimit);
        Map<String, Score> out = new LinkedHashMap<>();
        for (int n : ngramOrders) {
            out.put("ROUGE-" + n, ngramScore(peerTokens, references.list, n));
        }
        if (lcs) {
            out.put("ROUGE-L", lcsScore(peerSentences, peerTokens, references.list));
        }
        return new Scores(out);
    }

    /** Reference summaries as read by one {@link Rouge} configuration, ready to score against. */
    public static final class References {
        private final Rouge owner;
        private final List<Reference> list;

        private References(Rouge owner, List<Reference> list) {
            this.owner = owner;
            this.list = List.copyOf(list);
        }

        /** How many reference summaries there are. */
        public int size() {
            return list.size();
        }
    }

    /** One reference read for scoring: token count, n-gram counts by order, LCS material. */
    private record Reference(int tokenCount, Map<Integer, Map<String, Integer>> grams,
                             Map<String, Integer> unigrams, List<List<String>> sentences) {
    }

    private Score ngramScore(List<String> peerTokens, List<Reference> references, int n) {
        Map<String, Integer> peerGrams = ngrams(peerTokens, n);
        int peerCount = Math.max(0, peerTokens.size() - n + 1);
        long totalHit = 0, totalModel = 0, totalPeer = 0;
        double best = -1;
        for (Reference reference : references) {
            Map<String, Integer> modelGrams = reference.grams().get(n);
            int modelCount = Math.max(0, reference.tokenCount() - n + 1);
            long hit = 0;
            for (Map.Entry<String, Integer> e : modelGrams.entrySet()) {
                Integer p = peerGrams.get(e.getKey());
                if (p != null) {
                    hit += Math.min(p, e.getValue());
                }
            }
            if (averaging == Averaging.AVERAGE) {
                totalHit += hit;
                totalModel += modelCount;
                totalPeer += peerCount;
            } else {
                double recall = modelCount != 0 ? Score.round5((double) hit / modelCount) : 0;
                if (recall > best) {
                    best = recall;
                    totalHit = hit;
                    totalModel = modelCount;
                    totalPeer = peerCount;
                }
            }
        }
        return Score.of(totalHit, totalModel, totalPeer, alpha);
    }

    private Score lcsScore(List<String> peerSentences, List<String> peerTokens, List<Reference> references) {
        List<List<String>> peer = tokenizer.sentenceTokens(peerSentences, lengthLimit);
        Map<String, Integer> peerUnigrams = ngrams(peerTokens, 1);
        long totalHit = 0, totalModel = 0, totalPeer = 0;
        double best = -1;
        for (Reference reference : references) {
            Lcs.Result result = Lcs.unionLcs(reference.sentences(), peer, reference.unigrams(), peerUnigrams);
            if (averaging == Averaging.AVERAGE) {
                totalHit += result.hits();
                totalModel += result.modelLength();
                totalPeer += peerTokens.size();
            } else {
                double recall = result.modelLength() > 0 ? (double) result.hits() / result.modelLength() : 0;
                if (recall > best) {
                    best = recall;
                    totalHit = result.hits();
                    totalModel = result.modelLength();
                    totalPeer = peerTokens.size();
                }
            }
        }
        return Score.of(totalHit, totalModel, totalPeer, alpha);
    }

    /** The n-grams of a token list with their counts (keys join tokens with a space). */
    static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            String gram = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
            grams.merge(gram, 1, Integer::sum);
        }
        return grams;
    }

    /** The n-gram orders computed, ascending. */
    public List<Integer> ngramOrders() {
        return ngramOrders;
    }

    /** Whether ROUGE-L is computed. */
    public boolean lcs() {
        return lcs;
    }

    /** Whether tokens are stemmed ({@code -m}). */
    public boolean stemming() {
        return stemming;
    }

    /** The stop words removed ({@code -s}); empty when none are. */
    public Set<String> stopWords() {
        return stopWords;
    }

    /** The irregular forms mapped before Porter stemming. */
    public Map<String, String> stemExceptions() {
        return stemExceptions;
    }

    /** The length limit applied to every summary ({@code -l} / {@code -b}). */
    public LengthLimit lengthLimit() {
        return lengthLimit;
    }

    /** The weight of precision in F ({@code -p}). */
    public double alpha() {
        return alpha;
    }

    /** How references are combined ({@code -f}). */
    public Averaging averaging() {
        return averaging;
    }

    /** The tokenizer this configuration uses, for anyone who needs to see text as ROUGE sees it. */
    public RougeTokenizer tokenizer() {
        return tokenizer;
    }

    @Override
    public String toString() {
        return "Rouge[n=" + ngramOrders + ", L=" + lcs + ", stem=" + stemming + ", stopWords="
                + stopWords.size() + ", limit=" + lengthLimit + ", alpha=" + alpha + ", f=" + averaging + "]";
    }

    /** Builder of {@link Rouge}; see {@link Rouge#builder()} for where it starts. */
    public static final class Builder {
        private List<Integer> ngramOrders = List.of(1, 2, 3, 4);
        private boolean lcs = true;
        private boolean stemming = false;
        private Set<String> stopWords = Set.of();
        private Map<String, String> stemExceptions;
        private LengthLimit lengthLimit = LengthLimit.NONE;
        private double alpha = 0.5;
        private Averaging averaging = Averaging.AVERAGE;

        private Builder() {
        }

        /** The ROUGE-N orders to compute; {@code -n k} is orders 1..k. None is allowed. */
        public Builder ngramOrders(int... orders) {
            List<Integer> list = new ArrayList<>();
            for (int n : orders) {
                if (n < 1) {
                    throw new IllegalArgumentException("n-gram order must be at least 1: " + n);
                }
                list.add(n);
            }
            this.ngramOrders = list;
            return this;
        }

        /** Orders 1..{@code n}, as {@code -n n}. */
        public Builder maxNgram(int n) {
            int[] orders = new int[n];
            for (int i = 0; i < n; i++) {
                orders[i] = i + 1;
            }
            return ngramOrders(orders);
        }

        /** Compute ROUGE-L (on by default; {@code -x} turns it off). */
        public Builder lcs(boolean on) {
            this.lcs = on;
            return this;
        }

        /** Porter-stem tokens longer than three characters ({@code -m}). */
        public Builder stemming(boolean on) {
            this.stemming = on;
            return this;
        }

        /**
         * Remove these tokens before counting ({@code -s}); see {@link StopWords} to read a list
         * from a file. An empty set keeps every token.
         */
        public Builder stopWords(Set<String> words) {
            this.stopWords = Set.copyOf(words);
            return this;
        }

        /**
         * The irregular forms mapped before Porter stemming; by default ROUGE-1.5.5's WordNet
         * table ({@link StemExceptions#rouge155()}). An empty map gives plain Porter stemming.
         */
        public Builder stemExceptions(Map<String, String> exceptions) {
            this.stemExceptions = Map.copyOf(exceptions);
            return this;
        }

        /** Read only the start of each summary ({@code -l} / {@code -b}). */
        public Builder lengthLimit(LengthLimit limit) {
            this.lengthLimit = limit == null ? LengthLimit.NONE : limit;
            return this;
        }

        /** Relative weight of precision in F, between 0 and 1 ({@code -p}). */
        public Builder alpha(double alpha) {
            if (!(alpha >= 0 && alpha <= 1)) {
                throw new IllegalArgumentException("alpha must be within [0, 1]: " + alpha);
            }
            this.alpha = alpha;
            return this;
        }

        /** How the references are combined ({@code -f A} or {@code -f B}). */
        public Builder averaging(Averaging averaging) {
            if (averaging == null) {
                throw new IllegalArgumentException("averaging is required");
            }
            this.averaging = averaging;
            return this;
        }

        public Rouge build() {
            if (ngramOrders.isEmpty() && !lcs) {
                throw new IllegalStateException("no metric configured: give n-gram orders or turn ROUGE-L on");
            }
            return new Rouge(this);
        }
    }
}
