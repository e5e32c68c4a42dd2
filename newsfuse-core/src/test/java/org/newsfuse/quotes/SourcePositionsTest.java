package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newsfuse.quotes.SpeakersTest.attributions;
import static org.newsfuse.quotes.SpeakersTest.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Quote;

/**
 * Where the source stands, one invented article per cause (issue 18): a time after the verb is no
 * inverted source, nor is the one told; a title or initial cut from its period; a relative whose
 * antecedent is the object of a preposition or stands before an appositive; "when asked"; a time
 * before the verb; an opening adverb before an appositive subject; a text issued by someone.
 */
class SourcePositionsTest {
    @Test
    void aTimeAfterTheVerbIsNoInvertedSource() {
        String t = """
                The council met at the old town hall.

                “We will rebuild the bridge before winter,” Halvard Brekke, the council's engineer, said Thursday morning.""";
        Attribution a = with(attributions(t), t, "“We will rebuild");
        assertEquals("Halvard Brekke", a.speaker());
    }

    @Test
    void theOneToldIsNeverTheSource() {
        String t = """
                The strike entered its second week.

                “Nobody here wants to go back without a contract,” Ilse Marten, 52, told Radio Nordvik.""";
        Attribution a = with(attributions(t), t, "“Nobody here");
        assertEquals("Ilse Marten", a.speaker());
    }

    @Test
    void aTitleOrInitialCutFromItsPeriodStaysInTheName() {
        String t = """
                Edith Varga spoke at the meeting.

                Mrs. Varga praised the volunteers, saying they had ''saved the harvest.''

                Tomas K. Lindqvist, who chairs the farmers' union, said the prices were too low.""";
        List<Attribution> found = attributions(t);
        assertEquals("Edith Varga", with(found, t, "they had").speaker());
        Attribution l = with(found, t, "the prices were too low");
        assertEquals("Tomas K. Lindqvist", l.speaker());
    }

    @Test
    void aRelativeAfterAPrepositionalObjectOrAnAppositive() {
        String t = """
                The defeat was hard for Mr. Oskar Dahlgren, who said he would take a day off.

                The plan was backed by Sen. Marit Solberg of Vestland, the ranking member of the budget committee, who said the costs were fair.""";
        List<Attribution> found = attributions(t);
        assertEquals("Oskar Dahlgren", with(found, t, "he would take").speaker());
        assertEquals("Marit Solberg", with(found, t, "the costs were fair").speaker());
    }

    @Test
    void whenAskedHasNoSubjectOfItsOwn() {
        String t = """
                “That is a fair worry, because they care a great deal,” Lena Aurell told Kanal Nord on Monday when asked about the vote.""";
        Attribution a = with(attributions(t), t, "“That is a fair worry");
        assertEquals("Lena Aurell", a.speaker());
    }

    @Test
    void aTimeBeforeTheVerbIsNoSource() {
        String t = """
                Norvik Savings Bank just this month announced it would close twelve branches.

                On Sunday morning Mr. Petter Holm made another attempt to calm the row, writing that the branches were not profitable.""";
        List<Attribution> found = attributions(t);
        assertEquals("Norvik Savings Bank", with(found, t, "it would close").speaker());
        assertEquals("Petter Holm", with(found, t, "that the branches were not").speaker());
    }

    @Test
    void anOpeningAdverbBeforeAnAppositiveSubject() {
        String t = """
                The report was published in March.

                Moreover, Gunnar Vik, director of the Coastal Institute, said the data were sound.

                Last month, the Vestby Courier, a local newspaper, reported that the mill would close.""";
        List<Attribution> found = attributions(t);
        assertEquals("Gunnar Vik", with(found, t, "the data were sound").speaker());
        assertNotEquals("Last", with(found, t, "that the mill would close").speaker());
    }

    @Test
    void aTextIssuedBySomeoneSpeaksForItsIssuer() {
        String t = """
                Mayor Ragnhild Sæther was asked about the closure.

                Mayor Ragnhild Sæther issued a statement Tuesday saying that the clinic would stay open.""";
        Attribution a = with(attributions(t), t, "that the clinic");
        assertEquals("Ragnhild Sæther", a.speaker());
        assertEquals(Quote.SpeakerType.PERSON, a.speakerType());
    }

    @Test
    void aShareOfAGroupWithAParticipleTheTaggerCalledAVerb() {
        String t = """
                The survey was taken in May.

                Nine in 10 registered voters said the roads had got worse.

                Still, 52 percent of registered voters said they would back the new tax.""";
        List<Attribution> found = attributions(t);
        Attribution nine = with(found, t, "the roads had got worse");
        assertEquals("Nine in 10 registered voters", nine.speaker());
        Attribution share = with(found, t, "they would back");
        assertEquals("52 percent", share.speaker());
        assertEquals(Quote.SpeakerType.GROUP, share.speakerType());
    }

    @Test
    void aPersonsGenderComesFromTheGivenNameBeforeMergedHonorifics() {
        String t = """
                Mrs. Lindgren and Mr. Lindgren arrived together, but Hillary Lindgren spoke first.

                ''We are staying,'' Mrs. Lindgren said. Then she added: ''This town is our home.''""";
        Attribution a = with(attributions(t), t, "''This town");
        assertEquals("Hillary Lindgren", a.speaker());
    }

    @Test
    void theyAndItStandForAGroupOrATextThatIsASentencesSubject() {
        String t = """
                The dock workers at the harbour objected to the new rota. They also said the company had broken its promise.

                The memo from the committee was sent to every member. “Most of the witnesses were heard for the first time,” it stated.""";
        List<Attribution> found = attributions(t);
        Attribution they = with(found, t, "the company had broken");
        assertEquals("The dock workers", they.speaker());
        assertEquals(Quote.SpeakerType.GROUP, they.speakerType());
        Attribution it = with(found, t, "“Most of the witnesses");
        assertEquals(Quote.SpeakerType.DOCUMENT, it.speakerType());
        assertEquals("The memo", it.speaker());
    }
}
