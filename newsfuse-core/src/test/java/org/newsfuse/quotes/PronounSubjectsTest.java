package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfuse.quotes.SpeakersTest.attributions;
import static org.newsfuse.quotes.SpeakersTest.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Quote;

/**
 * Pronouns that stand for a sentence's subject, one invented article per cause: a surname two people
 * share, a subject after an opening phrase, coordinated names that are no one subject, an appositive
 * that is no subject, group nouns with no plural ending ("police"), and a role that tells its bearer's
 * gender ("the woman … she said"); a speaker named inside another's reported speech is no antecedent.
 */
class PronounSubjectsTest {
    @Test
    void aSurnameTwoPeopleShareIsTheOneWhoseGenderAgrees() {
        String t = """
                Harold Quist opened the bakery in 1998 with his daughter Elin Quist.

                Kerrigan Osei said the permit had been delayed for months.

                Quist was defending the bakery at a meeting on Friday when he told neighbours that the ovens were safe.""";
        // both Quists answer to "Quist", as when the story names Donald and Melania Trump
        EntityIndex index = EntityIndex.of(List.of(
                new Entity("Elin Quist", Entity.Type.PERSON, List.of("Quist", "Elin"), 3, List.of("t")),
                new Entity("Harold Quist", Entity.Type.PERSON, List.of("Quist", "Harold"), 2, List.of("t")),
                new Entity("Kerrigan Osei", Entity.Type.PERSON, List.of("Osei"), 1, List.of("t"))));
        List<Attribution> found = new QuoteExtractor().extract(Fixtures.article("t", t), index);
        assertEquals("Harold Quist", with(found, t, "that the ovens were safe").speaker());
    }

    @Test
    void theSubjectAfterAnOpeningPhraseIsTheAntecedent() {
        String t = """
                Maria Lund runs the nurses' union. Kerrigan Osei said the clinic needed more staff.

                Speaking in Lisbon on Tuesday, Maria Lund accused Osei of delaying the plan.

                “We cannot wait another year,” she said.""";
        assertEquals("Maria Lund", with(attributions(t), t, "“We cannot wait").speaker());
    }

    @Test
    void coordinatedNamesAreNoSingleAntecedent() {
        String t = """
                Dr. Anton Reyes said the clinic was full every morning.

                Kerrigan Osei and Ilse Marrow blame the ministry for the delays.

                “The queue is longer every week,” he said.""";
        assertEquals("Anton Reyes", with(attributions(t), t, "“The queue is longer").speaker());
    }

    @Test
    void aNameInAnAppositiveAfterTheVerbIsNoSubject() {
        String t = """
                Judge Mirela Santos said the hearing would resume in May.

                She has been criticised since she met the wife of a defendant, Ines Calder, at a dinner.

                “I have nothing to hide,” she said.""";
        assertEquals("Mirela Santos", with(attributions(t), t, "“I have nothing to hide").speaker());
    }

    @Test
    void policeAreTheyNeverHeOrShe() {
        String t = """
                Mira Olsen, a neighbour, said she heard shouting after midnight.

                Police said the driver had fled on foot.

                “It was terrifying,” she said.

                “We are looking for witnesses,” they said.""";
        List<Attribution> found = attributions(t);
        assertEquals("Mira Olsen", with(found, t, "“It was terrifying").speaker());
        Attribution they = with(found, t, "“We are looking");
        assertEquals("Police", they.speaker());
        assertEquals(Quote.SpeakerType.GROUP, they.speakerType());
    }

    @Test
    void sheCanStandForARoleThatTellsItsGender() {
        String t = """
                Kerrigan Osei said the rally ended early.

                The woman who shouted first later gave her name to reporters as Dana.

                “It just came out,” she said.""";
        Attribution a = with(attributions(t), t, "“It just came out");
        assertEquals(Quote.SpeakerType.GROUP, a.speakerType());
        assertEquals("The woman", a.speaker());
    }

    @Test
    void aSpeakerNamedInsideAnothersReportedSpeechIsNoAntecedent() {
        String t = """
                Omar Haddad, who ran the harbour office for a decade, said tensions were higher than ever.

                He said that he was more focused on the budget and noted that Anton Reyes himself has acknowledged the plan is late.

                “What the workers ask for is not unreasonable,” he said.""";
        assertEquals("Omar Haddad", with(attributions(t), t, "“What the workers").speaker());
    }
}
