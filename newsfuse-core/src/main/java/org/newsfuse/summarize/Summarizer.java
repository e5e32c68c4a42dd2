package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.model.Article;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.model.Token;
import org.newsfuse.nlp.Nlp;
import org.newsfuse.text.TermVector;

/**
 * Extractive multi-document summary with citations. For every candidate sentence it finds, in each
 * other article, the sentence that says most nearly the same thing; an article whose best match is
 * close enough supports it. Candidates are scored by support across articles, centrality and
 * position; the best are taken greedily within the word budget, skipping any that repeat a chosen
 * sentence, and are put in the order they take in their articles.
 */
public final class Summarizer {
    /** Cosine similarity at which another article's sentence reports the same thing. */
    public static final double SUPPORT = 0.42;
    /** Content terms two sentences must share, besides the cosine, to support each other. */
    public static final int SUPPORT_OVERLAP = 3;
    /** Cosine similarity above which a candidate repeats a chosen sentence. */
    public static final double REDUNDANT = 0.4;

    /** What to produce. */
    public record Options(int words) {
        public Options {
            if (words < 1) {
                throw new IllegalArgumentException("the word budget must be at least 1, not " + words);
            }
        }

        public static Options defaults() {
            return new Options(100);
        }
    }

    /** A headline and the cited summary sentences, in reading order. */
    public record Result(String headline, List<SummarySentence> sentences) {
    }

    private record Scored(SentenceUnit unit, double score, List<SentenceRef> evidence) {
    }

