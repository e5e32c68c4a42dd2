package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Fact;
import org.newsfuse.model.OutletCoverage;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.StoryStage;
import org.newsfuse.text.StoryVectors;

/**
 * Compares a story's outlets: aligns their sentences into facts, lists each outlet's exclusives
 * and notable omissions, finds discrepancies, and builds the timeline.
 */
public final class CompareStage implements StoryStage {
    /** Shortest sentence, in words, worth listing as an outlet's exclusive. */
    static final int EXCLUSIVE_MIN_WORDS = 8;

    private final List<Detector> detectors = List.of(new QuantityDetector(), new NameDetector(), new StanceDetector(),
            new ListDetector());

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.POS);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Annotations.COMPARISON);
    }

    @Override
    public Story apply(Story story) {
        return story.withComparison(compare(story.articles()));
    }

    public Comparison compare(List<Article> articles) {
        List<StoryVectors.Unit> units = StoryVectors.of(articles);
        List<AlignedFact> aligned = new FactAligner().align(units);
        List<Fact> facts = new ArrayList<>();
        for (AlignedFact f : aligned) {
            facts.add(toFact("f" + (facts.size() + 1), f));
        }
        List<Discrepancy> discrepancies = new ArrayList<>();
        for (Detector d : detectors) {
            discrepancies.addAll(d.find(units, aligned));
        }
        return new Comparison(facts, coverage(articles, facts), discrepancies, new TimelineBuilder().build(units));
    }

    private static Fact toFact(String id, AlignedFact f) {
        StoryVectors.Unit rep = FactAligner.representative(f);
        List<Fact.Wording> wordings = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (StoryVectors.Unit u : f.members()) {
            articles.add(u.article().id());
            wordings.add(new Fact.Wording(u.article().id(), u.article().label(), u.text(),
                    new SentenceRef(u.article().id(), u.sentence().index(), u.sentence().start(), u.sentence().end())));
        }
        return new Fact(id, rep.text(), new ArrayList<>(f.outlets()), articles, wordings);
    }

    /** Per outlet: the facts only it reports, and the facts most other outlets report that it does not. */
    static List<OutletCoverage> coverage(List<Article> articles, List<Fact> facts) {
        Map<String, List<String>> outletArticles = new LinkedHashMap<>();
        for (Article a : articles) {
            outletArticles.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(a.id());
        }
        int outlets = outletArticles.size();
        List<OutletCoverage> out = new ArrayList<>();
        if (outlets < 2) {
            return out;
        }
        for (Map.Entry<String, List<String>> e : outletArticles.entrySet()) {
            String outlet = e.getKey();
            List<String> exclusives = new ArrayList<>();
            List<String> omissions = new ArrayList<>();
            for (Fact f : facts) {
                Set<String> by = new LinkedHashSet<>(f.outlets());
                if (by.size() == 1 && by.contains(outlet) && f.text().split("\\s+").length >= EXCLUSIVE_MIN_WORDS) {
                    exclusives.add(f.id());
                }
                int others = outlets - 1;
                if (!by.contains(outlet) && by.size() >= 2 && by.size() * 2 > others) {
                    omissions.add(f.id());
                }
            }
            out.add(new OutletCoverage(outlet, e.getValue(), exclusives, omissions));
        }
        return out;
    }
}
