package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.text.StoryVectors;

/** Turns mentions that disagree into a discrepancy with one side per value, each with its sentences. */
final class Sides {
    private Sides() {
    }

    /**
     * One discrepancy from mentions of one key, when they come with two or more values from
     * different outlets; null when they agree.
     */
    static Discrepancy of(Discrepancy.Kind kind, String about, List<Mention> mentions) {
        Map<String, List<Mention>> byValue = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byValue.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m);
        }
        if (byValue.size() < 2) {
            return null;
        }
        List<Discrepancy.Side> sides = new ArrayList<>();
        Set<String> allOutlets = new LinkedHashSet<>();
        for (List<Mention> ms : byValue.values()) {
            sides.add(side(ms));
            for (Mention m : ms) {
                allOutlets.add(m.unit().article().label());
            }
        }
        if (allOutlets.size() < 2) {
            return null; // one outlet contradicting itself is not outlets disagreeing
        }
        return new Discrepancy(kind, about, sides);
    }

    static Discrepancy.Side side(List<Mention> ms) {
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        List<SentenceRef> refs = new ArrayList<>();
        Set<String> seenSentences = new LinkedHashSet<>();
        for (Mention m : ms) {
            StoryVectors.Unit u = m.unit();
            outlets.add(u.article().label());
            articles.add(u.article().id());
            String key = u.article().id() + "/" + u.sentence().index();
            if (seenSentences.add(key)) {
                sentences.add(u.text());
                refs.add(new SentenceRef(u.article().id(), u.sentence().index(), u.sentence().start(), u.sentence().end()));
            }
        }
        return new Discrepancy.Side(ms.get(0).text(), new ArrayList<>(outlets), new ArrayList<>(articles), sentences, refs);
    }
}
