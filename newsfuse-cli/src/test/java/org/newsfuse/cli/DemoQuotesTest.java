package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Quote;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.Story;

/** The demo corpus's first event (its README is the oracle): name variants, pronoun quotes, wordings. */
class DemoQuotesTest {
    static final Set<String> E1 = Set.of("demo/doc01.txt", "demo/doc03.txt", "demo/doc06.txt", "demo/doc09.txt",
            "demo/doc12.txt");
    static List<RawDocument> docs;
    static Story story;

    @BeforeAll
    static void run() throws Exception {
        docs = DemoCommand.corpus().stream().filter(d -> E1.contains(d.input())).toList();
        story = new Engine(new EngineOptions(100, 1)).run(docs, null, null).stories().get(0);
    }

    static Entity person(String name) {
        return story.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    static Quote quote(String startsWith) {
        return story.quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + startsWith));
    }

    @Test
    void nameVariantsJoinTheirPerson() {
        Entity koravin = person("Dmitri Koravin");
        Entity ferrant = person("Ana Ferrant");
        assertNotNull(koravin, story.entities().toString());
        assertNotNull(ferrant, story.entities().toString());
        assertTrue(koravin.aliases().contains("Dmitry Koravin"), koravin.aliases().toString());
        assertTrue(ferrant.aliases().contains("Ana Ferrent"), ferrant.aliases().toString());
        assertEquals(Entity.Type.PERSON, person("Lukas Marhold").type());
    }

    @Test
    void quotesAttributedByPronounGoToThePerson() {
        Quote k2 = quote("Nobody in Orlavy is drafting a military alliance");
        assertEquals(Quote.Kind.DIRECT, k2.kind());
        assertEquals("Dmitri Koravin", k2.speaker());
    }

    @Test
    void oneStatementInSeveralWordingsIsOneGroup() {
        Quote exact = quote("Valdera is not a customer");
        Quote other = quote("Valdera is not our customer");
        assertEquals("Dmitri Koravin", exact.speaker());
        assertEquals("Dmitri Koravin", other.speaker());
        assertEquals(exact.group(), other.group());
        assertTrue(!exact.article().equals(other.article()));
    }

    @Test
    void quotesCommandPrintsOneJsonLinePerQuote() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = QuotesCommand.execute(new InputReader.Batch(docs, 0), 1, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(story.quotes().size(), lines.length);
        for (String l : lines) {
            assertTrue(l.startsWith("{\"speaker\":") && l.contains("\"kind\":") && l.contains("\"group\":"), l);
        }
    }
}
