package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Quote;

/**
 * Source phrases whose head the resolver used to lose, one invented article per cause: hyphenated
 * names and nouns the tokenizer cut, names and nouns the tagger took for function words or adjectives,
 * participles and adjectives after the head, quantifiers floating after coordinated names, and a
 * description followed by the person's name, and a title that goes on through "of" before the name.
 */
class SourceFormsTest {
    private static Attribution with(String t, String contentStart) {
        return SpeakersTest.with(SpeakersTest.attributions(t), t, contentStart);
    }

    @Test
    void aHyphenatedNameStaysWhole() {
        String t = """
                Economist Douglas Brandt-Oyelaran spoke at the port on Monday.

                "The figures are a blip," Mr. Brandt-Oyelaran said.

                Ingrid Sallow-Pettersen runs the ferry office. "It is hard work," she said.""";
        assertEquals("Douglas Brandt-Oyelaran", with(t, "\"The figures").speaker());
        assertEquals("Ingrid Sallow-Pettersen", with(t, "\"It is hard").speaker());
    }

    @Test
    void aHyphenatedNounHeadStaysWhole() {
        String t = """
                The ferry strike entered its second week.

                The Liberal front-runner said the strike would end soon.

                Nearly two-thirds of dock workers said the offer was too low.""";
        Attribution runner = with(t, "the strike would end");
        assertTrue(runner.speaker().endsWith("front-runner"), runner.speaker());
        assertEquals(Quote.SpeakerType.GROUP, runner.speakerType());
        Attribution share = with(t, "the offer was too low");
        assertTrue(share.speaker().contains("two-thirds"), share.speaker());
    }

    @Test
    void aNameOrRoleTheTaggerMistookIsStillTheSpeaker() {
        String t = """
                The ferry left an hour late.

                "We will not comment on the schedule," a Harbour Board official said.

                Wendt said he would vote for the new fares.""";
        Attribution official = with(t, "\"We will not comment");
        assertTrue(official.speaker() != null && official.speaker().endsWith("official"), String.valueOf(official.speaker()));
        assertEquals("Wendt", with(t, "he would vote").speaker()); // "Wendt/PRON said"
    }

    @Test
    void aParticipleOrAdjectiveAfterTheHeadIsNoPartOfWho() {
        String t = """
                The harbour inquiry resumed this week.

                A court document filed Thursday said the ferry operator would not be charged.

                Two councillors present said the meeting was tense.""";
        Attribution doc = with(t, "the ferry operator would not");
        assertEquals("court document", doc.speaker().replaceFirst("^[Aa] ", ""));
        assertEquals(Quote.SpeakerType.DOCUMENT, doc.speakerType());
        assertEquals("Two councillors", with(t, "the meeting was tense").speaker());
    }

    @Test
    void coordinatedNamesThatBothSaySpeakThroughTheirNames() {
        String t = """
                The mill closed in May.

                Mara Lindqvist and Tom Ekberg both said the bill would pass.

                The dock unions all said the plan was unfair.""";
        assertEquals("Tom Ekberg", with(t, "the bill would pass").speaker());
        assertEquals("The dock unions", with(t, "the plan was unfair").speaker());
    }

    @Test
    void aDescriptionThenTheNameIsThePerson() {
        String t = """
                Three fishermen were rescued near the harbour on Sunday.

                One of the men, Jessie Elkman, 70, said he had never seen such waves.""";
        Attribution a = with(t, "he had never seen");
        assertEquals("Jessie Elkman", a.speaker());
        assertEquals(Quote.SpeakerType.PERSON, a.speakerType());
    }

    @Test
    void aPollOrAverageTheTaggerCalledAVerbIsADocument() {
        String t = """
                The harbour wall fell in March.

                According to a yearly Harbourview poll, most residents want the wall rebuilt.

                According to the Seaview polling average, the mayor leads by nine points.""";
        Attribution poll = with(t, "most residents want");
        assertTrue(poll.speaker() != null && poll.speaker().endsWith("Harbourview poll"), String.valueOf(poll.speaker()));
        assertEquals(Quote.SpeakerType.DOCUMENT, poll.speakerType());
        Attribution average = with(t, "the mayor leads");
        assertTrue(average.speaker() != null && average.speaker().endsWith("polling average"),
                String.valueOf(average.speaker()));
        assertEquals(Quote.SpeakerType.DOCUMENT, average.speakerType());
    }

    @Test
    void aTitleThatGoesOnThroughOfIsNotPartOfTheName() {
        String t = """
                Former Secretary of State Maren Osterlund arrived in Valdora on Friday.

                "We came to listen," Secretary of State Maren Osterlund said.

                The Minister for Foreign Affairs Tobias Quell met her later. "The talks were useful," Quell said.""";
        assertEquals("Maren Osterlund", with(t, "\"We came").speaker());
        assertEquals("Tobias Quell", with(t, "\"The talks").speaker());
        org.newsfuse.model.Story s = Fixtures.story(Fixtures.article("a1", t));
        List<String> names = s.entities().stream().map(org.newsfuse.model.Entity::name).toList();
        assertTrue(names.contains("Maren Osterlund") && names.contains("Tobias Quell"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("State") || n.startsWith("Foreign") || n.equals("State")),
                names.toString());
    }
}
