package org.newsfuse.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indexed repeat finder decides exactly as the pairwise loop over shingle sets it replaced. */
class ParagraphRepeatsIndexTest {
    private static final String[] WORDS = {"river", "bank", "flood", "town", "mayor", "bridge", "crews", "night",
        "talks", "union", "vote", "rate", "rain", "road", "school", "court"};

    /** The loop of the stage before issue 13: every paragraph against every other, with boxed sets. */
    static boolean[] pairwise(List<Set<Long>> sh) {
        boolean[] drop = new boolean[sh.size()];
        for (int i = 0; i < sh.size(); i++) {
            if (drop[i] || sh.get(i).isEmpty()) {
                continue;
            }
            for (int j = 0; j < sh.size(); j++) {
                if (i == j || drop[j] || drop[i]) {
                    continue;
                }
                if (Shingles.containment(sh.get(i), sh.get(j)) >= ParagraphDedupStage.CONTAINED
                        && (sh.get(j).size() > sh.get(i).size() || sh.get(j).size() == sh.get(i).size() && j < i)) {
                    drop[i] = true;
                }
            }
        }
        return drop;
    }

    @Test
    void sameDecisionsAsThePairwiseLoopOnRandomArticles() {
        Random rnd = new Random(13);
        int dropped = 0;
        for (int round = 0; round < 400; round++) {
            List<String> paras = new ArrayList<>();
            int n = 1 + rnd.nextInt(14);
            for (int p = 0; p < n; p++) {
                if (p > 0 && rnd.nextInt(3) == 0) {
                    // a repeat, a teaser cut from, or an extension of an earlier paragraph
                    String earlier = paras.get(rnd.nextInt(p));
                    String[] w = earlier.split(" ");
                    int kind = rnd.nextInt(3);
                    paras.add(kind == 0 ? earlier : kind == 1 ? String.join(" ", List.of(w).subList(0, 1 + rnd.nextInt(w.length)))
                            : earlier + " " + WORDS[rnd.nextInt(WORDS.length)]);
                } else {
                    StringBuilder sb = new StringBuilder();
                    int len = rnd.nextInt(12);
                    for (int k = 0; k < len; k++) {
                        sb.append(k == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
                    }
                    paras.add(sb.toString());
                }
            }
            List<Set<Long>> sets = new ArrayList<>();
            long[][] arrays = new long[n][];
            for (int p = 0; p < n; p++) {
                List<String> w = Shingles.words(paras.get(p));
                sets.add(Shingles.of(w, ParagraphDedupStage.K));
                arrays[p] = Shingles.hashes(w, ParagraphDedupStage.K);
            }
            boolean[] expected = pairwise(sets);
            assertArrayEquals(expected, ParagraphDedupStage.repeats(arrays), "paragraphs " + paras);
            for (boolean d : expected) {
                dropped += d ? 1 : 0;
            }
        }
        assertTrue(dropped > 100, "the random articles must exercise repeats, not only distinct paragraphs: " + dropped);
    }
}
