package org.newsfuse.model;

import java.util.List;

/**
 * How a story's outlets compare: the facts they report (aligned across articles), what each outlet
 * alone reports and what it leaves out, where they disagree, and the dated events in order.
 */
public record Comparison(List<Fact> facts, List<OutletCoverage> outlets, List<Discrepancy> discrepancies,
        List<TimelineEntry> timeline) implements java.io.Serializable {
    public Comparison {
        facts = List.copyOf(facts);
        outlets = List.copyOf(outlets);
        discrepancies = List.copyOf(discrepancies);
        timeline = List.copyOf(timeline);
    }

    public static Comparison empty() {
        return new Comparison(List.of(), List.of(), List.of(), List.of());
    }

    /** The fact with this id, or null. */
    public Fact fact(String id) {
        for (Fact f : facts) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }
}
