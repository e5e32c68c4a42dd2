package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Fact;
import org.newsfuse.model.Entity;
import org.newsfuse.model.TimelineEntry;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.StoryStage;
import org.newsfuse.text.StoryVectors;

/**
 * Compares a story's outlets: aligns their sentences into facts, lists each outlet's exclusives
 * and notable omissions, finds discrepancies, and builds the timeline.
 */
public final class CompareStage implements StoryStage {
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
        Comparison c = compare(story.articles(), story.entities(), QuoteDetector.find(story));
        return OneVoice.apply(story, c).withComparison(c);
    }

    /** The comparison of articles with no entities resolved and no quotes (spellings are then never claimed). */
    public Comparison compare(List<Article> articles) {
        return compare(articles, List.of(), List.of());
    }

    /**
     * Aligns the articles' sentences into facts, checks every coverage claim against the whole
     * articles, keeps the real disagreements (with {@code quoted}, the quote detector's) classified,
     * and builds the timeline with the updates on it.
     */
    public Comparison compare(List<Article> articles, List<Entity> entities, List<Discrepancy> quoted) {
        List<StoryVectors.Unit> units = StoryVectors.of(articles);
        List<AlignedFact> aligned = new FactAligner().align(units);
        List<Fact> facts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (AlignedFact f : aligned) {
            Fact fact = toFact("f" + (facts.size() + 1), f);
            facts.add(fact);
            ids.add(fact.id());
        }
        List<Discrepancy> found = new ArrayList<>();
        for (Detector d : detectors) {
            found.addAll(d.find(units, aligned));
        }
        found.addAll(quoted);
        List<Discrepancy> discrepancies = new DisagreementReview(units, entities).review(found);
        List<TimelineEntry> timeline = Updates.onTimeline(new TimelineBuilder().build(units), discrepancies, articles);
        return new Comparison(facts, CoverageClaims.of(articles, aligned, ids, units), discrepancies, timeline);
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
}
