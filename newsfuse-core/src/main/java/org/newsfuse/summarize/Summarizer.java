package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.compare.QuantityDetector;
import org.newsfuse.model.Article;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.model.Token;
import org.newsfuse.nlp.Nlp;
import org.newsfuse.text.Prose;
import org.newsfuse.text.StopWords;
import org.newsfuse.text.TermVector;

/**
 * Extractive multi-document summary with citations.
 *
 * <p>The summary is the set of whole sentences, within the word budget, that is worth the most
 * ({@link SummaryObjective}):
 * <ul>
 *   <li><b>concepts</b> — word bigrams (stems of adjacent words, not both function words), each
 *       worth the number of articles that mention it, counting more for an article that mentions it
 *       early, and nothing when too few articles do; each counts once, so a sentence that repeats a
 *       chosen one adds nothing (Gillick and Favre's concept coverage);</li>
 *   <li><b>support</b> — a sentence other articles also report (see {@link Support}) is worth, once,
 *       an early mention for each of them: what several outlets report is what the story is about,
 *       and a summary sentence that cites several outlets is one a reader can trust;</li>
 *   <li><b>the leads' words</b> — each word the summary shares with a pseudo-reference written from
 *       the articles' openings ({@link PseudoReference}), up to the number of times it is expected
 *       there, function words included: the summary should read as the leads do.</li>
 * </ul>
 * Centrality and support across articles enter through document frequencies and support,
 * position through early mentions and the leads' words, redundancy through counting each concept
 * once and never taking two sentences that repeat each other or contradict each other's figures.
 * The search solves concepts and support as an integer program ({@link CoverageIlp}), then improves
 * the whole by local moves.
 *
 * <p>With a query, concepts of sentences that share its content words weigh more, and sentences
 * that share none are left out when enough others do.
 *
 * <p>The editor's rules ({@link Editorial}, {@link Selection}): no fragments; no two sentences
 * reporting one fact; the chosen sentence that best carries the event leads (its relative day
 * resolved); the rest follow in the time of what they report, then importance; a sentence that
 * refers back ("the move") stays only after one that names it; quotations only when they are the
 * news; the words left go to a sentence cut at a clause ({@link Compression}). Each chosen sentence
 * then cites every article that reports the same thing, the source first. Deterministic: the same
 * input gives the same output.
 */
public final class Summarizer {
    /** Cosine similarity above which a candidate repeats a chosen sentence. */
    public static final double REDUNDANT = 0.4;
    /** Share of a sentence inside quotation marks from which it counts as a quotation. */
    static final double QUOTED = 0.2;

    /**
     * What to produce.
     *
     * @param words the word budget (white-space separated words); never exceeded, except by a single
     *              sentence when none fits
     * @param query a question or topic the summary should answer, or null for a general summary
     */
    public record Options(int words, String query, boolean overrun) {
        public Options {
            if (words < 1) {
                throw new IllegalArgumentException("the word budget must be at least 1, not " + words);
            }
            query = query == null || query.isBlank() ? null : query.strip();
        }

        public Options(int words, String query) {
            this(words, query, false);
        }

        public Options(int words) {
            this(words, null);
        }

        public static Options defaults() {
            return new Options(100);
        }

        public Options withQuery(String q) {
            return new Options(words, q, overrun);
        }

        /**
         * The scorer's convention, for evaluation only: the last sentence may run past the budget,
         * to be cut at exactly {@code words} words by whoever reads the summary (ROUGE's
         * {@code -l}). Summaries made so break the budget; the product never asks for them.
         */
        public Options withOverrun() {
            return new Options(words, query, true);
        }
    }

    /** A headline and the cited summary sentences, in reading order. */
    public record Result(String headline, List<SummarySentence> sentences) {
    }

