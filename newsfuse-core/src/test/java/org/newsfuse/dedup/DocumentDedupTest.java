package org.newsfuse.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentDedupTest {
    // invented wire copy, an edited re-post of it, and a different story on the same subject
    static final String WIRE = """
            The harbour authority of Tellmar closed the northern basin on Thursday after a cargo ship ran aground \
            on a sandbank at the entrance, blocking traffic for more than forty vessels waiting offshore.

            Tugs tried for six hours to pull the ship free on the rising tide without success, the authority's \
            spokesperson Ilse Varga said at a briefing in the port office.

            No one was hurt and no fuel leaked, she said, adding that divers would inspect the hull at first \
            light before a second attempt on Friday morning.

            Shipping agents said the closure would delay grain exports by at least two days.""";
    static final String REPOST = WIRE.replace("more than forty", "over forty").replace("she said, adding", "she added")
            .replace("\n\nShipping agents said the closure would delay grain exports by at least two days.", "");
    /** Words changed only: near-identical, what SimHash is for. */
    static final String EDITED = WIRE.replace("more than forty", "over forty").replace("she said, adding", "she added");
    static final String OTHER = """
            Dock workers in Tellmar voted on Monday to strike for two days next week over pay, the union said, \
            in a dispute that has already slowed container handling at the northern basin.

            The port company said it had offered a raise of four percent and called the vote regrettable, \
            while union leader Piet Ansel said members wanted a deal that kept pace with prices.

            Talks are due to resume on Wednesday under a mediator appointed by the labour ministry.""";

    @Test
    void aSyndicatedCopyJoinsItsOriginalAndTheFullerTextRepresentsThem() {
        for (DocumentDedup.Method m : DocumentDedup.Method.values()) {
            boolean minHash = m == DocumentDedup.Method.MINHASH;
            // MinHash finds a copy with a paragraph cut; SimHash only near-identical text
            DocumentDedup.Result r = new DocumentDedup(m, minHash ? DocumentDedup.THRESHOLD : 0)
                    .find(List.of(minHash ? REPOST : EDITED.replace("Shipping agents", "Agents"), OTHER, WIRE));
            assertEquals(2, r.representative()[0], m + ": the copy points to the fuller wire text");
            assertEquals(1, r.representative()[1], m + ": the other story stands alone");
            assertEquals(2, r.representative()[2]);
            assertEquals(2, r.distinct());
        }
    }

    @Test
    void theEstimatedSimilarityOfTheCopyIsHighAndOfTheOtherStoryLow() {
        DocumentDedup.Result r = new DocumentDedup().find(List.of(WIRE, REPOST, OTHER));
        assertEquals(1, r.pairs().size());
        assertTrue(r.pairs().get(0).similarity() >= DocumentDedup.THRESHOLD);
        MinHash mh = new MinHash(DocumentDedup.HASHES);
        double other = MinHash.similarity(mh.signature(Shingles.of(WIRE, DocumentDedup.K)),
                mh.signature(Shingles.of(OTHER, DocumentDedup.K)));
        assertTrue(other < 0.1, "different stories share almost no 5-word shingles: " + other);
    }

    @Test
    void shortTextsAreNeverCalledCopies() {
        DocumentDedup.Result r = new DocumentDedup().find(List.of("Markets closed higher.", "Markets closed higher."));
        assertEquals(2, r.distinct());
    }

    @Test
    void asciiAndUnicodeWordFoldingAgree() {
        assertEquals(List.of("the", "ship", "s", "hull", "2021"), Shingles.words("The ship's HULL, 2021!"));
        assertEquals(List.of("cafe", "ship", "s", "hull"), Shingles.words("Café ship’s hull"));
    }
}
