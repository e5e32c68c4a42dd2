package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.model.Article;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.OutletCoverage;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.pipeline.Pipeline;
import org.newsfuse.pipeline.StageException;
import org.newsfuse.pipeline.StoryStage;

/**
 * Every false claim the issue names, each on invented articles: a paraphrased fact is no omission
 * and no exclusive, a day-2 toll updates day 1, a demonym is no spelling of its country, two people
 * who share a first name are not one name, and no outlet stands on both sides of a disagreement.
 */
class ClaimsTruthTest {
    private static final Pipeline PIPELINE = Engine.standardPipeline(EngineOptions.defaults());

    /** A story through every story stage (entities, quotes, summary, comparison). */
    static Story story(String... outletDateText) {
        Story s = Story.of("s1", CompareStageTest.articles(outletDateText));
        for (StoryStage st : PIPELINE.storyStages()) {
            try {
                s = st.apply(s);
            } catch (StageException e) {
                throw new AssertionError(e);
            }
        }
        return s;
    }

    private static OutletCoverage coverage(Comparison c, String outlet) {
        return c.outlets().stream().filter(o -> o.outlet().equals(outlet)).findFirst().orElseThrow();
    }

    @Test
    void aParaphrasedFactIsNotAnOmissionNorAnExclusive() {
        Story s = story(
                "Valley Post", "2024-09-02",
                "Former premier Otto Brandl declined an informal invitation to form the next government, his office said.\n\n"
                        + "Parliament will meet again on Thursday to choose a new candidate.\n\n"
                        + "The speaker of parliament, Ina Sorvik, said the vote would be open.",
                "River Times", "2024-09-02",
                "Otto Brandl, the former premier, declined an informal invitation to form the next government.\n\n"
                        + "Lawmakers are to meet again on Thursday to pick another candidate.\n\n"
                        + "Brandl's aides said he wanted to spend more time on his farm in the hills near Kesby.",
                "Hill Courier", "2024-09-03",
                "Brandl was asked to lead a new cabinet but said no, turning down the chance to form the next government. "
                        + "His office confirmed it.\n\n"
                        + "The chamber reconvenes on Thursday.\n\n"
                        + "Aides to the former premier said he would now spend his time on his farm near Kesby.");
        Comparison c = s.comparison();
        for (String id : coverage(c, "Hill Courier").omissions()) {
            String fact = c.fact(id).text();
            assertFalse(fact.contains("invitation"), "Hill Courier reports the refusal in other words: " + fact);
        }
        for (String id : coverage(c, "River Times").exclusives()) {
            assertFalse(c.fact(id).text().contains("farm"), "Hill Courier also reports the farm, in other words");
        }
        for (OutletCoverage oc : c.outlets()) {
            for (String id : oc.exclusives()) {
                assertNotNull(oc.evidence().get(id), "every claim carries its evidence");
                assertFalse(oc.evidence().get(id).searched().isEmpty());
            }
        }
    }

    @Test
    void anExclusiveClaimCarriesWhatWasSearched() {
        Story s = story(
                "Valley Post", "2024-09-02",
                "The city council approved the new tram line on Monday after a long debate.\n\n"
                        + "The line will run from the station to the harbour.",
                "River Times", "2024-09-02",
                "The city council approved the new tram line on Monday.\n\n"
                        + "Council member Petra Lund said the museum of ceramics would close for repairs next spring.");
        OutletCoverage river = coverage(s.comparison(), "River Times");
        assertEquals(1, river.exclusives().size(), "only River Times reports the museum: " + s.comparison().outlets());
        var ev = river.evidence().get(river.exclusives().get(0));
        assertEquals(List.of("a1"), ev.searched());
        assertTrue(ev.supports().stream().allMatch(r -> r.article().equals("a2")));
    }

    @Test
    void aDayTwoTollIsAnUpdateOnTheTimeline() {
        Story s = story(
                "Valley Post", "2024-05-13",
                "A landslide buried part of the village of Orsk on Monday, killing 12 people, the civil defence agency said.\n\n"
                        + "Rescuers searched the debris through the night.",
                "River Times", "2024-05-14",
                "The death toll from Monday's landslide in Orsk rose to 19 people killed, the civil defence agency said on Tuesday.\n\n"
                        + "Rescuers searched the debris for a second day.");
        Discrepancy dead = s.comparison().discrepancies().stream().filter(d -> d.kind() == Discrepancy.Kind.NUMBER)
                .findFirst().orElseThrow(() -> new AssertionError("no toll difference: " + s.comparison().discrepancies()));
        assertEquals(Discrepancy.Category.UPDATE, dead.category());
        assertTrue(s.comparison().timeline().stream().anyMatch(t -> t.date().equals("2024-05-14")
                && t.sources().stream().anyMatch(r -> r.article().equals("a2") && r.sentence() == 0)),
                "the day-2 toll is on the timeline on day 2: " + s.comparison().timeline());
    }

    @Test
    void sameDayTollsThatDifferContradict() {
        Story s = story(
                "Valley Post", "2024-05-13",
                "A landslide buried part of the village of Orsk on Monday, killing 12 people, the civil defence agency said.",
                "River Times", "2024-05-13",
                "A landslide buried homes in the village of Orsk on Monday, killing 15 people, the civil defence agency said.");
        Discrepancy dead = s.comparison().discrepancies().stream().filter(d -> d.kind() == Discrepancy.Kind.NUMBER)
                .findFirst().orElseThrow(() -> new AssertionError("no toll difference: " + s.comparison().discrepancies()));
        assertEquals(Discrepancy.Category.CONTRADICTION, dead.category());
    }

