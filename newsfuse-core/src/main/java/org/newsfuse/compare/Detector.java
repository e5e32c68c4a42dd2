package org.newsfuse.compare;

import java.util.List;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.text.StoryVectors;

/** Finds one kind of disagreement among a story's sentences and aligned facts. */
interface Detector {
    List<Discrepancy> find(List<StoryVectors.Unit> units, List<AlignedFact> facts);
}
