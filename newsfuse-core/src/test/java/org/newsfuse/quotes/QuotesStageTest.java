package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;

/** An invented two-outlet story: people with aliases, quotes of every kind, one statement in two wordings. */
class QuotesStageTest {
    static final String A1 = """
            Norwegian Foreign Minister Ingrid Halvorsen met her Chilean counterpart Tomas Ibarra in Oslo on Monday.

            "We have fished the same waters for two hundred years," Halvorsen said. "Now we will protect them together."

            Ibarra said Chile would open a research station near the fjords next spring.

            The top Norwegian diplomat told reporters that the agreement would be signed in June.

            According to Ibarra, trade between the two countries could double by 2030.

            Maria Ibarra, a marine biologist at the University of Bergen, said the station was long overdue.""";

    static final String A2 = """
            Halvorssen said: “We have fished these waters together for two hundred years and now we will protect them together.”

            “It is a good day for the ocean,” she added.

            Nobody explained the delay. “Some people will never be happy,” one delegate muttered to another.""";

    static Story story;

    @BeforeAll
    static void run() {
        story = Fixtures.story(Fixtures.article("a1", A1), Fixtures.article("a2", A2));
    }

    static Entity entity(String name) {
        return story.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    static Quote quote(String startsWith) {
        return story.quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + startsWith + " in " + story.quotes()));
    }

    @Test
    void aliasesAreMergedAcrossArticles() {
        Entity h = entity("Ingrid Halvorsen");
        assertNotNull(h, story.entities().toString());
        assertEquals(Entity.Type.PERSON, h.type());
        assertTrue(h.aliases().contains("Halvorsen"), h.aliases().toString());
        assertTrue(h.aliases().contains("Halvorssen"), "one slip in the surname: " + h.aliases());
        assertTrue(h.aliases().contains("Norwegian Foreign Minister Ingrid Halvorsen"), h.aliases().toString());
        assertTrue(h.aliases().contains("the top Norwegian diplomat"), "description bound by the title: " + h.aliases());
        assertEquals(List.of("a1", "a2"), h.articles());
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        Entity tomas = entity("Tomas Ibarra");
        Entity maria = entity("Maria Ibarra");
        assertNotNull(tomas, story.entities().toString());
        assertNotNull(maria, story.entities().toString());
        assertFalse(tomas.aliases().contains("Maria Ibarra"));
        assertFalse(maria.aliases().contains("Tomas Ibarra"));
    }

    @Test
    void placesAndOrganisationsAreTyped() {
        assertEquals(Entity.Type.PLACE, entity("Oslo").type());
        assertEquals(Entity.Type.PLACE, entity("Chile").type());
        assertEquals(Entity.Type.ORGANISATION, entity("University of Bergen").type());
    }

    @Test
    void aDirectQuoteSplitByItsAttributionIsOneQuoteInTwoParts() {
        Quote q = quote("We have fished the same waters");
        assertEquals(Quote.Kind.DIRECT, q.kind());
        assertEquals("Ingrid Halvorsen", q.speaker());
        assertEquals(Quote.SpeakerType.PERSON, q.speakerType());
        assertEquals("We have fished the same waters for two hundred years … Now we will protect them together.",
                q.text());
        assertEquals(2, q.parts().size());
        assertEquals("We have fished the same waters for two hundred years",
                A1.substring(q.parts().get(0).start(), q.parts().get(0).end()));
        assertEquals("Now we will protect them together.", A1.substring(q.parts().get(1).start(), q.parts().get(1).end()));
        assertEquals("Halvorsen", q.source().text());
        assertEquals("Halvorsen", A1.substring(q.source().start(), q.source().end()));
        assertTrue(story.quotes().stream().noneMatch(o -> o.text().startsWith("Now we will protect")),
                "the second part is no quote of its own");
    }

    @Test
    void indirectSpeechDescriptionsAndAccordingTo() {
        Quote station = quote("Chile would open a research station");
        assertEquals(Quote.Kind.INDIRECT, station.kind());
        assertEquals("Tomas Ibarra", station.speaker(), "the Ibarra last named in full");
        assertEquals("Ingrid Halvorsen", quote("the agreement would be signed in June").speaker());
        assertEquals("Tomas Ibarra", quote("trade between the two countries could double").speaker());
        assertEquals("Maria Ibarra", quote("the station was long overdue").speaker());
    }

    @Test
    void pronounsGoToThePersonAndUnknownSpeakersStayNull() {
        assertEquals("Ingrid Halvorsen", quote("We have fished these waters together").speaker());
        assertEquals("Ingrid Halvorsen", quote("It is a good day for the ocean").speaker());
        assertNull(quote("Some people will never be happy").speaker());
    }

    @Test
    void oneStatementInTwoWordingsIsOneGroup() {
        Quote a = quote("We have fished the same waters");
        Quote b = quote("We have fished these waters together");
        assertNotNull(a.group());
        assertEquals(a.group(), b.group());
        assertFalse(a.group().equals(quote("Chile would open").group()));
    }
}
