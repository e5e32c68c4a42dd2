package org.newsfuse.eval.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-LSum as the Fundus benchmark computes it (Google's {@code rouge_score},
 * {@code RougeScorer(["rougeLsum"], use_stemmer=False, split_summaries=True)}): reference and
 * extraction are their paragraphs joined by blank lines, split into sentences
 * ({@link PunktLikeSentences}); tokens are lower-cased runs of ASCII letters and digits, no stemming;
 * for each reference sentence the union of its longest common subsequences with every extracted
 * sentence counts as hits, each token consumed at most as often as it occurs on both sides.
 * Reference paragraphs in square brackets are optional: every subset of them may be left out and
 * the best F1 counts, as the benchmark's {@code get_reference_bodies} does.
 */
public final class RougeLsumScorer {
    private final boolean punkt;

    /** The scorer of the Fundus benchmark: sentences split the way Punkt splits them. */
    public RougeLsumScorer() {
        this(true);
    }

    /**
     * A scorer that splits paragraphs into sentences ({@code true}, the benchmark's way) or takes each
     * paragraph as one sentence ({@code false}).
     */
    public RougeLsumScorer(boolean splitSentences) {
        this.punkt = splitSentences;
    }

    /** The best score of the extraction over the reference's variants (optional paragraphs in or out). */
    public Prf score(List<String> reference, List<String> extracted) {
        List<Integer> optional = new ArrayList<>(); // indices into paragraphs
        List<String> paragraphs = new ArrayList<>();
        for (String p : reference) {
            boolean isOptional = !p.isEmpty() && p.charAt(0) == '[' && p.charAt(p.length() - 1) == ']';
            if (isOptional) {
                p = p.substring(1, p.length() - 1);
                optional.add(paragraphs.size());
            }
            paragraphs.add(p);
        }
        Vocabulary vocab = new Vocabulary();
        List<int[]> candidate = new ArrayList<>();
        List<String> extractedSentences = punkt ? PunktLikeSentences.split(String.join("\n\n", extracted))
                : extracted.stream().filter(x -> !x.isEmpty()).toList();
        for (String s : extractedSentences) {
            candidate.add(vocab.ids(tokenize(s)));
        }
        // each reference paragraph split on its own; whether it runs on into the next kept paragraph
        // depends only on its last word and the next paragraph's first token
        List<List<int[]>> paraSentences = new ArrayList<>();
        for (String p : paragraphs) {
            List<int[]> ss = new ArrayList<>();
            for (String s : punkt ? PunktLikeSentences.split(p) : List.of(p)) {
                ss.add(vocab.ids(tokenize(s)));
            }
            if (ss.isEmpty()) {
                ss.add(new int[0]);
            }
            paraSentences.add(ss);
        }
        Map<TokenKey, int[][]> unionCache = new HashMap<>();
        Map<Long, Boolean> breaks = new HashMap<>();
        Prf best = null;
        for (BitSet dropped : powersetOrder(optional.size())) {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                int k = optional.indexOf(i);
                if ((k < 0 || !dropped.get(k)) && !paragraphs.get(i).isBlank()) {
                    kept.add(i);
                }
            }
            List<int[][]> refSentences = new ArrayList<>();
            List<int[]> pending = new ArrayList<>();
            for (int n = 0; n < kept.size(); n++) {
                int pi = kept.get(n);
                List<int[]> ss = paraSentences.get(pi);
                for (int si = 0; si < ss.size(); si++) {
                    pending.add(ss.get(si));
                    boolean last = si == ss.size() - 1;
                    boolean runsOn = last && n + 1 < kept.size()
                            && !breaks.computeIfAbsent(((long) pi << 32) | kept.get(n + 1),
                                    x -> breaksBetween(paragraphs.get(pi), paragraphs.get((int) (x & 0xffffffffL))));
                    if (!runsOn) {
                        int[] tokens = concat(pending);
                        refSentences.add(unionCache.computeIfAbsent(new TokenKey(tokens),
                                x -> new int[][] {tokens, unionLcs(tokens, candidate)}));
                        pending.clear();
                    }
                }
            }
            Prf score = summaryLevel(refSentences, candidate, vocab.size());
            // rouge_score's max() keeps the first maximum, in powerset order
            if (best == null || score.f1() > best.f1()) {
                best = score;
            }
        }
        return best;
    }

    private boolean breaksBetween(String paragraph, String next) {
        return !punkt || PunktLikeSentences.breaksBetweenParagraphs(paragraph, next);
    }

    private static int[] concat(List<int[]> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }

    private static List<BitSet> powersetOrder(int n) {
        List<BitSet> out = new ArrayList<>();
        for (int size = 0; size <= n; size++) {
            combinations(n, size, 0, new BitSet(), out);
        }
        return out;
    }

    private static void combinations(int n, int size, int from, BitSet current, List<BitSet> out) {
        if (current.cardinality() == size) {
            out.add((BitSet) current.clone());
            return;
        }
        for (int i = from; i < n; i++) {
            current.set(i);
            combinations(n, size, i + 1, current, out);
            current.clear(i);
        }
    }

    private static Prf summaryLevel(List<int[][]> ref, List<int[]> cand, int vocabSize) {
        int m = 0;
        for (int[][] r : ref) {
            m += r[0].length;
        }
        int n = 0;
        for (int[] c : cand) {
            n += c.length;
        }
        if (ref.isEmpty() || cand.isEmpty() || m == 0 || n == 0) {
            return new Prf(0, 0, 0);
        }
        int[] cntR = new int[vocabSize];
        int[] cntC = new int[vocabSize];
        for (int[][] r : ref) {
            for (int t : r[0]) {
                cntR[t]++;
            }
        }
        for (int[] c : cand) {
            for (int t : c) {
                cntC[t]++;
            }
        }
        int hits = 0;
        for (int[][] r : ref) {
            for (int t : r[1]) {
                if (cntC[t] > 0 && cntR[t] > 0) {
                    hits++;
                    cntC[t]--;
                    cntR[t]--;
                }
            }
        }
        return Prf.of((double) hits / n, (double) hits / m);
    }

    /** The tokens of {@code ref} at the union of its LCS positions with each candidate sentence, in order. */
    static int[] unionLcs(int[] ref, List<int[]> candidates) {
        BitSet union = new BitSet(ref.length);
        for (int[] c : candidates) {
            lcsPositions(ref, c, union);
        }
        int[] out = new int[union.cardinality()];
        int k = 0;
        for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
            out[k++] = ref[i];
        }
        return out;
    }

    /** Marks in {@code into} the positions of {@code ref} on one LCS with {@code can} (rouge_score's backtrack). */
    static void lcsPositions(int[] ref, int[] can, BitSet into) {
        int rows = ref.length;
        int cols = can.length;
        if (rows == 0 || cols == 0) {
            return;
        }
        int w = cols + 1;
        int[] t = new int[(rows + 1) * w];
        for (int i = 1; i <= rows; i++) {
            int ri = ref[i - 1];
            int row = i * w;
            int prev = (i - 1) * w;
            for (int j = 1; j <= cols; j++) {
                t[row + j] = ri == can[j - 1] ? t[prev + j - 1] + 1 : Math.max(t[prev + j], t[row + j - 1]);
            }
        }
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref[i - 1] == can[j - 1]) {
                into.set(i - 1);
                i--;
                j--;
            } else if (t[i * w + j - 1] > t[(i - 1) * w + j]) {
                j--;
            } else {
                i--;
            }
        }
    }

    /** rouge_score's default tokenizer without stemming: lower case, runs of [a-z0-9]. */
    public static List<String> tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(lower.substring(start));
        }
        return out;
    }

    /** A token sequence as a map key: sentences with the same tokens have the same LCS union. */
    private record TokenKey(int[] tokens) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TokenKey k && Arrays.equals(tokens, k.tokens);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(tokens);
        }

        @Override
        public String toString() {
            return Arrays.toString(tokens);
        }
    }

    /** Interns tokens as small integers. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();

        int[] ids(List<String> tokens) {
            int[] out = new int[tokens.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.computeIfAbsent(tokens.get(i), k -> ids.size());
            }
            return out;
        }

        int size() {
            return ids.size();
        }
    }
}