    /**
     * The summarizer's few parameters.
     *
     * @param minDocShare  a concept counts when at least this share of the articles mention it (and
     *                     at least two of them, when there are two or more)
     * @param earlyBonus   extra weight of a mention in an article's opening sentences, decaying with
     *                     the sentence's index {@code i} as {@code earlyBonus / (1 + i / earlySpan)}
     * @param earlySpan    how fast the early-mention bonus decays, in sentences (the bonus halves at
     *                     sentence {@code earlySpan}); the pseudo-reference weighs positions alike
     * @param minWords     shortest sentence worth a place in a summary
     * @param queryBoost   with a query, the weight concepts of a sentence matching all of it gain,
     *                     in units of the story's heaviest concept
     * @param wordWeight   what a word the summary shares with the pseudo-reference is worth (up to
     *                     its expected count), per article of the story, in concept weight: with ten
     *                     articles, as much as a concept ten articles mention late
     */
    public record Weights(double minDocShare, double earlyBonus, double earlySpan, int minWords,
            double queryBoost, double wordWeight) {
        public static Weights defaults() {
            return new Weights(0.35, 3.0, 0.5, 8, 1.0, 1.0);
        }
    }

    private final Weights weights;

    public Summarizer() {
        this(Weights.defaults());
    }

    public Summarizer(Weights weights) {
        this.weights = weights;
    }

    public Result summarize(List<Article> articles, Options options) {
        List<SentenceUnit> all = StorySentences.of(articles);
        int n = articles.size();
        List<SentenceUnit> candidates = new ArrayList<>();
        for (SentenceUnit u : all) {
            if (isCandidate(u) && u.words() >= Math.min(weights.minWords(), 6)) {
                candidates.add(u);
            }
        }
        if (candidates.size() > 1) {
            List<SentenceUnit> longer = candidates.stream().filter(u -> u.words() >= weights.minWords()).toList();
            int longerWords = longer.stream().mapToInt(SentenceUnit::words).sum();
            if (longerWords >= options.words()) {
                candidates = new ArrayList<>(longer);
            }
        }
        if (candidates.isEmpty()) {
            candidates = all.stream().filter(u -> u.words() > 0).toList();
        }
        Map<String, Double> conceptWeight = conceptWeights(all, n);
        if (options.query() != null) {
            candidates = focus(candidates, conceptWeight, options);
        }
        Support support = new Support(all, n);
        Map<SentenceUnit, Double> importance = new java.util.IdentityHashMap<>();
        Map<SentenceUnit, Double> leadScore = new java.util.IdentityHashMap<>();
        Editorial.Positions positions = Editorial.Positions.of(all);
        for (SentenceUnit u : candidates) {
            importance.put(u, Editorial.importance(u, support, positions, weights.earlySpan()));
            leadScore.put(u, Editorial.leadScore(u, support, positions, weights.earlySpan()));
        }
        List<List<String>> conceptsOf = new ArrayList<>();
        for (SentenceUnit u : candidates) {
            List<String> cs = new ArrayList<>(u.bigrams());
            int reported = support.supporters(u).size();
            if (reported > 0) {
                String own = fact(u);
                cs.add(own);
                conceptWeight.put(own, (1 + weights.earlyBonus()) * reported);
            }
            conceptsOf.add(cs);
        }
        SummaryObjective objective = new SummaryObjective(candidates, conceptsOf, conceptWeight,
                PseudoReference.of(all, options.words(), weights.earlySpan()), weights.wordWeight() * n);
        Selection sel = new Selection(candidates, objective, support, options.words(), leadScore);
        SentenceUnit lead = sel.lead();
        List<SentenceUnit> chosen = sel.fill(sel.resolveReferences(importance), importance);
        String leadText = lead == null ? null : Editorial.withDate(lead);
        int words = 0;
        for (SentenceUnit u : chosen) {
            words += u.words();
        }
        if (lead != null && words + StorySentences.words(leadText) - lead.words() > options.words()) {
            leadText = lead.text(); // no room for the date: the lead as written
        }
        if (options.overrun()) {
            chosen = overrun(chosen, candidates, objective, support, options.words());
        }
        List<SummarySentence> out = new ArrayList<>();
        for (SentenceUnit u : chosen) {
            List<SentenceRef> ev = new ArrayList<>();
            ev.add(ref(u));
            for (SentenceUnit t : support.supporters(u)) {
                ev.add(ref(t));
            }
            List<String> sources = new ArrayList<>();
            for (SentenceRef r : ev) {
                sources.add(r.article());
            }
            out.add(new SummarySentence(u == lead ? leadText : u.text(), sources, ev));
        }
        return new Result(headline(articles, all, chosen, support), out);
    }

