package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Headlines made from invented summary sentences when no article has a title. */
class HeadlineCutTest {
    @Test
    void aMidStorySentenceCannotOpenAStory() {
        assertTrue(HeadlineCut.opensMidStory("That is in addition to at least another 300 people elsewhere, Varga said."));
        assertTrue(HeadlineCut.opensMidStory("But the harbour wall held."));
        assertEquals(false, HeadlineCut.opensMidStory("Storm Kestrel killed 14 people in Marrow Bay."));
    }

    @Test
    void theClosingAttributionGoesAndALongSentenceIsCutAtAClause() {
        assertEquals("Storm Kestrel killed at least 14 people in Marrow Bay and left 600 in shelters",
                HeadlineCut.cut("Storm Kestrel killed at least 14 people in Marrow Bay and left 600 in shelters, "
                        + "Governor Ilse Varga said Saturday."));
        assertEquals("Rescue teams searched the flooded valleys of the north for a fourth day on Sunday",
                HeadlineCut.cut("Rescue teams searched the flooded valleys of the north for a fourth day on Sunday, "
                        + "as aid flights landed at the only open airport and doctors warned of cholera in the camps."));
        assertEquals("Dock workers in Tellmar walked out over pay", HeadlineCut.cut("Dock workers in Tellmar walked out over pay."));
    }
}
