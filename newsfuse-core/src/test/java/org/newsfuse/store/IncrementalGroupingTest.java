package org.newsfuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncrementalGroupingTest {
    private static final Map<String, Long> ORDER = Map.of("s1", 1L, "s2", 2L, "s3", 3L);

    @Test
    void aNewArticleJoiningAStoryKeepsItsId() {
        // members: s1, s1, s2, new; the clusterer puts the new one with s1
        IncrementalGrouping.Plan p = IncrementalGrouping.reconcile(Arrays.asList("s1", "s1", "s2", null), ORDER,
                new int[] {0, 0, 1, 0}, new int[] {0, 1});
        assertEquals("s1", p.groups().get(0).story());
        assertTrue(p.groups().get(0).changed());
        assertEquals("s2", p.groups().get(1).story());
        assertFalse(p.groups().get(1).changed(), "s2 did not change");
        assertTrue(p.merges().isEmpty());
    }

    @Test
    void aBridgeMergesTheNewerStoryIntoTheOlder() {
        IncrementalGrouping.Plan p = IncrementalGrouping.reconcile(Arrays.asList("s2", "s2", "s1", "s1", null), ORDER,
                new int[] {0, 0, 0, 0, 0}, new int[] {0});
        assertEquals(1, p.groups().size());
        assertEquals("s1", p.groups().get(0).story(), "the older id survives");
        assertEquals(Map.of("s2", "s1"), p.merges());
    }

    @Test
    void aSplitLeavesTheMajorityWithTheIdAndStartsANewStoryForTheRest() {
        IncrementalGrouping.Plan p = IncrementalGrouping.reconcile(Arrays.asList("s3", "s3", "s3", null), ORDER,
                new int[] {0, 0, 1, 1}, new int[] {0, 0});
        assertEquals("s3", p.groups().get(0).story());
        assertNull(p.groups().get(1).story());
        assertEquals(List.of(2, 3), p.groups().get(1).members());
        assertTrue(p.merges().isEmpty());
    }

    @Test
    void liveSinceIsTheWindowBeforeTheEarliestNewDate() {
        LocalDate d = LocalDate.of(2025, 3, 20);
        assertEquals(LocalDate.of(2025, 3, 6), IncrementalGrouping.liveSince(Arrays.asList(null, d, d.plusDays(3)), null, 14));
        assertEquals(LocalDate.of(2025, 3, 6), IncrementalGrouping.liveSince(Arrays.asList((LocalDate) null), d, 14));
        assertNull(IncrementalGrouping.liveSince(Arrays.asList((LocalDate) null), null, 14));
    }
}
