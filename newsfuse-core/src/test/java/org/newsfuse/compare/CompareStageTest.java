package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.model.Article;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Fact;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.Pipeline;

class CompareStageTest {
    private static final Pipeline PIPELINE = Engine.standardPipeline(EngineOptions.defaults());

    /** Articles from (outlet, published, text) triples, through the standard article stages. */
    static List<Article> articles(String... outletDateText) {
        List<Article> out = new java.util.ArrayList<>();
        for (int i = 0; i < outletDateText.length; i += 3) {
            Map<String, String> given = Map.of("outlet", outletDateText[i], "published", outletDateText[i + 1]);
            Article a = Article.of("a" + (i / 3 + 1), new RawDocument("t" + i + ".jsonl:1", SourceFormat.TEXT,
                    outletDateText[i + 2], given));
            out.add(PIPELINE.processArticle(a, e -> {
                throw new AssertionError(e.line());
            }));
        }
        return out;
    }

    /** Three outlets report one invented event in their own words and agree on every detail. */
    static final String[] AGREE = {
        "Valley Post", "2024-05-15",
        "Engineers reopened the Brannock dam spillway on Tuesday after a three-day inspection, the regional water "
                + "authority said.\n\n"
                + "The inspection found no cracks in the concrete, authority director Lena Hovik told reporters.\n\n"
                + "Some 1,200 residents of Lower Brannock had been asked to leave their homes as a precaution.\n\n"
                + "The authority said it had checked the gates, the pumps and the sensors before the reopening.",
        "River Times", "2024-05-15",
        "The regional water authority reopened the spillway of the Brannock dam on Tuesday following a three-day "
                + "inspection.\n\n"
                + "Director Lena Hovik said inspectors had found no cracks in the concrete.\n\n"
                + "About 1,200 people in Lower Brannock were told to leave their homes while the checks went on.\n\n"
                + "Before reopening the spillway, the authority checked the pumps, the gates and the sensors, it said.",
        "Hill Courier", "2024-05-16",
        "After a three-day inspection, the Brannock dam's spillway was reopened on Tuesday, the regional water "
                + "authority said.\n\n"
                + "\"We found no cracks in the concrete,\" Lena Hovik, the authority's director, said.\n\n"
                + "Residents of Lower Brannock, some 1,200 people, can now return home, officials said."
    };

    @Test
    void outletsThatAgreeInDifferentWordsShowNoDiscrepancy() {
        Comparison c = new CompareStage().compare(articles(AGREE));
        assertTrue(c.discrepancies().isEmpty(), "found: " + c.discrepancies());
        Fact top = c.facts().get(0);
        assertEquals(3, top.outlets().size(), "the reopening is reported by all three: " + top);
        assertEquals(3, top.wordings().size());
    }

    static final String[] DISAGREE = {
        "Valley Post", "2024-05-15",
        "A landslide buried part of the village of Orsk on Monday, killing 12 people, the civil defence agency said.\n\n"
                + "Rescuers worked through the night during a two-day search of the debris.\n\n"
                + "The agency said the landslide had not been caused by the new quarry nearby.\n\n"
                + "Crews cleared debris from the school, the clinic and the bakery.",
        "River Times", "2024-05-15",
        "At least 15 people were killed when a landslide buried homes in Orsk on Monday, the civil defence agency said.\n\n"
                + "Rescuers worked through the night during a three-day search of the debris.\n\n"
                + "The agency said the landslide had been caused by the new quarry nearby.\n\n"
                + "Crews cleared debris from the school, the clinic, the post office and the bakery.",
        "Hill Courier", "2024-05-16",
        "The death toll from Monday's landslide in Orsk has risen to 15, the civil defence agency said on Tuesday.\n\n"
                + "Mayor Tomas Vindel said the village would be rebuilt."
    };

    @Test
    void plantedDisagreementsAreFoundWithBothSidesAndTheirSentences() {
        Comparison c = new CompareStage().compare(articles(DISAGREE));
        Discrepancy dead = find(c, Discrepancy.Kind.NUMBER, "dead");
        assertEquals(2, dead.sides().size());
        assertEquals(List.of("Valley Post"), dead.sides().get(0).outlets());
        assertEquals(List.of("River Times", "Hill Courier"), dead.sides().get(1).outlets());
        assertTrue(dead.sides().get(0).sentences().get(0).contains("killing 12 people"));

        Discrepancy search = find(c, Discrepancy.Kind.DURATION, "search");
        assertEquals("two-day search", search.sides().get(0).text());
        assertEquals("three-day search", search.sides().get(1).text());

        Discrepancy cause = find(c, Discrepancy.Kind.POLARITY, null);
        assertTrue(cause.sides().stream().anyMatch(s -> s.outlets().contains("Valley Post")));
        assertTrue(cause.sides().stream().anyMatch(s -> s.outlets().contains("River Times")));

        Discrepancy list = find(c, Discrepancy.Kind.LIST, null);
        assertEquals(2, list.sides().size());
        for (Discrepancy d : c.discrepancies()) {
            for (Discrepancy.Side s : d.sides()) {
                assertFalse(s.sentences().isEmpty(), "every side has its sentences: " + d);
                assertEquals(s.sentences().size(), s.refs().size());
            }
        }
    }

