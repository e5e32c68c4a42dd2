package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.entities.EntitiesStage;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.model.Article;
import org.newsfuse.model.Story;

/**
 * Attributions the clause rules missed, one invented sentence each: nouns of saying ("her claim
 * that"), -ing forms with a subject of their own, forms the tagger took for nouns, subjects the tagger
 * spoiled, one-word contents and "according to" with a spoiled source.
 */
class NounAndTaggerPatternsTest {
    static final String TEXT = """
            The survey was published on Friday, with 30 percent of the fishermen saying the quotas were too low.

            Brekke is telling residents that the pier will reopen in spring.

            Critics questioned Brekke's claim that the pier was safe.

            Her promise to rebuild the harbour was welcomed by the fishermen.

            The ferry company cut its timetable, the company warning that fuel costs had doubled.

            The Gazette reports that the council ignored the engineers.

            He inspected the boats in the northern port and said he expected a record catch.

            Most of the fishermen said no.

            The catch fell by a fifth last year, according to exit polls.""";

    static String text;
    static List<Attribution> found;

    @BeforeAll
    static void run() {
        Article a = Fixtures.article("n", TEXT);
        text = a.text();
        Story s = new EntitiesStage(SpeechVerbs.get()).apply(Story.of("s", List.of(a)));
        found = new QuoteExtractor().extract(a, EntityIndex.of(s.entities()));
    }

    static String content(Attribution a) {
        return a.content().stream().map(c -> text.substring(c.start(), c.end())).collect(Collectors.joining(" | "));
    }

    static Attribution with(String start) {
        return found.stream().filter(a -> content(a).startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no content starting " + start + " in "
                        + found.stream().map(NounAndTaggerPatternsTest::content).toList()));
    }

    @Test
    void anIngFormAfterItsNounPhraseOrInAProgressive() {
        Attribution a = with("the quotas were too low");
        assertEquals("the quotas were too low", content(a));
        assertEquals("percent of the fishermen", a.sourceText());
        Attribution b = with("that the pier will reopen");
        assertEquals("that the pier will reopen in spring", content(b));
        assertEquals("Brekke", b.sourceText());
    }

    @Test
    void aNounOfSayingWithItsPossessor() {
        Attribution a = with("that the pier was safe");
        assertEquals("that the pier was safe", content(a));
        assertEquals("claim", text.substring(a.cue().start(), a.cue().end()));
        assertEquals("to rebuild the harbour", content(with("to rebuild")), "the sentence's own verb ends it");
        assertEquals("Her", with("to rebuild").sourceText());
    }

    @Test
    void aVerbOfSayingTaggedAsANounBeforeThat() {
        assertEquals("the company", with("that fuel costs had doubled").sourceText());
        assertEquals("The Gazette", with("that the council ignored the engineers").sourceText());
    }

    @Test
    void saidAfterAnEarlierVerbWithItsObjectAndPhrases() {
        Attribution a = with("he expected a record catch");
        assertEquals("he expected a record catch", content(a));
        assertEquals("He", a.sourceText());
    }

    @Test
    void aOneWordAnswer() {
        Attribution a = with("no");
        assertEquals("no", content(a));
        assertEquals("Most of the fishermen", a.sourceText());
    }

    @Test
    void accordingToASourceTheTaggerSpoiled() {
        Attribution a = with("The catch fell");
        assertEquals("The catch fell by a fifth last year", content(a));
        assertEquals("exit polls", a.sourceText());
    }
}