    /**
     * Each concept's weight: over the articles that mention it, one for the mention plus the
     * early-mention bonus of its first sentence there; zero below the document-frequency floor.
     */
    Map<String, Double> conceptWeights(List<SentenceUnit> all, int articles) {
        Map<String, Integer> docs = new HashMap<>();
        Map<String, Double> score = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int current = -1;
        for (SentenceUnit u : all) {
            if (u.articleIndex() != current) {
                current = u.articleIndex();
                seen.clear();
            }
            double early = weights.earlyBonus() / (1.0 + u.sentence().index() / weights.earlySpan());
            for (String b : u.bigrams()) {
                if (seen.add(b)) {
                    docs.merge(b, 1, Integer::sum);
                    score.merge(b, 1.0 + early, Double::sum);
                }
            }
        }
        int floor = Math.max(Math.min(2, articles), (int) Math.ceil(weights.minDocShare() * articles - 1e-9));
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : docs.entrySet()) {
            if (e.getValue() >= floor) {
                out.put(e.getKey(), score.get(e.getKey()));
            }
        }
        return out;
    }

    /**
     * Query-focused mode: every concept of a sentence sharing the query's content words gains
     * weight — the share of the query the sentence matches, times {@code queryBoost}, times the
     * story's heaviest concept — so that what the reader asked about outweighs what the story is
     * mostly about; sentences matching nothing of the query are dropped when the matching ones can
     * fill the budget.
     */
    private List<SentenceUnit> focus(List<SentenceUnit> candidates, Map<String, Double> conceptWeight, Options options) {
        Set<String> query = new HashSet<>();
        for (Token t : Nlp.get().tokens(options.query(), 0, false)) {
            if (t.isWord() && !StopWords.is(t.text())) {
                query.add(t.stem());
            }
        }
        if (query.isEmpty()) {
            return candidates;
        }
        List<SentenceUnit> matching = new ArrayList<>();
        Map<String, Double> boost = new HashMap<>();
        for (SentenceUnit u : candidates) {
            Set<String> stems = new HashSet<>();
            for (Token t : u.sentence().tokens()) {
                if (t.isWord() && query.contains(t.stem())) {
                    stems.add(t.stem());
                }
            }
            if (stems.isEmpty()) {
                continue;
            }
            matching.add(u);
            double share = (double) stems.size() / query.size();
            for (String b : u.bigrams()) {
                boost.merge(b, share, Math::max);
            }
        }
        double top = 1;
        for (double w : conceptWeight.values()) {
            top = Math.max(top, w);
        }
        for (Map.Entry<String, Double> e : boost.entrySet()) {
            conceptWeight.merge(e.getKey(), weights.queryBoost() * e.getValue() * top, Double::sum);
        }
        int words = matching.stream().mapToInt(SentenceUnit::words).sum();
        return words >= options.words() ? matching : candidates;
    }

    /** The concept only one sentence has, worth what other articles' reporting it adds: "#" article "/" sentence. */
    private static String fact(SentenceUnit u) {
        return "#" + u.articleIndex() + "/" + u.sentence().index();
    }

    /**
     * Overrun mode (evaluation only): after the selection within the budget, in reading order, one
     * more sentence, to be cut at the budget by the reader: of the candidates that do not clash with
     * a chosen sentence, the one that makes the summary's first {@code budget} words worth the most
     * (none when nothing adds value or the budget is full).
     */
    private static List<SentenceUnit> overrun(List<SentenceUnit> atBudget, List<SentenceUnit> candidates,
            SummaryObjective objective, Support support, int budget) {
        List<SentenceUnit> best = atBudget;
        double bestValue = truncatedValue(atBudget, objective, budget);
        for (SentenceUnit extra : candidates) {
            if (atBudget.contains(extra) || atBudget.stream().anyMatch(c -> clash(extra, c, support))) {
                continue;
            }
            List<SentenceUnit> l = new ArrayList<>(atBudget);
            l.add(extra);
            double v = truncatedValue(l, objective, budget);
            if (v > bestValue + 1e-9) {
                best = l;
                bestValue = v;
            }
        }
        return best;
    }

    /** The value of the summary's first {@code budget} words, sentences in this order. */
    private static double truncatedValue(List<SentenceUnit> summary, SummaryObjective objective, int budget) {
        List<List<Token>> kept = new ArrayList<>();
        int used = 0;
        for (SentenceUnit u : summary) {
            if (used >= budget) {
                break;
            }
            int left = budget - used;
            kept.add(u.words() <= left ? u.sentence().tokens() : prefixTokens(u, left));
            used += u.words();
        }
        return objective.value(kept);
    }

    /** The sentence's tokens that lie wholly within its first {@code words} white-space separated words. */
    static List<Token> prefixTokens(SentenceUnit u, int words) {
        String text = u.text();
        int n = 0;
        int end = text.length();
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in && ++n > words) {
                end = i;
                break;
            }
            in = !space;
        }
        int limit = u.sentence().start() + end;
        List<Token> out = new ArrayList<>();
        for (Token t : u.sentence().tokens()) {
            if (t.end() <= limit) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Two sentences one summary should not hold together: they say the same thing, or they give
     * figures for the same thing that cannot both be true (the comparison reports those, with both
     * sides; a summary that stated both would leave the reader to guess).
     */
    static boolean clash(SentenceUnit a, SentenceUnit b, Support support) {
        return repeats(a, b) || support.sameFact(a, b) || QuantityDetector.disagree(support.figures(a), support.figures(b));
    }

    /**
     * Quotations and opinion enter when they are the news: a sentence that is partly a quotation
     * enters only when at least two other outlets carry it too, or when it speaks of the lead's
     * fact through its actors — it shares a name and two content terms with the lead.
     */
    static boolean aboutTheNews(SentenceUnit u, SentenceUnit lead, Support support) {
        if (u == lead || quotedShare(u.text()) < QUOTED || support.supporters(u).size() >= 2) {
            return true; // not a quotation, or words two other outlets also carry: news
        }
        Set<String> names = new HashSet<>();
        for (Token t : lead.sentence().tokens()) {
            if (t.isProperNoun()) {
                names.add(t.stem());
            }
        }
        boolean actor = u.sentence().tokens().stream().anyMatch(t -> t.isProperNoun() && names.contains(t.stem()));
        return actor && u.terms().overlap(lead.terms()) >= 2;
    }

    /** Two sentences say the same thing: similar overall, or half of the shorter one's terms in the other. */
    static boolean repeats(SentenceUnit a, SentenceUnit b) {
        if (a.terms().cosine(b.terms()) >= REDUNDANT) {
            return true;
        }
        int smaller = Math.min(a.terms().weights().size(), b.terms().weights().size());
        return smaller > 0 && (double) a.terms().overlap(b.terms()) / smaller >= 0.5;
    }

    /** Share of a sentence's characters that stand inside quotation marks ("...", “...”, ``...''). */
    static double quotedShare(String t) {
        int inside = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                in = !in;
            } else if (c == '“' || c == '`' && i + 1 < t.length() && t.charAt(i + 1) == '`') {
                in = true;
            } else if (c == '”' || c == '\'' && i + 1 < t.length() && t.charAt(i + 1) == '\'') {
                in = false;
            } else if (in) {
                inside++;
            }
        }
        return t.isEmpty() ? 0 : (double) inside / t.length();
    }

    private static SentenceRef ref(SentenceUnit u) {
        return new SentenceRef(u.article().id(), u.sentence().index(), u.sentence().start(), u.sentence().end());
    }

    /** A sentence fit to stand alone in a summary: whole (it ends as a sentence), declarative, of reasonable length. */
    static boolean isCandidate(SentenceUnit u) {
        if (u.words() < 6 || u.words() > 55 || u.terms().weights().size() < 3) {
            return false;
        }
        String t = u.text().strip();
        char first = t.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'`".indexOf(first) >= 0)) {
            return false;
        }
        if (t.endsWith("?") || !Prose.endsAsSentence(t)) {
            return false;
        }
        if (leansOnContext(u) || quotedShare(t) > 0.5) {
            return false;
        }
        return balancedQuotes(t) && !startsInsideQuote(u) && !Editorial.isFragment(u);
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
            } else if (c == '“' || c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
                in = true;
                if (c == '`') {
                    i++;
                }
            } else if (c == '”' || c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                in = false;
                if (c == '\'') {
                    i++;
                }
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
            } else if (c == '“' || c == '`' && i + 1 < t.length() && t.charAt(i + 1) == '`') {
                open++;
                if (c == '`') {
                    i++;
                }
            } else if (c == '”' || c == '\'' && i + 1 < t.length() && t.charAt(i + 1) == '\'') {
                close++;
                if (c == '\'') {
                    i++;
                }
            }
        }
        return straight % 2 == 0 && open == close;
    }

    /**
     * A sentence that leans on what came before: it opens with a pronoun whose referent it does not
     * carry ("He said...", "They..."), with a connective ("But...", "And...", "So far...", "However,...")
     * or with a place or scene it does not name ("There...", "Here..."). On its own, in a summary, it
     * would point at nothing.
     */
    static boolean leansOnContext(SentenceUnit u) {
        List<Token> tokens = u.sentence().tokens();
        if (tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0).text().toLowerCase(Locale.ROOT);
        return switch (first) {
            case "he", "she", "it", "they", "him", "them", "this", "these", "those", "his", "her", "their", "its",
                    "but", "and", "so", "then", "thus", "however", "meanwhile", "also", "yet", "still", "instead",
                    "nevertheless", "moreover", "furthermore", "besides", "otherwise", "likewise", "similarly",
                    "there", "here" -> true;
            default -> false;
        };
    }

    /**
     * The headline: the article title closest to what the summary says, among those whose figures
     * the summary does not contradict when there are any ("At least 42 dead" does not head a
     * summary that says the toll rose to 47); with no titles, the first summary sentence that can
     * open a story, cut at a clause boundary ({@link HeadlineCut}).
     */
    private static String headline(List<Article> articles, List<SentenceUnit> all, List<SentenceUnit> chosen,
            Support support) {
        List<TermVector> summaryTerms = new ArrayList<>();
        for (SentenceUnit c : chosen) {
            summaryTerms.add(c.terms());
        }
        TermVector centroid = TermVector.sum(summaryTerms);
        String best = null;
        double bestSim = -1;
        boolean bestClashes = true;
        Nlp nlp = Nlp.get();
        for (Article a : articles) {
            if (a.title() == null || a.title().isBlank()) {
                continue;
            }
            QuantityDetector.Figures figures = QuantityDetector.figures(a.title());
            boolean clashes = chosen.stream().anyMatch(c -> QuantityDetector.disagree(figures, support.figures(c)));
            Map<String, Double> w = new HashMap<>();
            for (Token t : nlp.tokens(a.title(), 0, false)) {
                if (StorySentences.isContent(t)) {
                    w.merge(t.stem(), 1.0, Double::sum);
                }
            }
            double sim = new TermVector(w).cosine(centroid);
            if (bestClashes && !clashes || clashes == bestClashes && sim > bestSim) {
                bestSim = sim;
                bestClashes = clashes;
                best = a.title().strip();
            }
        }
        if (best != null) {
            return best;
        }
        String cut = HeadlineCut.fromSummary(chosen);
        if (cut != null) {
            return cut;
        }
        return all.isEmpty() ? "" : HeadlineCut.cut(all.get(0).text());
    }
}
