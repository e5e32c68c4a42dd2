package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfuse.model.Article;
import org.newsfuse.model.ClaimEvidence;
import org.newsfuse.model.Duplicate;
import org.newsfuse.model.OutletCoverage;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.text.StoryVectors;

/**
 * Who alone reports what, and who leaves out what most others report — each claim checked against
 * every sentence of every article concerned, not only against the aligned facts. An exclusive is
 * claimed only when no sentence of another outlet reports the fact, even in other words; an
 * omission only when no sentence of the outlet does. When the search is unsure the claim is not
 * made. Syndicated copies merged into an article count for their own outlets too. A fact that speaks
 * of what is still to come ("will be sworn in") is never an omission: an article written after it
 * happened reports the event, not the announcement.
 */
final class CoverageClaims {
    /**
     * An omission is searched for in the outlet's own few sentences, where a loose match on the
     * story's common words says little: unsure from this share of the fact's weighted words (an
     * exclusive, searched for in every other article, from {@link ParaphraseMatcher#UNSURE}).
     */
    static final double OMISSION_UNSURE = 0.3;
    /** Shortest sentence, in words, worth listing as an outlet's exclusive. */
    static final int EXCLUSIVE_MIN_WORDS = 8;
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|shall|must be|to be held|is to|are to"
            + "|scheduled|expected to|plans? to|planned|is due|are due|next (?:week|month|year))\\b");

    private CoverageClaims() {
    }

    static List<OutletCoverage> of(List<Article> articles, List<AlignedFact> facts, List<String> factIds,
            List<StoryVectors.Unit> units) {
        Map<String, List<Article>> byOutlet = new LinkedHashMap<>();
        for (Article a : articles) {
            byOutlet.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(a);
        }
        Set<String> allOutlets = new LinkedHashSet<>(byOutlet.keySet());
        for (Article a : articles) {
            allOutlets.addAll(copyOutlets(a));
        }
        List<OutletCoverage> out = new ArrayList<>();
        if (allOutlets.size() < 2) {
            return out;
        }
        Map<String, List<StoryVectors.Unit>> unitsByOutlet = new LinkedHashMap<>();
        for (StoryVectors.Unit u : units) {
            unitsByOutlet.computeIfAbsent(u.article().label(), k -> new ArrayList<>()).add(u);
        }
        Map<String, Integer> df = ParaphraseMatcher.documentFrequency(units);
        for (Map.Entry<String, List<Article>> e : byOutlet.entrySet()) {
            String outlet = e.getKey();
            List<String> exclusives = new ArrayList<>();
            List<String> omissions = new ArrayList<>();
            Map<String, ClaimEvidence> evidence = new LinkedHashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                AlignedFact f = facts.get(i);
                Set<String> by = reporters(f);
                if (by.size() == 1 && by.contains(outlet) && wordCount(FactAligner.representative(f)) >= EXCLUSIVE_MIN_WORDS) {
                    List<StoryVectors.Unit> others = new ArrayList<>();
                    unitsByOutlet.forEach((o, us) -> {
                        if (!o.equals(outlet)) {
                            others.addAll(us);
                        }
                    });
                    ParaphraseMatcher.Match m = ParaphraseMatcher.search(f.members(), others, df);
                    if (m.verdict() == ParaphraseMatcher.Verdict.ABSENT) {
                        exclusives.add(factIds.get(i));
                        evidence.put(factIds.get(i), evidence(f, others, m));
                    }
                }
                int otherOutlets = allOutlets.size() - 1;
                if (!by.contains(outlet) && by.size() >= 2 && by.size() * 2 > otherOutlets && !future(f)) {
                    List<StoryVectors.Unit> own = unitsByOutlet.getOrDefault(outlet, List.of());
                    ParaphraseMatcher.Match m = ParaphraseMatcher.search(f.members(), own, df, OMISSION_UNSURE);
                    if (m.verdict() == ParaphraseMatcher.Verdict.ABSENT) {
                        omissions.add(factIds.get(i));
                        evidence.put(factIds.get(i), evidence(f, own, m));
                    }
                }
            }
            List<String> ids = new ArrayList<>();
            e.getValue().forEach(a -> ids.add(a.id()));
            out.add(new OutletCoverage(outlet, ids, exclusives, omissions, evidence));
        }
        return out;
    }

    /** The outlets that report a fact: its sentences' outlets and those of copies merged into their articles. */
    static Set<String> reporters(AlignedFact f) {
        Set<String> by = new LinkedHashSet<>(f.outlets());
        for (StoryVectors.Unit u : f.members()) {
            by.addAll(copyOutlets(u.article()));
        }
        return by;
    }

    /** The outlets of the copies merged into an article (its own label excluded). */
    static Set<String> copyOutlets(Article a) {
        Set<String> out = new LinkedHashSet<>();
        for (Duplicate d : a.duplicates()) {
            String l = d.outlet() != null ? d.outlet() : Article.UNKNOWN_PREFIX + d.input().replaceAll(".*[/\\\\]", "") + ")";
            if (!l.equals(a.label())) {
                out.add(l);
            }
        }
        return out;
    }

    /** Every wording of the fact speaks of what is still to come. */
    private static boolean future(AlignedFact f) {
        for (StoryVectors.Unit u : f.members()) {
            if (!FUTURE.matcher(u.text()).find()) {
                return false;
            }
        }
        return true;
    }

    private static int wordCount(StoryVectors.Unit u) {
        return u.sentence().wordCount();
    }

    private static ClaimEvidence evidence(AlignedFact f, List<StoryVectors.Unit> searched, ParaphraseMatcher.Match m) {
        List<SentenceRef> supports = new ArrayList<>();
        for (StoryVectors.Unit u : f.members()) {
            supports.add(ref(u));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (StoryVectors.Unit u : searched) {
            ids.add(u.article().id());
        }
        StoryVectors.Unit n = m.nearest();
        return new ClaimEvidence(supports, new ArrayList<>(ids), n == null ? null : ref(n), n == null ? null : n.text(),
                Math.round(m.score() * 1000) / 1000.0);
    }

    static SentenceRef ref(StoryVectors.Unit u) {
        return new SentenceRef(u.article().id(), u.sentence().index(), u.sentence().start(), u.sentence().end());
    }
}
