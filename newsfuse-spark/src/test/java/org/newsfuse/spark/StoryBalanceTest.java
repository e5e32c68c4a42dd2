package org.newsfuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryBalanceTest {
    /** Documents of the given stories, each with the given words. */
    private static int[][] docs(int[] storyOfDoc, int wordsEach) {
        int[] words = new int[storyOfDoc.length];
        java.util.Arrays.fill(words, wordsEach);
        return new int[][] {storyOfDoc, words};
    }

    @Test
    void theBigStoryHasATaskToItselfAndTheRestAreEvened() {
        // story 0: 20 articles (cost 20 * 20 * 500); stories 1..40: one article each (cost 500)
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            s.add(0);
        }
        for (int k = 1; k <= 40; k++) {
            s.add(k);
        }
        int[][] d = docs(s.stream().mapToInt(Integer::intValue).toArray(), 500);
        StoryBalance b = StoryBalance.of(d[0], d[1], 41, 4);
        assertEquals(4, b.numPartitions());
        int big = b.getPartition(0);
        int[] small = new int[4];
        for (int k = 1; k <= 40; k++) {
            int p = b.getPartition(k);
            assertTrue(p != big, "a one-article story was put with the 20-article story");
            small[p]++;
        }
        // the 40 small stories over the other three tasks: 13 or 14 each
        for (int p = 0; p < 4; p++) {
            if (p != big) {
                assertTrue(small[p] == 13 || small[p] == 14, "task " + p + " got " + small[p]);
            }
        }
    }

    @Test
    void neverMoreTasksThanStoriesAndFailedDocumentsCountForNothing() {
        int[] storyOf = {0, 1, -1, 1};
        int[] words = {100, 100, -1, 100};
        StoryBalance b = StoryBalance.of(storyOf, words, 2, 8);
        assertEquals(2, b.numPartitions());
        assertTrue(b.getPartition(0) != b.getPartition(1));
        assertEquals(b, StoryBalance.of(storyOf, words, 2, 8));
    }
}
