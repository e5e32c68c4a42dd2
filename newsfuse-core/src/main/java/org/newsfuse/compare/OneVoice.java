package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.model.SummarySentence;

/**
 * One voice: a summary sentence never cites as support a sentence that the comparison sets against
 * it. When a summary sentence's own source stands on one side of a contradiction, a hedged-vs-flat
 * or a list difference, the citations on the other sides are removed from it (the summary sentence
 * itself stays, with its source).
 */
final class OneVoice {
    private OneVoice() {
    }

    static Story apply(Story story, Comparison c) {
        Map<String, List<Integer>> sideOf = new HashMap<>(); // "a1/4" -> discrepancy*1000+side, for opposing ones
        for (int d = 0; d < c.discrepancies().size(); d++) {
            Discrepancy disc = c.discrepancies().get(d);
            if (!opposing(disc.category())) {
                continue;
            }
            for (int s = 0; s < disc.sides().size(); s++) {
                for (SentenceRef r : disc.sides().get(s).refs()) {
                    sideOf.computeIfAbsent(r.article() + "/" + r.sentence(), k -> new ArrayList<>()).add(d * 1000 + s);
                }
            }
        }
        if (sideOf.isEmpty() || story.summary().isEmpty()) {
            return story;
        }
        List<SummarySentence> out = new ArrayList<>();
        boolean changed = false;
        for (SummarySentence s : story.summary()) {
            if (s.evidence().isEmpty()) {
                out.add(s);
                continue;
            }
            SentenceRef own = s.evidence().get(0);
            List<Integer> ownSides = sideOf.getOrDefault(own.article() + "/" + own.sentence(), List.of());
            List<SentenceRef> kept = new ArrayList<>();
            kept.add(own);
            for (int i = 1; i < s.evidence().size(); i++) {
                SentenceRef r = s.evidence().get(i);
                if (!against(ownSides, sideOf.getOrDefault(r.article() + "/" + r.sentence(), List.of()))) {
                    kept.add(r);
                }
            }
            if (kept.size() == s.evidence().size()) {
                out.add(s);
                continue;
            }
            changed = true;
            Set<String> keptArticles = new LinkedHashSet<>();
            for (SentenceRef r : kept) {
                keptArticles.add(r.article());
            }
            Set<String> dropped = new LinkedHashSet<>();
            for (SentenceRef r : s.evidence()) {
                if (!keptArticles.contains(r.article())) {
                    dropped.add(r.article());
                }
            }
            Set<String> sources = new LinkedHashSet<>(s.sources());
            sources.removeAll(dropped);
            out.add(new SummarySentence(s.text(), new ArrayList<>(sources), kept));
        }
        return changed ? story.withSummary(story.headline(), out) : story;
    }

    static boolean opposing(Discrepancy.Category c) {
        return c == Discrepancy.Category.CONTRADICTION || c == Discrepancy.Category.HEDGED_VS_FLAT
                || c == Discrepancy.Category.LIST;
    }

    /** Some discrepancy has the two sentences on different sides. */
    private static boolean against(List<Integer> a, List<Integer> b) {
        for (int x : a) {
            for (int y : b) {
                if (x / 1000 == y / 1000 && x % 1000 != y % 1000) {
                    return true;
                }
            }
        }
        return false;
    }
}
