package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.newsfuse.model.Token;

/**
 * What a set of candidate sentences is worth as a summary, and a search for the best set within a
 * word budget.
 *
 * <p>Two parts, both monotone and with diminishing returns:
 * <ul>
 *   <li><b>concept coverage</b>: the weight of every bigram concept the sentences cover, each
 *       counted once (the integer program {@link CoverageIlp} solves alone);</li>
 *   <li><b>closeness to a pseudo-reference</b>: how many of the sentences' words a summary of the
 *       story written from its articles' openings would contain, word for word, each word counted
 *       at most as often as it is expected there ({@link PseudoReference}). Bigrams say what the
 *       story is about; this part makes the summary read as the articles' leads do — their
 *       vocabulary, their function words included, at their rates — and it rewards using the
 *       budget's words rather than leaving them empty.</li>
 * </ul>
 *
 * <p>The value is {@code Σ_c w_c·[c covered] + λ·Σ_w min(count_S(w), e_w)}. The search starts at
 * the optimum of the coverage part alone (as {@link CoverageIlp} finds it) and improves the whole
 * by local moves — add a sentence, or exchange one chosen for one not chosen — taking the best
 * move while one improves the value by more than rounding. Each move's gain is computed incrementally from cover
 * and word counts. Deterministic: ties go to the earlier move.
 */
final class SummaryObjective {
    private static final double EPS = 1e-9;
    private static final int MAX_MOVES = 200;

    private final int[] length;
    private final int[][] concepts;
    private final double[] conceptWeight;
    private final int[][] words;
    private final int[][] wordCounts;
    private final double[] expected;
    private final double lambda;
    private final Map<String, Integer> conceptIds;
    private final Map<String, Integer> wordIds;

    private final int[] covers;
    private final int[] uses;
    private final boolean[] chosen;
    private final List<Integer> members = new ArrayList<>();
    private int used;

