package org.newsfuse.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {
    // invented text: offsets below point into it
    static final String TEXT = "Ana Berg said the bridge will open in May. \"It is late,\" she said. Officials disagreed.";

    static List<String> ann() {
        int c1 = TEXT.indexOf("the bridge");
        int e1 = TEXT.indexOf(" in May.") + 7;
        int q = TEXT.indexOf('"');
        int qe = TEXT.indexOf(",\"") + 2;
        int she = TEXT.indexOf("she");
        int dis = TEXT.indexOf("Officials");
        return List.of(
                "T1\tSource 0 8\tAna Berg",
                "T2\tCue 9 13\tsaid",
                "T3\tContent " + c1 + " " + e1 + "\t" + TEXT.substring(c1, e1),
                "T4\tAttribution 9 13\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tSource " + she + " " + (she + 3) + "\tshe",
                "T6\tCue " + (she + 4) + " " + (she + 8) + "\tsaid",
                "T7\tContent " + q + " " + qe + "\t" + TEXT.substring(q, qe),
                "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5",
                "T8\tSource " + dis + " " + (dis + 9) + "\tOfficials",
                "T9\tCue " + (dis + 10) + " " + (dis + 19) + "\tdisagreed",
                "T10\tContent " + dis + " " + (dis + 9) + "\tOfficials",
                "E3\tCue:T9 Source:T8 Content:T10");
    }

    @Test
    void parsesEventsWithTheirSpans() {
        List<PolnearCorpus.Gold> gold = PolnearCorpus.parse(TEXT, ann());
        assertEquals(3, gold.size());
        assertEquals("said", gold.get(0).cueText());
        assertEquals("Ana Berg", gold.get(0).sourceText());
        assertTrue(QuotesEval.isDirect(gold.get(1)));
        assertTrue(!QuotesEval.isDirect(gold.get(0)));
    }

    @Test
    void overlapMatchingAndSpeakers() {
        List<PolnearCorpus.Gold> gold = PolnearCorpus.parse(TEXT, ann());
        int c1 = TEXT.indexOf("the bridge");
        int q = TEXT.indexOf('"');
        int she = TEXT.indexOf("she");
        List<AttributionScorer.Pred> preds = List.of(
                // the whole indirect clause but one word: matched at 0.8
                new AttributionScorer.Pred(List.of(new PolnearCorpus.Span(c1, TEXT.indexOf(" May."))),
                        new PolnearCorpus.Span(0, 8), "Ana Berg", "Ana Berg", false, true),
                // the quote, its speaker resolved from the pronoun
                new AttributionScorer.Pred(List.of(new PolnearCorpus.Span(q, TEXT.indexOf(",\""))),
                        null, "Ana", "Ana Berg", true, true),
                // a false alarm
                new AttributionScorer.Pred(List.of(new PolnearCorpus.Span(0, 3)), null, null, null, false, true));
        AttributionScorer.Counts c = new AttributionScorer.Counts();
        AttributionScorer.score(TEXT, gold, g -> g.cueText().equals("said"), preds, AttributionScorer.Pred::hasCue,
                1.0, c);
        assertEquals(2, c.gold);
        assertEquals(2, c.tp[0]);
        assertEquals(1, c.fp[0]);
        assertEquals(2, c.tp[1], "6 of 7 words is above 0.8");
        assertEquals(1.0, c.speakerAccuracy(0), "a pronoun gold source resolves to the earlier named source");
        assertEquals(2.0 / 3, c.precision(0), 1e-9);
        assertTrue(she > 0);
    }

    @Test
    void theStrictCheckWantsTheGoldSourcesHeadAndCountsAMissingSpeakerWrong() {
        assertEquals("Hinderks", AttributionScorer.head("Rally Canada volunteer media coordinator Tom Hinderks"));
        assertEquals("May", AttributionScorer.head("Green party leader Elizabeth May"));
        assertEquals("Pruitt", AttributionScorer.head("Scott Pruitt, the attorney general of Oklahoma,"));
        assertEquals("officials", AttributionScorer.head("officials at the Justice Department"));
        assertEquals("Kerry", AttributionScorer.head("Secretary of State John Kerry"));
        String text = "Rally Canada volunteer media coordinator Tom Hinderks said the road was shut. \"Go,\" he said.";
        PolnearCorpus.Gold g = new PolnearCorpus.Gold(List.of(new PolnearCorpus.Span(59, 76)), List.of(),
                "said", List.of(new PolnearCorpus.Span(0, 53)), text.substring(0, 53), "the road was shut");
        int he = text.indexOf("he said");
        PolnearCorpus.Gold p = new PolnearCorpus.Gold(List.of(new PolnearCorpus.Span(78, 83)), List.of(),
                "said", List.of(new PolnearCorpus.Span(he, he + 2)), "he", "Go");
        List<PolnearCorpus.Gold> all = List.of(g, p);
        assertTrue(AttributionScorer.strictSpeakerRight(text, g, all, pred("Tom Hinderks")));
        assertFalse(AttributionScorer.strictSpeakerRight(text, g, all, pred("Rally Canada")), "not the head");
        assertFalse(AttributionScorer.strictSpeakerRight(text, g, all, pred(null)), "a missing speaker is wrong");
        assertTrue(AttributionScorer.strictSpeakerRight(text, p, all, pred("Tom Hinderks")), "he: its antecedent");
        assertFalse(AttributionScorer.strictSpeakerRight(text, p, all, pred("Ana Berg")));
    }

    @Test
    void aPostModifierIsNoHeadButTheRuleOf20261205IsKept() {
        assertEquals("source", AttributionScorer.head("a source familiar with the talks"));
        assertEquals("familiar", AttributionScorer.head("a source familiar with the talks", false));
        assertEquals("poll", AttributionScorer.head("a Brindle poll released Friday"));
        assertEquals("Friday", AttributionScorer.head("a Brindle poll released Friday", false));
        assertEquals("senators", AttributionScorer.head("three senators present"));
        assertEquals("aides", AttributionScorer.head("aides close to the mayor"));
        assertEquals("complaint", AttributionScorer.head("a complaint filed in county court by the union"));
        assertEquals("survey", AttributionScorer.head("a survey taken last month"));
        assertEquals("critics", AttributionScorer.head("the mayor's critics today"));
        assertEquals("memo", AttributionScorer.head("a memo Tuesday from the council"));
        assertEquals("reports", AttributionScorer.head("reports circulating in the capital"));
        assertEquals("volunteers", AttributionScorer.head("her campaign volunteers here"));
        assertEquals("letter", AttributionScorer.head("a letter previously kept secret"));
        assertEquals("Fenwicks", AttributionScorer.head("two Fenwicks involved in the talks"));
        // modifiers before the noun, and nouns that merely end like participles, are left alone
        assertEquals("friend", AttributionScorer.head("a close friend"));
        assertEquals("official", AttributionScorer.head("a former elected official"));
        assertEquals("aide", AttributionScorer.head("a newly hired aide"));
        assertEquals("Stavros", AttributionScorer.head("Secretary of State Ilse Stavros"));
        assertEquals("Hinderks", AttributionScorer.head("Rally Canada volunteer media coordinator Tom Hinderks"));
        String text = "A source familiar with the talks said the deal was near.";
        PolnearCorpus.Gold g = new PolnearCorpus.Gold(List.of(new PolnearCorpus.Span(38, 55)), List.of(),
                "said", List.of(new PolnearCorpus.Span(0, 32)), text.substring(0, 32), "the deal was near");
        AttributionScorer.Pred p = new AttributionScorer.Pred(List.of(), new PolnearCorpus.Span(0, 32),
                text.substring(0, 32), "source", false, true, "group", new PolnearCorpus.Span(2, 8));
        assertTrue(AttributionScorer.strictSpeakerRight(text, g, List.of(g), p));
        assertFalse(AttributionScorer.strictSpeakerRight(text, g, List.of(g), p, false), "the rule of 2026-12-05");
    }

    static AttributionScorer.Pred pred(String speaker) {
        return new AttributionScorer.Pred(List.of(), null, null, speaker, false, true);
    }
}
