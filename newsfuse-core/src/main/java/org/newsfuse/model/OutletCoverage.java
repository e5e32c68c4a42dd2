package org.newsfuse.model;

import java.util.List;
import java.util.Map;

/**
 * What one outlet adds to a story and what it leaves out.
 *
 * @param outlet     the outlet
 * @param articles   its articles in the story
 * @param exclusives facts that only this outlet reports
 * @param omissions  facts that most other outlets report and this one does not
 * @param evidence   per claimed fact id (exclusive or omission): what the claim rests on
 */
public record OutletCoverage(String outlet, List<String> articles, List<String> exclusives, List<String> omissions,
        Map<String, ClaimEvidence> evidence) implements java.io.Serializable {
    public OutletCoverage {
        articles = List.copyOf(articles);
        exclusives = List.copyOf(exclusives);
        omissions = List.copyOf(omissions);
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }

    /** Coverage without evidence (the form before issue 17). */
    public OutletCoverage(String outlet, List<String> articles, List<String> exclusives, List<String> omissions) {
        this(outlet, articles, exclusives, omissions, Map.of());
    }
}
