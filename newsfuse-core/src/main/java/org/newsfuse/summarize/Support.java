package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.compare.FactAligner;
import org.newsfuse.compare.QuantityDetector;

/**
 * Which articles report what a sentence says: in every other article, the sentence closest to it
 * (cosine of their weighted terms; the first of equals), when it is near enough — a cosine of at
 * least {@link #COSINE} with at least {@link #OVERLAP} content terms in common (the thresholds at
 * which the comparison aligns two outlets' sentences as one fact), or a cosine of at least
 * {@link #CLOSE} — and when it gives no figure that contradicts the sentence's ("seven killed" does
 * not support "nine killed"). Built once per story over an inverted index of the terms, so that asking
 * for every candidate sentence costs little more than the terms they share.
 */
final class Support {
    /** Cosine similarity at which another article's sentence reports the same thing: as facts align. */
    static final double COSINE = FactAligner.ALIGN;
    /** Content terms two sentences must share, besides the cosine, to support each other. */
    static final int OVERLAP = FactAligner.MIN_SHARED;
    /** Cosine similarity at which two sentences report the same thing whatever they share. */
    static final double CLOSE = 0.7;

    private final List<SentenceUnit> sentences;
    private final int articles;
    private final Map<String, List<Posting>> postings = new HashMap<>();
    private final double[] norms;
    private final QuantityDetector.Figures[] figures;
    private final Map<SentenceUnit, Integer> position = new java.util.IdentityHashMap<>();
    /** Supporters already found: a summary sentence's are asked for again when it is cited. */
    private final Map<SentenceUnit, List<SentenceUnit>> found = new java.util.IdentityHashMap<>();

    private record Posting(int sentence, double weight) {
    }

    Support(List<SentenceUnit> sentences, int articles) {
        this.sentences = sentences;
        this.articles = articles;
        this.norms = new double[sentences.size()];
        this.figures = new QuantityDetector.Figures[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            position.put(sentences.get(s), s);
            double n = 0;
            for (Map.Entry<String, Double> e : sentences.get(s).terms().weights().entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Posting(s, e.getValue()));
                n += e.getValue() * e.getValue();
            }
            norms[s] = Math.sqrt(n);
        }
    }

    /** The sentence's supporters: per other article, in article order, its closest sentence when it reports the same thing. */
    List<SentenceUnit> supporters(SentenceUnit u) {
        return found.computeIfAbsent(u, this::find);
    }

    private List<SentenceUnit> find(SentenceUnit u) {
        double[] dot = new double[sentences.size()];
        int[] shared = new int[sentences.size()];
        double norm = 0;
        for (Map.Entry<String, Double> e : u.terms().weights().entrySet()) {
            double w = e.getValue();
            norm += w * w;
            for (Posting p : postings.getOrDefault(e.getKey(), List.of())) {
                dot[p.sentence()] += w * p.weight();
                shared[p.sentence()]++;
            }
        }
        norm = Math.sqrt(norm);
        int[] best = new int[articles];
        double[] bestSim = new double[articles];
        java.util.Arrays.fill(best, -1);
        for (int s = 0; s < sentences.size(); s++) {
            int a = sentences.get(s).articleIndex();
            if (a == u.articleIndex() || a < 0 || a >= articles || norm == 0 || norms[s] == 0) {
                continue;
            }
            double sim = dot[s] / (norm * norms[s]);
            if (sim > bestSim[a]) {
                bestSim[a] = sim;
                best[a] = s;
            }
        }
        List<SentenceUnit> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            if (best[a] >= 0 && supports(bestSim[a], shared[best[a]])
                    && !QuantityDetector.disagree(figures(u), figures(best[a]))) {
                out.add(sentences.get(best[a]));
            }
        }
        return out;
    }

    /** The figures of one of the story's sentences, read once. */
    private QuantityDetector.Figures figures(int s) {
        if (figures[s] == null) {
            figures[s] = QuantityDetector.figures(sentences.get(s).text());
        }
        return figures[s];
    }

    /** The figures a sentence of the story gives (read once per sentence). */
    QuantityDetector.Figures figures(SentenceUnit u) {
        Integer s = position.get(u);
        return s != null ? figures(s) : QuantityDetector.figures(u.text());
    }

    /**
     * Two sentences report the same fact: the comparison would align them (cosine and shared terms
     * as {@link FactAligner} requires, whatever their articles), or one supports the other. (Both
     * being supported by one sentence of a third article is not enough: a long sentence can hold two
     * facts.)
     */
    boolean sameFact(SentenceUnit a, SentenceUnit b) {
        if (supports(a.terms().cosine(b.terms()), a.terms().overlap(b.terms()))) {
            return true;
        }
        return supporters(a).stream().anyMatch(x -> x.sentence() == b.sentence() && x.article() == b.article())
                || supporters(b).stream().anyMatch(y -> y.sentence() == a.sentence() && y.article() == a.article());
    }

    private static boolean supports(double cosine, int shared) {
        return cosine >= COSINE && shared >= OVERLAP || cosine >= CLOSE;
    }
}
