package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.entities.EntitiesStage;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;

/**
 * Words before a verb of saying that are not its subject, one invented article per cause: a time
 * clause opening the sentence, a subordinator or participle alone at its start, an auxiliary before a
 * floating quantifier; capitalised words typed as people: a pronoun's contraction, a plural common
 * noun opening a sentence; a question after a direct quote's cue ("said when asked about …") that
 * took the next quotation over; a role after a possessive in an apposition ("the board's chair").
 */
class ClauseOpenersTest {
    private static Attribution with(String t, String contentStart) {
        return SpeakersTest.with(SpeakersTest.attributions(t), t, contentStart);
    }

    @Test
    void aTimeClauseOpeningTheSentenceIsNoSubject() {
        String t = """
                The harbour vote was close.

                Years after Mara Lindqvist claimed that the harbour was safe, the port closed.

                A few weeks after Tom Ekberg announced that the ferries would stop, the council met.""";
        assertEquals("Mara Lindqvist", with(t, "that the harbour was safe").speaker());
        assertEquals("Tom Ekberg", with(t, "that the ferries would stop").speaker());
    }

    @Test
    void aSubordinatorOrParticipleAloneIsNoSource() {
        String t = """
                Tom Ekberg runs the ferry office.

                When told the ferry had sunk, Ekberg paused and said he was shocked.

                Having announced that the port would close, the council met.""";
        List<Attribution> found = SpeakersTest.attributions(t);
        for (Attribution a : found) {
            assertFalse(List.of("When", "Having").contains(a.sourceText()), a.sourceText());
        }
        assertEquals("Tom Ekberg", SpeakersTest.with(found, t, "he was shocked").speaker());
    }

    @Test
    void aQuantifierAfterAnAuxiliaryCountsTheNamesBeforeIt() {
        String t = """
                The dock needs repairs.

                Mara Lindqvist and Senator Tom Ekberg have both argued that the dock needs money.""";
        assertEquals("Tom Ekberg", with(t, "that the dock needs money").speaker());
    }

    @Test
    void aPluralCommonNounOpeningASentenceIsNoPerson() {
        String t = """
                One analyst at the bank expects a loss.

                Analysts said the port would need a loan.""";
        Attribution a = with(t, "the port would need a loan");
        assertEquals("Analysts", a.speaker());
        assertEquals(Quote.SpeakerType.GROUP, a.speakerType());
        String titled = """
                The road was shut after the flood.

                Roads Minister Teodor Lisk said a pontoon would be in place by Friday.""";
        Story s = new EntitiesStage(SpeechVerbs.get()).apply(Story.of("s", List.of(Fixtures.article("t", titled))));
        assertTrue(s.entities().stream().anyMatch(e -> e.aliases().contains("Roads Minister Teodor Lisk")),
                s.entities().toString()); // a plural before a capitalised word belongs to the title
    }

    @Test
    void aPronounsContractionIsNoName() {
        String t = """
                Ulla Brenner chairs the ferry board.

                I'll tell you, the fares are too high, Brenner said.

                "We're broke," she said.""";
        Story s = new EntitiesStage(SpeechVerbs.get()).apply(Story.of("s", List.of(Fixtures.article("t", t))));
        List<String> names = s.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Ulla Brenner"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("I'll") || n.startsWith("We're")), names.toString());
    }

    @Test
    void aQuestionAfterTheCueDoesNotTakeOverTheNextQuotation() {
        String t = """
                The port budget was debated on Monday.

                "No plan is ever going to be perfect," Vauclair-Brandt said when asked about the fares, which were set under the old board. "The job is to keep improving it."

                The vote is on Friday.""";
        List<Attribution> found = SpeakersTest.attributions(t);
        Attribution a = found.stream().filter(x -> SpeakersTest.content(t, x).contains("The job is")).findFirst()
                .orElseThrow();
        assertEquals("Vauclair-Brandt", a.speaker());
    }

    @Test
    void aRoleAfterAPossessiveInAnAppositionMakesAPerson() {
        String t = """
                The port budget was debated on Monday.

                Ines Vauclair, the board's chair, said the plan would work.""";
        Attribution a = with(t, "the plan would work");
        assertEquals("Ines Vauclair", a.speaker());
        assertEquals(Quote.SpeakerType.PERSON, a.speakerType());
    }
}