    /**
     * @param candidates    the sentences a summary may take
     * @param conceptsOf    each candidate's concepts
     * @param conceptWeight each concept's weight (missing or zero: not a concept)
     * @param reference     expected counts of words (stems) in a reference summary
     * @param lambda        what one matched word of the reference is worth, in concept weight
     */
    SummaryObjective(List<SentenceUnit> candidates, List<List<String>> conceptsOf, Map<String, Double> conceptWeight,
            Map<String, Double> reference, double lambda) {
        int n = candidates.size();
        this.length = new int[n];
        this.concepts = new int[n][];
        this.words = new int[n][];
        this.wordCounts = new int[n][];
        this.lambda = lambda;
        this.conceptIds = new HashMap<>();
        this.wordIds = new HashMap<>();
        List<Double> cw = new ArrayList<>();
        List<Double> ew = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SentenceUnit u = candidates.get(i);
            length[i] = Math.max(1, u.words());
            List<Integer> cs = new ArrayList<>();
            for (String b : conceptsOf.get(i)) {
                Double w = conceptWeight.get(b);
                if (w == null || w <= 0) {
                    continue;
                }
                cs.add(conceptIds.computeIfAbsent(b, k -> {
                    cw.add(w);
                    return cw.size() - 1;
                }));
            }
            concepts[i] = cs.stream().mapToInt(Integer::intValue).toArray();
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Token t : u.sentence().tokens()) {
                Double e = t.isWord() ? reference.get(t.stem()) : null;
                if (e == null || e <= 0) {
                    continue;
                }
                int id = wordIds.computeIfAbsent(t.stem(), k -> {
                    ew.add(e);
                    return ew.size() - 1;
                });
                counts.merge(id, 1, Integer::sum);
            }
            words[i] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            wordCounts[i] = counts.values().stream().mapToInt(Integer::intValue).toArray();
        }
        this.conceptWeight = cw.stream().mapToDouble(Double::doubleValue).toArray();
        this.expected = ew.stream().mapToDouble(Double::doubleValue).toArray();
        this.covers = new int[this.conceptWeight.length];
        this.uses = new int[this.expected.length];
        this.chosen = new boolean[n];
    }

    /** The candidates' lengths in words. */
    int[] lengths() {
        return length.clone();
    }

    /** Each candidate's concepts, as indices into {@link #conceptWeights()}. */
    int[][] concepts() {
        return concepts;
    }

    /** The concepts' weights. */
    double[] conceptWeights() {
        return conceptWeight.clone();
    }

    /**
     * The best set found from a starting set within the budget (candidate indices, increasing).
     * A move never brings in a sentence that clashes with one the set keeps (a repeat: the
     * coverage part gives it nothing, but its words would still match the pseudo-reference), and
     * clashing sentences in the start are dropped first.
     *
     * @param start   a feasible set to start from (for instance the coverage optimum)
     * @param budget  the most words the set may have
     * @param repeats whether two candidates (by index) may not stand in one summary
     */
    int[] improve(int[] start, int budget, BiPredicate<Integer, Integer> repeats) {
        return improve(start, budget, repeats, -1);
    }

    /**
     * As {@link #improve(int[], int, BiPredicate)}, never dropping candidate {@code fixed} (the
     * lead; -1 for none), which the start must hold. The set stays loaded: {@link #gainOf},
     * {@link #take} and {@link #drop} then work on it.
     */
    int[] improve(int[] start, int budget, BiPredicate<Integer, Integer> repeats, int fixed) {
        return improve(start, budget, repeats, fixed, new boolean[length.length]);
    }

    /**
     * As {@link #improve(int[], int, BiPredicate, int)}, never bringing in a candidate marked in
     * {@code excluded} (the start must hold none).
     */
    int[] improve(int[] start, int budget, BiPredicate<Integer, Integer> repeats, int fixed, boolean[] excluded) {
        Map<Long, Boolean> memo = new HashMap<>();
        BiPredicate<Integer, Integer> conflict = (a, b) -> memo.computeIfAbsent(
                (long) Math.min(a, b) * length.length + Math.max(a, b), key -> repeats.test(a, b));
        java.util.Arrays.fill(covers, 0);
        java.util.Arrays.fill(uses, 0);
        java.util.Arrays.fill(chosen, false);
        members.clear();
        used = 0;
        for (int i : start) {
            add(i);
        }
        repair(conflict, fixed);
        for (int move = 0; move < MAX_MOVES; move++) {
            double bestGain = EPS;
            int bestOut = -1;
            int bestIn = -1;
            for (int j = 0; j < length.length; j++) {
                if (!chosen[j] && !excluded[j] && used + length[j] <= budget && !repeatsChosen(j, -1, conflict)) {
                    double g = gain(j);
                    if (g > bestGain) {
                        bestGain = g;
                        bestOut = -1;
                        bestIn = j;
                    }
                }
            }
            for (int k = 0; k < length.length; k++) {
                if (!chosen[k] || k == fixed) {
                    continue;
                }
                remove(k);
                double loss = -gain(k); // never a gain by itself: the value only grows with the set
                for (int j = 0; j < length.length; j++) {
                    if (j == k || chosen[j] || excluded[j] || used + length[j] > budget || repeatsChosen(j, k, conflict)) {
                        continue;
                    }
                    double g = gain(j) + loss;
                    if (g > bestGain) {
                        bestGain = g;
                        bestOut = k;
                        bestIn = j;
                    }
                }
                add(k);
            }
            if (bestIn < 0) {
                break;
            }
            if (bestOut >= 0) {
                remove(bestOut);
            }
            add(bestIn);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Drops sentences that repeat another chosen one, the one whose loss costs least first. */
    private void repair(BiPredicate<Integer, Integer> conflict, int fixed) {
        while (true) {
            int drop = -1;
            double cheapest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < chosen.length; i++) {
                if (!chosen[i] || i == fixed || !repeatsChosen(i, i, conflict)) {
                    continue;
                }
                remove(i);
                double loss = gain(i);
                add(i);
                if (loss < cheapest) {
                    cheapest = loss;
                    drop = i;
                }
            }
            if (drop < 0) {
                return;
            }
            remove(drop);
        }
    }

    /** Whether candidate {@code j} repeats a chosen sentence other than {@code except}. */
    private boolean repeatsChosen(int j, int except, BiPredicate<Integer, Integer> conflict) {
        for (int i : members) {
            if (i != except && conflict.test(i, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of the sentences' first words, given as token lists (whole sentences or prefixes):
     * their bigram concepts and the leads' words; a prefix is no sentence, so support does not count.
     */
    double value(List<List<Token>> sentences) {
        java.util.Set<Integer> covered = new java.util.HashSet<>();
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<Token> tokens : sentences) {
            for (String b : StorySentences.bigrams(tokens)) {
                Integer id = conceptIds.get(b);
                if (id != null) {
                    covered.add(id);
                }
            }
            for (Token t : tokens) {
                Integer id = t.isWord() ? wordIds.get(t.stem()) : null;
                if (id != null) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }
        double v = 0;
        for (int c : covered) {
            v += conceptWeight[c];
        }
        double m = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            m += Math.min(e.getValue(), expected[e.getKey()]);
        }
        return v + lambda * m;
    }

    /** What adding candidate {@code i} to the set the last search left would add. */
    double gainOf(int i) {
        return gain(i);
    }

    /** Adds candidate {@code i} to the set the last search left. */
    void take(int i) {
        add(i);
    }

    /** Removes candidate {@code i} from the set the last search left. */
    void drop(int i) {
        remove(i);
    }

    /** What adding candidate {@code i} to the current set would add. */
    private double gain(int i) {
        double g = 0;
        for (int c : concepts[i]) {
            if (covers[c] == 0) {
                g += conceptWeight[c];
            }
        }
        double m = 0;
        for (int k = 0; k < words[i].length; k++) {
            int w = words[i][k];
            double e = expected[w];
            m += Math.min(uses[w] + wordCounts[i][k], e) - Math.min(uses[w], e);
        }
        return g + lambda * m;
    }

    private void add(int i) {
        chosen[i] = true;
        members.add(i);
        used += length[i];
        for (int c : concepts[i]) {
            covers[c]++;
        }
        for (int k = 0; k < words[i].length; k++) {
            uses[words[i][k]] += wordCounts[i][k];
        }
    }

    private void remove(int i) {
        chosen[i] = false;
        members.remove(Integer.valueOf(i));
        used -= length[i];
        for (int c : concepts[i]) {
            covers[c]--;
        }
        for (int k = 0; k < words[i].length; k++) {
            uses[words[i][k]] -= wordCounts[i][k];
        }
    }
}
