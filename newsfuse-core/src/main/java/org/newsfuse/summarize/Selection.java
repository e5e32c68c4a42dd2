package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsfuse.model.Token;

/**
 * The search for a summary's sentences: the optimum of concepts and support ({@link CoverageIlp})
 * with the lead held in, improved on the whole objective ({@link SummaryObjective}); then every
 * sentence whose opening refers back to something the summary has not said is replaced; then the
 * words left are filled with a shortened sentence ({@link Compression}) when a whole one does not fit.
 */
final class Selection {
    private static final double EPS = 1e-9;
    /** Fewest words a shortened sentence may have. */
    static final int MIN_COMPRESSED = 8;

    private final List<SentenceUnit> candidates;
    private final SummaryObjective objective;
    private final Support support;
    private int budget;
    private final int lead;
    private final boolean[] banned;
    private final TreeSet<Integer> chosen = new TreeSet<>();

    /**
     * @param budget    the words the sentences may have
     * @param leadScore how well each candidate would lead ({@link Editorial#leadScore}; 0: it cannot)
     */
    Selection(List<SentenceUnit> candidates, SummaryObjective objective, Support support, int budget,
            Map<SentenceUnit, Double> leadScore) {
        this.candidates = candidates;
        this.objective = objective;
        this.support = support;
        this.budget = budget;
        this.banned = new boolean[candidates.size()];
        solve(-1);
        int lead = best(leadScore, true);
        if (lead < 0) {
            // no chosen sentence carries the event: the one that carries it best leads, the rest re-chosen around it
            lead = best(leadScore, false);
            if (lead >= 0) {
                solve(lead);
            }
        }
        this.lead = lead;
        if (lead >= 0) {
            int extra = StorySentences.words(Editorial.withDate(candidates.get(lead))) - candidates.get(lead).words();
            if (candidates.get(lead).words() + extra <= budget) {
                reserve(extra);
            }
        }
    }