    @Test
    void spellingVariantsAndQuotedNames() {
        // spellings count only between forms the entity resolver joined: the story goes through every story stage
        Comparison c = ClaimsTruthTest.story(
                "Valley Post", "2024-03-01",
                "Minister Aleksandr Petrovin opened the new bridge on Friday under the 'Build the North' plan.\n\n"
                        + "Petrovin said the bridge cost 40 million crowns. Petrovin thanked the workers. "
                        + "Petrovin also visited the school.",
                "River Times", "2024-03-01",
                "Minister Aleksander Petrovin opened the bridge on Friday, part of the 'Built the North' plan.\n\n"
                        + "Petrovin said the work was finished on time.",
                "Hill Courier", "2024-03-02",
                "The bridge opened on Friday, Minister Petrovin said, calling it a success of the 'Build the North' plan.\n\n"
                        + "Petrovim said the cost was 40 million crowns.").comparison();
        Discrepancy quoted = find(c, Discrepancy.Kind.NAME, "Build the North");
        assertEquals("Built the North", quoted.sides().get(1).text());
        Discrepancy first = find(c, Discrepancy.Kind.NAME, "Aleksandr");
        assertEquals(List.of("River Times"), first.sides().get(1).outlets());
        Discrepancy slip = find(c, Discrepancy.Kind.NAME, "Petrovin");
        assertEquals("Petrovim", slip.sides().get(1).text());
    }

    @Test
    void exclusivesAndOmissions() {
        Comparison c = new CompareStage().compare(articles(AGREE));
        var hill = c.outlets().stream().filter(o -> o.outlet().equals("Hill Courier")).findFirst().orElseThrow();
        assertFalse(hill.omissions().isEmpty(), "Hill Courier leaves out the checks the other two report");
        String omitted = c.fact(hill.omissions().get(0)).text();
        assertTrue(omitted.contains("gates") || omitted.contains("pumps"), omitted);
    }

    @Test
    void quotedWordsThatDifferInANumberAreADiscrepancy() {
        List<Article> arts = articles(
                "Valley Post", "2024-06-03",
                "Housing minister Karin Olsby visited the flooded district of Nesby on Monday.\n\n"
                        + "\"We will rebuild 40 homes before the winter, and nobody will be left without a roof,\" Olsby said.",
                "River Times", "2024-06-03",
                "Karin Olsby, the housing minister, toured Nesby on Monday after the floods.\n\n"
                        + "\"We will rebuild 45 homes before the winter, and nobody will be left without a roof,\" Olsby said.");
        org.newsfuse.model.Story story = org.newsfuse.model.Story.of("s1", arts);
        for (org.newsfuse.pipeline.StoryStage st : PIPELINE.storyStages()) {
            try {
                story = st.apply(story);
            } catch (org.newsfuse.pipeline.StageException e) {
                throw new AssertionError(e);
            }
        }
        Discrepancy q = find(story.comparison(), Discrepancy.Kind.QUOTE, null);
        assertEquals("40", q.sides().get(0).text());
        assertEquals("45", q.sides().get(1).text());
        assertTrue(q.about().contains("Karin Olsby"), q.about());
    }

    @Test
    void figuresForTheSameThingThatCannotBothBeTrueDisagree() {
        assertTrue(QuantityDetector.disagree("Nine people were killed in the collapse.", "Seven people were killed in it."));
        assertTrue(QuantityDetector.disagree("The death toll rose to 47 on Monday.", "At least 42 people were killed."));
        assertFalse(QuantityDetector.disagree("More than 40 people were killed.", "The quake killed 47 people."),
                "a bound the other figure meets");
        assertFalse(QuantityDetector.disagree("About 310 people were injured.", "Some 300 people were injured."));
        assertFalse(QuantityDetector.disagree("Nine people were killed.", "The 5.8 quake struck at 9:17 pm."),
                "figures for different things");
        assertTrue(QuantityDetector.disagree("The death toll from a magnitude 6.4 earthquake that struck the Varn valley before "
                + "dawn on Sunday has risen to 47, the agency said.", "The quake killed 42 people."), "a toll read past a magnitude");
        assertFalse(QuantityDetector.disagree("The death toll was unclear after the quake struck at 4:52 am.",
                "The quake killed 42 people."), "a time is no toll");
    }

    private static Discrepancy find(Comparison c, Discrepancy.Kind kind, String about) {
        return c.discrepancies().stream()
                .filter(d -> d.kind() == kind && (about == null || d.about().equals(about)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + about + " in " + c.discrepancies()));
    }
}
