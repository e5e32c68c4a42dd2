package org.newsfuse.model;

import java.util.List;

/**
 * What one outlet adds to a story and what it leaves out.
 *
 * @param outlet     the outlet
 * @param articles   its articles in the story
 * @param exclusives facts that only this outlet reports
 * @param omissions  facts that most other outlets report and this one does not
 */
public record OutletCoverage(String outlet, List<String> articles, List<String> exclusives, List<String> omissions) implements java.io.Serializable {
    public OutletCoverage {
        articles = List.copyOf(articles);
        exclusives = List.copyOf(exclusives);
        omissions = List.copyOf(omissions);
    }
}
