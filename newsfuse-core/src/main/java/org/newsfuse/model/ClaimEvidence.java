package org.newsfuse.model;

import java.util.List;

/**
 * What a coverage claim (an outlet's exclusive, or its omission) rests on: the sentences that report
 * the fact, the articles searched for it, and the nearest sentence the search found there — so a
 * reader can check the claim.
 *
 * @param supports     the sentences that report the fact (the outlet's own for an exclusive, the
 *                     other outlets' for an omission)
 * @param searched     ids of the articles searched, every sentence of each, without finding the fact
 * @param nearest      the searched sentence most like the fact, or null when none shares a content word
 * @param nearestText  that sentence's text, or null
 * @param nearestScore how much of the fact's weighted content words the nearest sentence (with its
 *                     neighbour) holds, 0 to 1
 */
public record ClaimEvidence(List<SentenceRef> supports, List<String> searched, SentenceRef nearest, String nearestText,
        double nearestScore) implements java.io.Serializable {
    public ClaimEvidence {
        supports = List.copyOf(supports);
        searched = List.copyOf(searched);
    }
}
