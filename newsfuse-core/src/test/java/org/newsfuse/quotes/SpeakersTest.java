package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfuse.entities.EntitiesStage;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.model.Article;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;

/**
 * Speakers of every kind, one invented article per cause: names the entity finder leaves untyped,
 * the head of a long source phrase, organisations, groups and documents, pronouns that must agree in
 * gender, number and type, failed resolutions that must not reach back to an older speaker, and
 * continuation paragraphs that inherit only a resolved speaker.
 */
class SpeakersTest {
    /** The attributions of one invented article, with the story's entities. */
    static List<Attribution> attributions(String text) {
        Article a = Fixtures.article("t", text);
        Story s = new EntitiesStage(SpeechVerbs.get()).apply(Story.of("s", List.of(a)));
        return new QuoteExtractor().extract(a, EntityIndex.of(s.entities()));
    }

    static Attribution with(List<Attribution> found, String text, String contentStart) {
        return found.stream().filter(a -> content(text, a).startsWith(contentStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no content starting " + contentStart + " in "
                        + found.stream().map(a -> content(text, a)).toList()));
    }

    static String content(String text, Attribution a) {
        return a.content().stream().map(c -> text.substring(c.start(), c.end())).collect(Collectors.joining(" | "));
    }

    @Test
    void aNameTheEntityFinderCannotTypeIsStillTheSpeaker() {
        String t = """
                The ferry left an hour late on Sunday.

                “We waited in the rain for most of the morning,” said Ostrowiak.""";
        Attribution a = with(attributions(t), t, "“We waited");
        assertEquals("Ostrowiak", a.speaker());
    }

    @Test
    void theHeadOfTheSourcePhraseNotItsFirstName() {
        String t = """
                Lakeside Minor Soccer Association president Mara Jonsson told reporters the fields would reopen.

                Harbour Cycling Club volunteer media coordinator Tor Hemberg said the route was safe.

                Blue party leader Agnes Vallin has said the vote was fair.""";
        List<Attribution> found = attributions(t);
        assertEquals("Mara Jonsson", with(found, t, "the fields would reopen").speaker());
        assertEquals("Tor Hemberg", with(found, t, "the route was safe").speaker());
        Attribution v = with(found, t, "the vote was fair");
        assertEquals("Agnes Vallin", v.speaker());
        assertEquals(Quote.SpeakerType.PERSON, v.speakerType());
        assertEquals("Agnes Vallin", t.substring(v.head().start(), v.head().end()));
    }

    @Test
    void organisationsGroupsAndDocumentsSpeak() {
        String t = """
                Justice officials said the case against the harbour board was closed.

                The report said the river had flooded twice since 2019.

                According to the United Nations, the camp now holds 4,000 people.

                Police said the road would stay closed until Friday.

                The company said it would appeal the ruling.""";
        List<Attribution> found = attributions(t);
        Attribution officials = with(found, t, "the case against");
        assertEquals("Justice officials", officials.speaker());
        assertEquals(Quote.SpeakerType.GROUP, officials.speakerType());
        Attribution report = with(found, t, "the river had flooded");
        assertEquals("The report", report.speaker());
        assertEquals(Quote.SpeakerType.DOCUMENT, report.speakerType());
        assertEquals("United Nations", with(found, t, "the camp now holds").speaker().replaceFirst("^the ", ""));
        assertEquals(Quote.SpeakerType.GROUP, with(found, t, "the road would stay").speakerType());
        Attribution company = with(found, t, "it would appeal");
        assertEquals("The company", company.speaker());
        assertEquals(Quote.SpeakerType.ORGANISATION, company.speakerType());
    }

    @Test
    void heNeverGoesToAWomanNorToAPlace() {
        String t = """
                Local fisherman Jonas Dahl said the plan was wrong.

                Harbour master Lena Brekke said the pier would close on Monday.

                “It is a mistake,” he said.

                Mayor Ana Ruiz said the vote would go ahead.

                Nova Scotia welcomed the decision.

                “We will build a new one,” he added.""";
        List<Attribution> found = attributions(t);
        assertEquals("Jonas Dahl", with(found, t, "“It is a mistake").speaker(), "not the woman who spoke last");
        Attribution build = with(found, t, "“We will build");
        assertNotEquals("Nova Scotia", build.speaker());
        assertNotEquals("Ana Ruiz", build.speaker());
    }

    @Test
    void sheTakesGenderFromTitlesAndFromThePronounsThatFollowAName() {
        String t = """
                Councillor Kaito Brandt said the budget was balanced.

                Rin Sato said her office had checked the figures twice.

                “The numbers add up,” she said.""";
        List<Attribution> found = attributions(t);
        assertEquals("Rin Sato", with(found, t, "“The numbers add up").speaker());
    }

    @Test
    void theyGoesToAGroupAndItToAnOrganisationNeverToAPerson() {
        String t = """
                Coast guard officials said the search would resume at dawn.

                Captain Ola Nilsen praised the crews.

                “The weather is against us,” they said.

                The ministry said the boats were insured.

                “The owners will be paid in full,” it said.""";
        List<Attribution> found = attributions(t);
        Attribution they = with(found, t, "“The weather is against us");
        assertEquals("Coast guard officials", they.speaker());
        assertEquals(Quote.SpeakerType.GROUP, they.speakerType());
        Attribution it = with(found, t, "“The owners");
        assertEquals("The ministry", it.speaker());
    }

    @Test
    void aPronounAfterAFailedResolutionStaysUnresolved() {
        Draft named = new Draft();
        named.speaker = "Ana Lind";
        named.speakerType = Quote.SpeakerType.PERSON;
        named.paragraph = 0;
        named.cue = new Attribution.Span(0, 4);
        named.source = new Attribution.Span(5, 13);
        Draft failed = new Draft();
        failed.paragraph = 1;
        failed.cue = new Attribution.Span(20, 24);
        failed.source = new Attribution.Span(25, 40);
        String text = "“It is late,” she said.";
        Article a = Fixtures.article("p", text);
        Draft she = new Draft();
        she.paragraph = 2;
        List<org.newsfuse.model.Token> tokens = a.sentences().get(0).tokens();
        int k = 0;
        while (!tokens.get(k).text().equals("she")) {
            k++;
        }
        she.source = new Attribution.Span(tokens.get(k).start(), tokens.get(k).end());
        she.sourceText = "she";
        she.pronoun = true;
        she.sourceTokens = tokens;
        she.sourceFrom = k;
        she.sourceTo = k + 1;
        SpeakerResolver r = new SpeakerResolver(text, List.of(), null, a.sentences(), a.paragraphs());
        r.resolve(she, List.of(named, failed));
        assertNull(she.speaker, "not Ana Lind, past the attribution that failed");
        r.resolve(she, List.of(named));
        assertEquals("Ana Lind", she.speaker);
    }

    @Test
    void continuationParagraphsInheritOnlyAResolvedSpeaker() {
        String t = """
                “The harbour will be rebuilt,” Mayor Ana Ruiz said. “It will take two years.

                “And it will cost less than the last one,” she said later.

                Nobody was told why the ferry was late. “We were left waiting in the cold for hours,

                “and nobody came to tell us anything about it at all.\"""";
        List<Attribution> found = attributions(t);
        assertEquals("Ana Ruiz", with(found, t, "“The harbour will be rebuilt").speaker());
        for (Attribution a : found) {
            if (content(t, a).contains("nobody came")) {
                assertNull(a.speaker(), "the open quote had no speaker: " + content(t, a));
            }
        }
    }
}