    /** The candidate with the best lead score, among the chosen ones or all that fit; -1 when none can lead. */
    private int best(Map<SentenceUnit, Double> leadScore, boolean amongChosen) {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double s = leadScore.getOrDefault(candidates.get(i), 0.0);
            if ((amongChosen ? chosen.contains(i) : candidates.get(i).words() <= budget) && s > bestScore + 1e-12) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /** The optimum of concepts and support, improved on the whole objective; with {@code lead} (or -1) held in. */
    private void solve(int lead) {
        int[] length = objective.lengths();
        double[] weight = objective.conceptWeights();
        int[][] concepts = objective.concepts();
        int ilpBudget = budget;
        if (lead >= 0) {
            ilpBudget = Math.max(0, budget - length[lead]);
            for (int c : concepts[lead]) {
                weight[c] = 0;
            }
            for (int i = 0; i < length.length; i++) {
                if (i == lead || clash(i, lead)) {
                    length[i] = ilpBudget + 1;
                }
            }
        }
        CoverageIlp.Solution s = CoverageIlp.solve(length, concepts, weight, ilpBudget);
        int[] start = s.items();
        if (lead >= 0) {
            start = java.util.Arrays.copyOf(start, start.length + 1);
            start[start.length - 1] = lead;
            java.util.Arrays.sort(start);
        }
        chosen.clear();
        for (int i : objective.improve(start, budget, this::clash, lead)) {
            chosen.add(i);
        }
        if (chosen.isEmpty() && !candidates.isEmpty()) {
            // nothing fits (or nothing is shared): the opening sentence of the first article leads
            int first = 0;
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).words() <= budget) {
                    first = i;
                    break;
                }
            }
            objective.take(first);
            chosen.add(first);
        }
    }

    /** Makes room for {@code words} more words (the lead's resolved date): drops what costs least, then refills. */
    private void reserve(int words) {
        budget -= words;
        while (used() > budget) {
            int drop = -1;
            double cheapest = Double.POSITIVE_INFINITY;
            for (int i : chosen) {
                if (i == lead) {
                    continue;
                }
                objective.drop(i);
                double loss = objective.gainOf(i);
                objective.take(i);
                if (loss < cheapest) {
                    cheapest = loss;
                    drop = i;
                }
            }
            if (drop < 0) {
                budget += words; // only the lead: it keeps its words, the date is not shown
                return;
            }
            objective.drop(drop);
            chosen.remove(drop);
        }
        refill();
    }

    /** The lead: the chosen sentence that best carries the event, or null. */
    SentenceUnit lead() {
        return lead < 0 ? null : candidates.get(lead);
    }

    private boolean clash(int a, int b) {
        return Summarizer.clash(candidates.get(a), candidates.get(b), support);
    }

    private List<SentenceUnit> units() {
        List<SentenceUnit> out = new ArrayList<>();
        for (int i : chosen) {
            out.add(candidates.get(i));
        }
        return out;
    }

    private int used() {
        int n = 0;
        for (int i : chosen) {
            n += candidates.get(i).words();
        }
        return n;
    }

    /**
     * The chosen sentences in reading order, each opening that refers back ("the move") resolved
     * by a sentence before it: an unresolved one is dropped, never to return, and the rest is
     * chosen again around what is left ({@link #refill}).
     */
    List<SentenceUnit> resolveReferences(Map<SentenceUnit, Double> importance) {
        SentenceUnit leadUnit = lead();
        for (int round = 0; round < 2 * candidates.size() + 1; round++) {
            List<SentenceUnit> ordered = Editorial.order(units(), leadUnit, importance);
            int bad = -1;
            for (int p = 0; p < ordered.size() && bad < 0; p++) {
                if (!Editorial.resolved(ordered.get(p), ordered.subList(0, p))
                        || leadUnit != null && !Summarizer.aboutTheNews(ordered.get(p), leadUnit, support)) {
                    bad = candidates.indexOf(ordered.get(p));
                }
            }
            if (bad < 0) {
                return ordered;
            }
            objective.drop(bad);
            chosen.remove(bad);
            banned[bad] = true;
            refill();
        }
        return Editorial.order(units(), leadUnit, importance);
    }

    /**
     * After sentences left (a dropped reference, the lead's date): the local search again from what
     * is left, on the whole objective, never bringing a banned sentence back. A greedy refill only
     * adds; the search also exchanges, so the words a dropped sentence leaves can go to a sentence
     * that displaces a weaker one.
     */
    private void refill() {
        int[] start = chosen.stream().mapToInt(Integer::intValue).toArray();
        chosen.clear();
        for (int i : objective.improve(start, budget, this::clash, lead, banned)) {
            chosen.add(i);
        }
    }

    /**
     * The summary with the words left filled: while at least {@link #MIN_COMPRESSED} words are left,
     * the shortened sentence ({@link Compression}) that fits, repeats nothing chosen, needs no
     * reference it lacks and adds the most to the summary's concepts and leads' words.
     */
    List<SentenceUnit> fill(List<SentenceUnit> ordered, Map<SentenceUnit, Double> importance) {
        SentenceUnit leadUnit = lead();
        List<SentenceUnit> out = new ArrayList<>(ordered);
        int used = 0;
        for (SentenceUnit u : out) {
            used += u.words();
        }
        while (budget - used >= MIN_COMPRESSED) {
            List<List<Token>> tokens = new ArrayList<>();
            for (SentenceUnit u : out) {
                tokens.add(Summarizer.prefixTokens(u, u.words()));
            }
            double base = objective.value(tokens);
            SentenceUnit best = null;
            double bestGain = EPS;
            for (int j = 0; j < candidates.size(); j++) {
                SentenceUnit c = candidates.get(j);
                if (banned[j] || chosen.contains(j) || c.words() <= MIN_COMPRESSED || !Editorial.resolved(c, out)
                        || leadUnit != null && !Summarizer.aboutTheNews(c, leadUnit, support)) {
                    continue;
                }
                if (out.stream().anyMatch(o -> o.sentence() == c.sentence() && o.article() == c.article())) {
                    continue;
                }
                for (SentenceUnit v : Compression.variants(c, MIN_COMPRESSED)) {
                    if (v.words() > budget - used || out.stream().anyMatch(o -> Summarizer.clash(v, o, support))) {
                        continue;
                    }
                    tokens.add(Summarizer.prefixTokens(v, v.words()));
                    double g = objective.value(tokens) - base;
                    tokens.remove(tokens.size() - 1);
                    if (g > bestGain) {
                        bestGain = g;
                        best = v;
                    }
                }
            }
            if (best == null) {
                break;
            }
            SentenceUnit origin = best;
            importance.put(best, importance.entrySet().stream()
                    .filter(e -> e.getKey().sentence() == origin.sentence() && e.getKey().article() == origin.article())
                    .mapToDouble(Map.Entry::getValue).findFirst().orElse(0));
            List<SentenceUnit> next = new ArrayList<>(out);
            next.add(best);
            next = Editorial.order(next, leadUnit, importance);
            boolean ok = true;
            for (int p = 0; p < next.size(); p++) {
                ok &= Editorial.resolved(next.get(p), next.subList(0, p));
            }
            if (!ok) {
                break;
            }
            out = next;
            used += best.words();
        }
        return out;
    }
}
