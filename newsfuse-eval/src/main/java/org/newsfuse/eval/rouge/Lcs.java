package org.newsfuse.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary-level ROUGE-L as ROUGE-1.5.5 computes it: for every reference sentence, the union of its
 * longest common subsequences with each peer sentence, clipped by unigram counts so that no token
 * is credited more often than it occurs in the reference or in the peer.
 */
final class Lcs {

    private static final byte DIAGONAL = 1;
    private static final byte UP = 2;
    private static final byte LEFT = 3;

    /**
     * @param hits        clipped union-LCS hits over all reference sentences
     * @param modelLength tokens of the reference summed over its sentences
     */
    record Result(long hits, long modelLength) {
    }

    private Lcs() {
    }

    /**
     * @param model         the reference's tokens by sentence
     * @param peer          the peer's tokens by sentence
     * @param modelUnigrams the reference's unigram counts (not modified)
     * @param peerUnigrams  the peer's unigram counts (not modified)
     */
    static Result unionLcs(List<List<String>> model, List<List<String>> peer,
                           Map<String, Integer> modelUnigrams, Map<String, Integer> peerUnigrams) {
        Map<String, Integer> modelLeft = new HashMap<>(modelUnigrams);
        Map<String, Integer> peerLeft = new HashMap<>(peerUnigrams);
        long hits = 0;
        long base = 0;
        for (List<String> m : model) {
            boolean[] hitMask = new boolean[m.size()];
            base += m.size();
            for (List<String> p : peer) {
                markLcs(m, p, hitMask);
            }
            for (int j = 0; j < m.size(); j++) {
                if (!hitMask[j]) {
                    continue;
                }
                String token = m.get(j);
                int inModel = modelLeft.getOrDefault(token, 0);
                int inPeer = peerLeft.getOrDefault(token, 0);
                if (inModel > 0 && inPeer > 0) {
                    hits++;
                    modelLeft.put(token, inModel - 1);
                    peerLeft.put(token, inPeer - 1);
                }
            }
        }
        return new Result(hits, base);
    }

    /**
     * Marks in {@code hitMask} the model positions of one LCS of {@code model} and {@code peer},
     * traced back with ROUGE-1.5.5's tie-breaking (prefer dropping a model token on ties).
     */
    static void markLcs(List<String> model, List<String> peer, boolean[] hitMask) {
        int m = model.size();
        int n = peer.size();
        if (m == 0) {
            return;
        }
        int[][] c = new int[m + 1][n + 1];
        byte[][] b = new byte[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            String token = model.get(i - 1);
            for (int j = 1; j <= n; j++) {
                if (token.equals(peer.get(j - 1))) {
                    c[i][j] = c[i - 1][j - 1] + 1;
                    b[i][j] = DIAGONAL;
                } else if (c[i - 1][j] >= c[i][j - 1]) {
                    c[i][j] = c[i - 1][j];
                    b[i][j] = UP;
                } else {
                    c[i][j] = c[i][j - 1];
                    b[i][j] = LEFT;
                }
            }
        }
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            switch (b[i][j]) {
                case DIAGONAL -> {
                    i--;
                    j--;
                    hitMask[i] = true;
                }
                case UP -> i--;
                case LEFT -> j--;
                default -> throw new IllegalStateException("no move at " + i + "," + j);
            }
        }
    }
}
