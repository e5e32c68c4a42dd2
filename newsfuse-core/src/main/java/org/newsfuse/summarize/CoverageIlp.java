package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The concept-coverage integer program of Gillick and Favre (2009), solved exactly by branch and
 * bound: choose items (sentences), each with a length and a set of concepts, to maximise the total
 * weight of the concepts covered at least once, within a length budget:
 *
 * <pre>
 *   max Σ_c w_c·y_c   s.t.   Σ_i len_i·x_i ≤ B,   y_c ≤ Σ_{i ∋ c} x_i,   x, y ∈ {0, 1}
 * </pre>
 *
 * <p>Bounds come from a Lagrangian relaxation of the coverage constraints: for any multipliers
 * {@code u_c ≥ 0}, {@code Σ_c max(0, w_c − u_c) + knapsack(values Σ_{c ∈ i} u_c)} bounds the
 * optimum from above, and the 0/1 knapsack over integer lengths is solved exactly by dynamic
 * programming. The multipliers are tuned once at the root by subgradient steps, then reused at
 * every node on the concepts not yet covered. The search is depth first, items taken in order of
 * weight per word, including before excluding; the greedy solution is the first incumbent.
 *
 * <p>A node limit and a limit on the bounds' work guard against hard or large inputs: past either,
 * the best solution found so far is returned and {@link Solution#optimal()} is false. Both count
 * steps, not time, so the result does not depend on the machine. Deterministic: ties go to the
 * earlier item.
 */
final class CoverageIlp {
    /** Nodes explored before giving up on a proof of optimality. */
    static final int NODE_LIMIT = 1_000_000;
    /**
     * Knapsack cells the bounds may fill before the search gives up on a proof: bounds cost items ×
     * budget each, so a large story reaches this before the node limit (about a second of work).
     */
    static final long WORK_LIMIT = 2_000_000_000L;
    private static final double EPS = 1e-9;
    /** Relative margin of the quick prune: rounding in sums of a few hundred terms stays below 1e-13 of them. */
    private static final double PRUNE_MARGIN = 1e-7;

    /**
     * A solution.
     *
     * @param items   the chosen items, in increasing index order
     * @param value   total weight of the concepts they cover
     * @param optimal whether the search finished (the value is the optimum)
     * @param nodes   search nodes explored
     */
    record Solution(int[] items, double value, boolean optimal, int nodes) {
    }

    private final int[] length;
    private final int[][] concepts;
    private final double[] weight;
    private final int budget;
    private final int[] order;
    private final double[] u;
    /** Concepts only one item has: their multiplier stays at their weight, which makes their part of the bound exact. */
    private final boolean[] single;
    private final int[] coverCount;
    private final int[] chosen;
    private int depth;
    private int[] best;
    private double bestValue;
    private int nodes;
    private long work;
    private final double[] dp;
    /**
     * The knapsack's choices: {@code keep[k][b]} whether the item at position {@code k} improved
     * capacity {@code b}; valid from the item's length up, and only when {@code active[k]} (the item
     * took part in the last bound), so no row is cleared between bounds.
     */
    private final boolean[][] keep;
    private final boolean[] active;
    /** For each capacity, the positions in the order whose item fits it, increasing: the only rows a bound there has. */
    private final int[][] fitting;
    /** The last bound's value of the item at each position, and the top cell its row filled. */
    private final double[] rowValue;
    private final int[] rowTop;
    /** Each item's value over the uncovered concepts, valid while not {@code stale}. */
    private final double[] cachedValue;
    private final boolean[] stale;
    /**
     * The concepts whose multiplier is below their weight, in increasing order, once the multipliers
     * are final: only they add to a bound's constant (null while the multipliers are tuned).
     */
    private int[] slack;
    /** Each item's value at the final multipliers with nothing covered, summed as a bound sums it. */
    private double[] fullValue;
    /** How many of each item's concepts the current choice covers. */
    private final int[] coveredIn;
    /** The items that have each concept. */
    private final int[][] holdersOf;

    private CoverageIlp(int[] length, int[][] concepts, double[] weight, int budget) {
        this.length = length;
        this.concepts = concepts;
        this.weight = weight;
        this.budget = budget;
        this.u = weight.clone();
        int[] holders = new int[weight.length];
        for (int[] cs : concepts) {
            for (int c : cs) {
                holders[c]++;
            }
        }
        this.single = new boolean[weight.length];
        for (int c = 0; c < weight.length; c++) {
            single[c] = holders[c] == 1;
        }
        this.coverCount = new int[weight.length];
        this.coveredIn = new int[length.length];
        this.holdersOf = new int[weight.length][];
        for (int c = 0; c < weight.length; c++) {
            holdersOf[c] = new int[holders[c]];
        }
        int[] filled = new int[weight.length];
        for (int i = 0; i < concepts.length; i++) {
            for (int c : concepts[i]) {
                holdersOf[c][filled[c]++] = i;
            }
        }
        this.chosen = new int[length.length];
        this.dp = new double[budget + 1];
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < length.length; i++) {
            if (length[i] <= budget && length[i] > 0 && value(i, weight) > 0) {
                usable.add(i);
            }
        }
        Integer[] o = usable.toArray(new Integer[0]);
        Arrays.sort(o, (a, b) -> {
            int c = Double.compare(value(b, weight) / length[b], value(a, weight) / length[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        this.order = undominated(o);
        this.keep = new boolean[order.length][budget + 1];
        this.active = new boolean[order.length];
        this.fitting = new int[budget + 1][];
        for (int cap = 0; cap <= budget; cap++) {
            int n = 0;
            for (int i : order) {
                n += length[i] <= cap ? 1 : 0;
            }
            fitting[cap] = new int[n];
            n = 0;
            for (int k = 0; k < order.length; k++) {
                if (length[order[k]] <= cap) {
                    fitting[cap][n++] = k;
                }
            }
        }
        this.rowValue = new double[order.length];
        this.rowTop = new int[order.length];
        this.cachedValue = new double[length.length];
        this.stale = new boolean[length.length];
        Arrays.fill(stale, true);
    }

    /**
     * The items in order without the dominated ones: an item whose concepts another item at most
     * as long also has can be swapped for it without loss, so no optimum needs it. Of two items
     * with the same concepts and length, the earlier stays.
     */
    private int[] undominated(Integer[] o) {
        boolean[] gone = new boolean[o.length];
        java.util.Set<Integer>[] sets = new java.util.Set[o.length];
        for (int k = 0; k < o.length; k++) {
            sets[k] = new java.util.HashSet<>();
            for (int c : concepts[o[k]]) {
                if (weight[c] > 0) {
                    sets[k].add(c);
                }
            }
        }
        for (int a = 0; a < o.length; a++) {
            for (int b = 0; b < o.length && !gone[a]; b++) {
                if (a == b || gone[b] || length[o[b]] > length[o[a]] || sets[b].size() < sets[a].size()) {
                    continue;
                }
                boolean same = sets[b].size() == sets[a].size() && length[o[b]] == length[o[a]];
                if (same && o[b] > o[a]) {
                    continue;
                }
                if (sets[b].containsAll(sets[a])) {
                    gone[a] = true;
                }
            }
        }
        int[] out = new int[o.length];
        int n = 0;
        for (int k = 0; k < o.length; k++) {
            if (!gone[k]) {
                out[n++] = o[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Solves one instance.
     *
     * @param length   each item's length (positive)
     * @param concepts each item's concepts, as indices into {@code weight}, without repeats
     * @param weight   each concept's weight (non-negative)
     * @param budget   the length budget
     */
    static Solution solve(int[] length, int[][] concepts, double[] weight, int budget) {
        if (length.length != concepts.length) {
            throw new IllegalArgumentException("one concept list per item");
        }
        CoverageIlp p = new CoverageIlp(length, concepts, weight, Math.max(0, budget));
        return p.run();
    }

    private double value(int item, double[] w) {
        double v = 0;
        for (int c : concepts[item]) {
            v += w[c];
        }
        return v;
    }

    private Solution run() {
        greedy();
        tuneMultipliers();
        slack = slackConcepts();
        fullValue = new double[length.length];
        for (int i : order) {
            double v = 0;
            for (int c : concepts[i]) {
                v += u[c];
            }
            fullValue[i] = v;
        }
        search(0, 0, 0);
        int[] items = best.clone();
        Arrays.sort(items);
        return new Solution(items, bestValue, nodes <= NODE_LIMIT && work <= WORK_LIMIT, nodes);
    }

    /** Greedy by marginal weight per word, then the best single item if that is better: the first incumbent. */
    private void greedy() {
        boolean[] covered = new boolean[weight.length];
        boolean[] taken = new boolean[length.length];
        List<Integer> picked = new ArrayList<>();
        int used = 0;
        double total = 0;
        while (true) {
            int pick = -1;
            double pickRatio = EPS;
            double pickGain = 0;
            for (int i : order) {
                if (taken[i] || used + length[i] > budget) {
                    continue;
                }
                double gain = 0;
                for (int c : concepts[i]) {
                    if (!covered[c]) {
                        gain += weight[c];
                    }
                }
                double ratio = gain / length[i];
                if (ratio > pickRatio + EPS) {
                    pick = i;
                    pickRatio = ratio;
                    pickGain = gain;
                }
            }
            if (pick < 0) {
                break;
            }
            taken[pick] = true;
            picked.add(pick);
            used += length[pick];
            total += pickGain;
            for (int c : concepts[pick]) {
                covered[c] = true;
            }
        }
        best = picked.stream().mapToInt(Integer::intValue).toArray();
        bestValue = total;
        for (int i : order) {
            double v = value(i, weight);
            if (v > bestValue + EPS) {
                best = new int[] {i};
                bestValue = v;
            }
        }
    }

    /**
     * The upper bound at a node, beyond the value already covered: for the uncovered concepts, the
     * Lagrangian bound over the items from position {@code from} of the order on. When {@code take}
     * is given, it receives the knapsack's choice (by position in the order).
     */
    private double bound(int from, int used, boolean[] take) {
        return bound(from, used, take, Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #bound(int, int, boolean[])}, but when a quick upper limit of the bound, the
     * knapsack's items' values all taken or the capacity filled at the best value per word, shows
     * it at most {@code prunedAt} (less a margin far wider than any rounding), the knapsack is not
     * solved and negative infinity comes back: the search would have pruned on the exact bound too.
     */
    private double bound(int from, int used, boolean[] take, double prunedAt) {
        double constant = 0;
        if (slack == null) {
            for (int c = 0; c < weight.length; c++) {
                if (coverCount[c] == 0 && weight[c] > u[c]) {
                    constant += weight[c] - u[c];
                }
            }
        } else {
            for (int c : slack) {
                if (coverCount[c] == 0) {
                    constant += weight[c] - u[c];
                }
            }
        }
        int cap = budget - used;
        work += (long) (order.length - from) * (cap + 1);
        // each taking part item's value first (cached while none of its concepts changed cover), and
        // the length of those that come after it: a row is only computed where a later row reads it
        int[] fit = fitting[cap];
        int start = Arrays.binarySearch(fit, from);
        start = start >= 0 ? start : -start - 1;
        int total = 0;
        double all = 0;
        double perWord = 0;
        for (int f = start; f < fit.length; f++) {
            int k = fit[f];
            active[k] = false;
            double v = itemValue(order[k]);
            if (v <= 0) {
                continue;
            }
            active[k] = true;
            rowValue[k] = v;
            total += length[order[k]];
            all += v;
            perWord = Math.max(perWord, v / length[order[k]]);
        }
        if (constant + Math.min(all, perWord * cap) + PRUNE_MARGIN * (1 + constant + all) <= prunedAt) {
            return Double.NEGATIVE_INFINITY;
        }
        // Row k of the knapsack is filled only on [lo, hi]: below cap − (the lengths of the items after
        // it) no later row and no trace-back reads a cell; above the lengths of the items up to it every
        // cell holds the same value and flag as cell hi (all of them taken), so cells past hi are filled
        // lazily, from cell hi, when a later row reaches them. Every cell read holds, bit for bit, what
        // the full table holds there.
        int after = total;
        int hi = 0;
        int upTo = 0;
        dp[0] = 0.0;
        for (int f = start; f < fit.length; f++) {
            int k = fit[f];
            if (!active[k]) {
                continue;
            }
            int len = length[order[k]];
            after -= len;
            upTo += len;
            int top = Math.min(cap, upTo);
            if (top > hi) {
                Arrays.fill(dp, hi + 1, top + 1, dp[hi]);
                hi = top;
            }
            int lo = total >= cap ? Math.max(len, cap - after) : len;
            double v = rowValue[k];
            boolean[] kept = keep[k];
            for (int b = hi; b >= lo; b--) {
                double old = dp[b];
                double cand = dp[b - len] + v;
                boolean better = cand > old;
                kept[b] = better;
                dp[b] = better ? cand : old;
            }
            rowTop[k] = hi;
        }
        if (take != null) {
            // a caller passes one array per capacity (a search frame, or the root), so only the rows
            // that fit it can hold an earlier bound's choice
            for (int f = start; f < fit.length; f++) {
                take[fit[f]] = false;
            }
            int b = cap;
            for (int f = fit.length - 1; f >= start; f--) {
                int k = fit[f];
                // a row's flags are written from its lower end to its top; past the top they equal the top's
                if (active[k] && b >= length[order[k]] && keep[k][Math.min(b, rowTop[k])]) {
                    take[k] = true;
                    b -= length[order[k]];
                }
            }
        }
        return constant + dp[hi];
    }

    /**
     * An item's value at the current multipliers over the concepts not yet covered, summed in the
     * order of its concepts: while the multipliers are tuned, computed; after, cached until a concept
     * of the item changes cover (the search marks it stale).
     */
    private double itemValue(int i) {
        if (slack != null) {
            if (coveredIn[i] == 0) {
                return fullValue[i];
            }
            if (!stale[i]) {
                return cachedValue[i];
            }
        }
        double v = 0;
        for (int c : concepts[i]) {
            if (coverCount[c] == 0) {
                v += u[c];
            }
        }
        if (slack != null) {
            cachedValue[i] = v;
            stale[i] = false;
        }
        return v;
    }

    /** The concepts whose multiplier is below their weight, in increasing order. */
    private int[] slackConcepts() {
        int n = 0;
        int[] out = new int[weight.length];
        for (int c = 0; c < weight.length; c++) {
            if (weight[c] > u[c]) {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Subgradient descent on the Lagrangian multipliers at the root (no item fixed). */
    private void tuneMultipliers() {
        if (order.length == 0) {
            return;
        }
        double[] bestU = u.clone();
        boolean[] take = new boolean[order.length];
        double current = bound(0, 0, take);
        double bestBound = current;
        double step = 1.0;
        int[] count = new int[weight.length];
        double[] g = new double[weight.length];
        for (int iter = 0; iter < 40 && bestBound > bestValue + EPS && step > 1e-3; iter++) {
            Arrays.fill(count, 0);
            for (int k = 0; k < order.length; k++) {
                if (take[k]) {
                    for (int c : concepts[order[k]]) {
                        count[c]++;
                    }
                }
            }
            double norm = 0;
            for (int c = 0; c < weight.length; c++) {
                g[c] = count[c] - (weight[c] > u[c] ? 1 : 0);
                norm += g[c] * g[c];
            }
            if (norm == 0) {
                break;
            }
            double t = step * (current - bestValue) / norm;
            for (int c = 0; c < weight.length; c++) {
                if (!single[c]) {
                    u[c] = Math.min(weight[c], Math.max(0, u[c] - t * g[c]));
                }
            }
            current = bound(0, 0, take);
            if (current < bestBound - EPS) {
                bestBound = current;
                System.arraycopy(u, 0, bestU, 0, u.length);
            } else {
                step *= 0.6;
            }
        }
        System.arraycopy(bestU, 0, u, 0, u.length);
    }

    /**
     * Explores every completion of the current choice with items from position {@code from} on:
     * for each next item in turn, first with it, then without it (the loop goes on). Excluding an
     * item the bound's knapsack did not take leaves the bound as it was, so it is recomputed only
     * when the excluded item was in that knapsack.
     */
    private void search(int from, int used, double value) {
        if (value > bestValue + EPS) {
            bestValue = value;
            best = Arrays.copyOf(chosen, depth);
        }
        boolean[] take = new boolean[order.length];
        double b = Double.NaN;
        for (int k = from; k < order.length; k++) {
            if (++nodes > NODE_LIMIT || work > WORK_LIMIT) {
                return;
            }
            if (Double.isNaN(b)) {
                b = bound(k, used, take, bestValue + EPS - value);
            }
            if (value + b <= bestValue + EPS) {
                return;
            }
            int i = order[k];
            if (used + length[i] <= budget) {
                double gain = 0;
                for (int c : concepts[i]) {
                    if (coverCount[c] == 0) {
                        gain += weight[c];
                    }
                }
                if (gain > 0) {
                    for (int c : concepts[i]) {
                        if (coverCount[c]++ == 0) {
                            for (int j : holdersOf[c]) {
                                coveredIn[j]++;
                                stale[j] = true;
                            }
                        }
                    }
                    chosen[depth++] = i;
                    search(k + 1, used + length[i], value + gain);
                    depth--;
                    for (int c : concepts[i]) {
                        if (--coverCount[c] == 0) {
                            for (int j : holdersOf[c]) {
                                coveredIn[j]--;
                                stale[j] = true;
                            }
                        }
                    }
                }
            }
            if (take[k]) {
                b = Double.NaN;
            }
        }
    }
}
