package org.newsfuse.compare;

import java.util.List;
import org.newsfuse.text.StoryVectors;

/** A group of sentences, at most one per article, that report the same thing. */
record AlignedFact(List<StoryVectors.Unit> members) {
    AlignedFact {
        members = List.copyOf(members);
    }

    java.util.Set<String> outlets() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (StoryVectors.Unit u : members) {
            out.add(u.article().label());
        }
        return out;
    }
}