    public Result summarize(List<Article> articles, Options options) {
        List<SentenceUnit> all = StorySentences.of(articles);
        int n = articles.size();
        Map<Integer, List<SentenceUnit>> byArticle = new HashMap<>();
        for (SentenceUnit u : all) {
            byArticle.computeIfAbsent(u.articleIndex(), k -> new ArrayList<>()).add(u);
        }
        List<Scored> scored = new ArrayList<>();
        for (SentenceUnit u : all) {
            if (!isCandidate(u)) {
                continue;
            }
            List<SentenceRef> evidence = new ArrayList<>();
            evidence.add(ref(u));
            double central = 0;
            for (int b = 0; b < n; b++) {
                if (b == u.articleIndex()) {
                    continue;
                }
                SentenceUnit best = null;
                double bestSim = 0;
                for (SentenceUnit t : byArticle.getOrDefault(b, List.of())) {
                    double sim = u.terms().cosine(t.terms());
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = t;
                    }
                }
                central += bestSim;
                if (best != null && supports(u, best, bestSim)) {
                    evidence.add(ref(best));
                }
            }
            double support = n > 1 ? (double) (evidence.size() - 1) / (n - 1) : 0;
            double centrality = n > 1 ? central / (n - 1) : 0;
            int index = u.sentence().index();
            double position = 1.0 / (1.0 + index / 4.0);
            double score = (2.0 * support + centrality + 0.4 * position) * openingPenalty(u)
                    * (1.0 - 0.4 * quotedShare(u.text()));
            scored.add(new Scored(u, score, evidence));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score())
                .thenComparingInt(s -> s.unit().articleIndex())
                .thenComparingInt(s -> s.unit().sentence().index()));

        List<Scored> chosen = new ArrayList<>();
        int used = 0;
        for (Scored s : scored) {
            if (used >= options.words()) {
                break;
            }
            if (used > 0 && used + s.unit().words() > options.words()) {
                continue;
            }
            boolean redundant = false;
            for (Scored c : chosen) {
                if (repeats(c.unit(), s.unit())) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                chosen.add(s);
                used += s.unit().words();
            }
        }
        chosen.sort(Comparator.comparingDouble((Scored s) -> relativePosition(s.unit()))
                .thenComparingInt(s -> s.unit().articleIndex()));
        List<SummarySentence> out = new ArrayList<>();
        for (Scored s : chosen) {
            List<SentenceRef> ev = new ArrayList<>(s.evidence());
            List<String> sources = new ArrayList<>();
            for (SentenceRef r : ev) {
                sources.add(r.article());
            }
            out.add(new SummarySentence(s.unit().text(), sources, ev));
        }
        return new Result(headline(articles, all, scored, chosen), out);
    }

    /** Two sentences say the same thing: similar overall, or half of the shorter one's terms in the other. */
    static boolean repeats(SentenceUnit a, SentenceUnit b) {
        if (a.terms().cosine(b.terms()) >= REDUNDANT) {
            return true;
        }
        int smaller = Math.min(a.terms().weights().size(), b.terms().weights().size());
        return smaller > 0 && (double) a.terms().overlap(b.terms()) / smaller >= 0.5;
    }

    /** Share of a sentence's characters that stand inside quotation marks. */
    static double quotedShare(String t) {
        int inside = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                in = !in;
            } else if (c == '“') {
                in = true;
            } else if (c == '”') {
                in = false;
            } else if (in) {
                inside++;
            }
        }
        return t.isEmpty() ? 0 : (double) inside / t.length();
    }

    private static boolean supports(SentenceUnit u, SentenceUnit t, double sim) {
        return sim >= SUPPORT && u.terms().overlap(t.terms()) >= SUPPORT_OVERLAP || sim >= 0.7;
    }

    private static SentenceRef ref(SentenceUnit u) {
        return new SentenceRef(u.article().id(), u.sentence().index(), u.sentence().start(), u.sentence().end());
    }

    /** Where a sentence stands in its article, from 0 (first) to 1 (last). */
    private static double relativePosition(SentenceUnit u) {
        int total = u.article().sentences().size();
        return total <= 1 ? 0 : (double) u.sentence().index() / (total - 1);
    }

    /** A sentence fit to stand alone in a summary: whole, declarative, of reasonable length. */
    static boolean isCandidate(SentenceUnit u) {
        if (u.words() < 6 || u.words() > 55 || u.terms().weights().size() < 3) {
            return false;
        }
        String t = u.text().strip();
        char first = t.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'".indexOf(first) >= 0)) {
            return false;
        }
        if (t.endsWith("?") || t.endsWith(":") || t.endsWith(",")) {
            return false;
        }
        return balancedQuotes(t) && !startsInsideQuote(u);
    }

    /**
     * A sentence that begins inside a quotation opened by an earlier sentence of its paragraph: it
     * is the middle of someone's words, and on its own it would lose who said them.
     */
    static boolean startsInsideQuote(SentenceUnit u) {
        String text = u.article().text();
        int from = u.article().paragraphs().get(u.sentence().paragraph()).start();
        boolean in = false;
        for (int i = from; i < u.sentence().start(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                in = !in;
            } else if (c == '“') {
                in = true;
            } else if (c == '”') {
                in = false;
            }
        }
        return in;
    }

    static boolean balancedQuotes(String t) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                close++;
            }
        }
        return straight % 2 == 0 && open == close;
    }

    /** Sentences that lean on what came before ("He said...", "But...") read badly on their own. */
    private static double openingPenalty(SentenceUnit u) {
        List<Token> tokens = u.sentence().tokens();
        if (tokens.isEmpty()) {
            return 1;
        }
        String first = tokens.get(0).text().toLowerCase(java.util.Locale.ROOT);
        return switch (first) {
            case "he", "she", "it", "they", "this", "these", "those", "that", "his", "her", "their", "its" -> 0.6;
            case "but", "and", "however", "meanwhile", "also", "so", "yet", "still" -> 0.7;
            default -> 1;
        };
    }

    /**
     * The headline: the article title closest to what the summary says; with no titles, the
     * best-scored sentence of at most 30 words that is not mostly a quotation.
     */
    private static String headline(List<Article> articles, List<SentenceUnit> all, List<Scored> scored,
            List<Scored> chosen) {
        List<TermVector> summaryTerms = new ArrayList<>();
        for (Scored c : chosen) {
            summaryTerms.add(c.unit().terms());
        }
        TermVector centroid = TermVector.sum(summaryTerms);
        String best = null;
        double bestSim = -1;
        Nlp nlp = Nlp.get();
        for (Article a : articles) {
            if (a.title() == null || a.title().isBlank()) {
                continue;
            }
            Map<String, Double> w = new HashMap<>();
            for (Token t : nlp.tokens(a.title(), 0, false)) {
                if (StorySentences.isContent(t)) {
                    w.merge(t.stem(), 1.0, Double::sum);
                }
            }
            double sim = new TermVector(w).cosine(centroid);
            if (sim > bestSim) {
                bestSim = sim;
                best = a.title().strip();
            }
        }
        if (best != null) {
            return best;
        }
        Scored pick = null;
        for (Scored s : scored) {
            if (s.unit().words() <= 30 && quotedShare(s.unit().text()) < 0.3) {
                pick = s;
                break;
            }
        }
        if (pick == null && !scored.isEmpty()) {
            pick = scored.get(0);
        }
        if (pick != null) {
            return pick.unit().text();
        }
        return all.isEmpty() ? "" : all.get(0).text();
    }
}