    @Test
    void aDemonymOrAWordFormIsNotASpellingVariant() {
        assertFalse(DisagreementReview.variantSpellings("Argentina", "Argentine"));
        assertFalse(DisagreementReview.variantSpellings("Korean", "Koreas"));
        assertFalse(DisagreementReview.variantSpellings("Somalis", "Somalia"));
        assertFalse(DisagreementReview.variantSpellings("Communists", "Communism"));
        assertTrue(DisagreementReview.variantSpellings("Sergey", "Sergei"));
        assertTrue(DisagreementReview.variantSpellings("Jaishankar", "Jaishanakar"));
        Story s = story(
                "Valley Post", "2024-02-01",
                "Argentina's economy minister Raul Pessoa said the Argentine peso would float freely from March.\n\n"
                        + "Argentina expects inflation to slow, Pessoa said.",
                "River Times", "2024-02-01",
                "The Argentine government will let the peso float from March, economy minister Raul Pessoa said.\n\n"
                        + "Argentina hopes inflation will slow.");
        assertTrue(s.comparison().discrepancies().stream().noneMatch(d -> d.kind() == Discrepancy.Kind.NAME),
                "Argentina and Argentine are a country and its demonym: " + s.comparison().discrepancies());
    }

    @Test
    void twoDifferentMariasAreNotOneName() {
        Story s = story(
                "Valley Post", "2024-04-10",
                "Prime minister Jose Maria Alcaraz met the envoy Anne Marie Delors in Lisbon on Tuesday.\n\n"
                        + "Alcaraz said the talks were useful.",
                "River Times", "2024-04-10",
                "Jose Maria Alcaraz, the prime minister, said he had good talks in Lisbon on Tuesday.\n\n"
                        + "The envoy, Anne Marie Delors, praised the talks with Alcaraz.");
        for (Discrepancy d : s.comparison().discrepancies()) {
            assertFalse(d.kind() == Discrepancy.Kind.NAME && d.sides().stream().anyMatch(x -> x.text().startsWith("Mari")),
                    "Maria and Marie are two people's names: " + d);
        }
    }

    @Test
    void noOutletOnBothSidesAndNoSentenceOnBoth() {
        Story s = story(
                "Valley Post", "2024-03-01",
                "Minister Aleksandr Petrovin opened the new bridge on Friday.\n\n"
                        + "Aleksander Petrovin said the bridge cost 40 million crowns.",
                "River Times", "2024-03-01",
                "Minister Aleksandr Petrovin opened the bridge on Friday.\n\n"
                        + "Petrovin said the work was finished on time.",
                "Hill Courier", "2024-03-01",
                "The bridge opened on Friday, Minister Aleksandr Petrovin said.\n\n"
                        + "Petrovin said it cost 40 million crowns.");
        for (Discrepancy d : s.comparison().discrepancies()) {
            Set<String> outlets = new HashSet<>();
            Set<String> sentences = new HashSet<>();
            for (Discrepancy.Side side : d.sides()) {
                for (String o : side.outlets()) {
                    assertTrue(outlets.add(o), "outlet " + o + " on two sides of " + d);
                }
                for (SentenceRef r : side.refs()) {
                    assertTrue(sentences.add(r.article() + "/" + r.sentence()), "a sentence on two sides of " + d);
                }
            }
        }
        Discrepancy name = s.comparison().discrepancies().stream().filter(d -> d.kind() == Discrepancy.Kind.NAME)
                .findFirst().orElseThrow(() -> new AssertionError("the slip is a spelling: " + s.comparison().discrepancies()));
        assertEquals(Discrepancy.Category.SPELLING, name.category());
        assertEquals(List.of("Valley Post"), name.sides().get(1).outlets(), "the slip stays with the outlet that made it");
        assertFalse(name.sides().get(0).outlets().contains("Valley Post"));
    }

    @Test
    void theSummaryNeverCitesAContradictionAsSupport() {
        Story s = story(
                "Valley Post", "2024-05-13",
                "A landslide buried part of the village of Orsk on Monday, killing 12 people, the civil defence agency said.",
                "River Times", "2024-05-13",
                "A landslide buried part of the village of Orsk on Monday, killing 15 people, the civil defence agency said.");
        assertTrue(s.comparison().discrepancies().stream().anyMatch(d -> d.category() == Discrepancy.Category.CONTRADICTION),
                "the fixture disagrees: " + s.comparison().discrepancies());
        for (SummarySentence ss : s.summary()) {
            Set<String> cited = new HashSet<>();
            ss.evidence().forEach(r -> cited.add(r.article()));
            assertFalse(cited.contains("a1") && cited.contains("a2"),
                    "one sentence cites both sides of the contradiction: " + ss);
        }
    }

    @Test
    void unknownOutletsAreNamedByFileAndNeverMerged() {
        List<Article> arts = CompareStageTest.articles("Valley Post", "2024-01-01", "The bridge opened on Friday after two years of work.");
        Article unknown = arts.get(0).toBuilder().outlet(null).build();
        assertEquals("unknown outlet (t0.jsonl:1)", unknown.label());
        assertFalse(unknown.outletKnown());
    }
}
