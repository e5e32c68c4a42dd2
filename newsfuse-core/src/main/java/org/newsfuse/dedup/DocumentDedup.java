package org.newsfuse.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds near-duplicate documents (syndicated wire copy, re-posts) among many: each text becomes a
 * set of {@value #K}-word shingles; with {@link Method#MINHASH} a MinHash signature of
 * {@value #HASHES} values is banded into an LSH index ({@value #BANDS} bands × {@value #ROWS} rows)
 * that proposes candidates, and a candidate counts as a copy when the estimated Jaccard similarity
 * reaches the threshold; with {@link Method#SIMHASH} a 64-bit fingerprint within
 * {@value #SIMHASH_BITS} bits does. Copies are grouped transitively (union-find). Cost is linear in
 * the documents plus the candidates, never all pairs.
 */
public final class DocumentDedup {
    /** Words per shingle: long enough that unrelated texts share almost none. */
    public static final int K = 5;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = 4;
    /** Default Jaccard similarity at which two documents are copies (docs/clustering.md says how it was measured). */
    public static final double THRESHOLD = 0.6;
    /** Default Hamming distance for SimHash copies. */
    public static final int SIMHASH_BITS = 6;
    // SimHash fingerprints the set of distinct words (5-word shingles make it flip too many bits for an edited copy)
    /** Documents with fewer words than this are never called copies: too little text to tell. */
    public static final int MIN_WORDS = 30;

    /** How candidates are found and verified. */
    public enum Method { MINHASH, SIMHASH }

    private final Method method;
    private final double threshold;
    private final MinHash minHash = new MinHash(HASHES);

    public DocumentDedup() {
        this(Method.MINHASH, THRESHOLD);
    }

    public DocumentDedup(Method method, double threshold) {
        this.method = method;
        this.threshold = threshold;
    }

    /** A copy found: document {@code copy} repeats document {@code of} with this similarity. */
    public record Pair(int of, int copy, double similarity) {
    }

    /** What was found: for each document, the representative of its group (itself when unique), and the pairs. */
    public record Result(int[] representative, List<Pair> pairs) {
        /** Number of distinct documents left once copies are merged. */
        public int distinct() {
            int n = 0;
            for (int i = 0; i < representative.length; i++) {
                if (representative[i] == i) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Groups the texts. The representative of a group is its member with the most words (the
     * fullest copy), the earliest on ties.
     */
    public Result find(List<String> texts) {
        int n = texts.size();
        long[][] sigs = new long[n][];
        long[] fps = new long[n];
        int[] words = new int[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            List<String> w = Shingles.words(texts.get(i));
            words[i] = w.size();
            long[] sh = Shingles.hashes(w, K);
            if (method == Method.MINHASH) {
                sigs[i] = minHash.signature(sh);
            } else {
                fps[i] = SimHash.of(java.util.Arrays.stream(Shingles.hashes(w, 1)).boxed().toList());
            }
        });
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<Pair> pairs = new ArrayList<>();
        if (method == Method.MINHASH) {
            LshIndex lsh = new LshIndex(BANDS, ROWS);
            for (int i = 0; i < n; i++) {
                if (words[i] < MIN_WORDS) {
                    continue;
                }
                for (int j : lsh.candidates(sigs[i])) {
                    double s = MinHash.similarity(sigs[i], sigs[j]);
                    if (s >= threshold) {
                        pairs.add(new Pair(j, i, s));
                        union(parent, i, j);
                    }
                }
                lsh.add(i, sigs[i]);
            }
        } else {
            SimHash.Index idx = new SimHash.Index(SIMHASH_BITS);
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (words[i] < MIN_WORDS) {
                    continue;
                }
                for (int k : idx.near(fps[i])) {
                    int j = ids.get(k);
                    pairs.add(new Pair(j, i, 1 - SimHash.distance(fps[i], fps[j]) / 64.0));
                    union(parent, i, j);
                }
                idx.add(fps[i]);
                ids.add(i);
            }
        }
        int[] best = new int[n];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (best[r] < 0 || words[i] > words[best[r]]) {
                best[r] = i;
            }
        }
        int[] rep = new int[n];
        for (int i = 0; i < n; i++) {
            rep[i] = best[find(parent, i)];
        }
        return new Result(rep, pairs);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
