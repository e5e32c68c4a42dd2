package org.newsfuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoryRangeTest {
    @Test
    void partsHoldConsecutiveStoriesInOrderAndAsManyPartsAsCanBeAreUsed() {
        for (int stories : new int[] {1, 2, 7, 100, 4_099}) {
            for (int parts : new int[] {1, 3, 8, 16}) {
                StoryRange r = new StoryRange(parts, stories, 0);
                int last = 0;
                boolean[] used = new boolean[parts];
                for (long s = 0; s < stories; s++) {
                    int p = r.getPartition(s);
                    assertTrue(p >= last && p < parts, "story " + s + " of " + stories + " in part " + p + " after " + last);
                    last = p;
                    used[p] = true;
                }
                int nonEmpty = 0;
                for (boolean u : used) {
                    nonEmpty += u ? 1 : 0;
                }
                assertEquals(Math.min(parts, stories), nonEmpty, "parts holding stories, " + stories + " stories in " + parts);
            }
        }
    }

    @Test
    void articleKeysGoWithTheirStory() {
        StoryRange stories = new StoryRange(8, 50, 0);
        StoryRange articles = new StoryRange(8, 50, 24);
        for (long s = 0; s < 50; s++) {
            for (long k : new long[] {0, 1, 999}) {
                assertEquals(stories.getPartition(s), articles.getPartition((s << 24) + k), "story " + s + " article " + k);
            }
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StoryRange(0, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new StoryRange(2, -1, 0));
    }
}
