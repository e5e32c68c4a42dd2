package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;

/**
 * The five real seed scrapes (Lavrov–Jaishankar talks), read from ../shared at run time and never
 * copied here: the two alias groups, every direct quote of the two ministers with its speaker (one
 * of them a quote in two parts around its attribution), and
 * the "We talked about the longstanding partnership…" statement grouped across outlets.
 */
class SeedsTest {
    static Story story;

    static Path seeds() {
        for (String p : List.of("../shared/seeds", "../../shared/seeds")) {
            Path d = Path.of(p);
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    @BeforeAll
    static void run() {
        Path dir = seeds();
        Assumptions.assumeTrue(dir != null, "seeds not found (../shared/seeds): skipped");
        InputReader.Batch batch = new InputReader().readAndReport(List.of(dir.toString()), System.err);
        story = new Engine(new EngineOptions(100, 1)).run(batch.documents(), null, null).stories().get(0);
    }

    static Entity person(String name) {
        return story.entities().stream().filter(e -> e.name().equals(name) && e.type() == Entity.Type.PERSON)
                .findFirst().orElse(null);
    }

    @Test
    void lavrovGoesByAllHisNamesAndNoOneElseIsMergedIn() {
        Entity l = person("Sergey Lavrov");
        assertNotNull(l, story.entities().toString());
        for (String alias : List.of("Sergei Lavrov", "Lavrov", "Russian Foreign Minister Sergey Lavrov",
                "the top Russian diplomat", "the Russian Minister")) {
            assertTrue(l.aliases().contains(alias), alias + " missing from " + l.aliases());
        }
        assertEquals(5, l.articles().size());
        for (String a : l.aliases()) {
            assertFalse(a.contains("Jaishankar") || a.contains("Putin") || a.contains("Modi"), a);
        }
    }

    @Test
    void jaishankarGoesByAllHisNamesAndNoOneElseIsMergedIn() {
        Entity j = person("Subrahmanyam Jaishankar");
        assertNotNull(j, story.entities().toString());
        for (String alias : List.of("S Jaishankar", "Jaishankar", "EAM Jaishankar", "the EAM", "Jaishanakar")) {
            assertTrue(j.aliases().contains(alias), alias + " missing from " + j.aliases());
        }
        for (String a : j.aliases()) {
            assertFalse(a.contains("Lavrov") || a.contains("Putin") || a.contains("Modi"), a);
        }
    }

    /**
     * A quote's first six words, lower case, hashed: the seeds' direct quotes are named here by
     * these keys, so that no text of the seeds is copied into the project.
     */
    static String key(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_’']+")
                .matcher(text.toLowerCase(java.util.Locale.ROOT));
        List<String> words = new java.util.ArrayList<>();
        while (m.find() && words.size() < 6) {
            words.add(m.group());
        }
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", words).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every direct quote of the two ministers (checked by hand): key, how many quotes have it. */
    static final Map<String, Integer> JAISHANKAR = Map.of("2f314e2282828a15", 2, "69004b7c61838345", 1,
            "1a72fe93e4fb424b", 1, "f30c6481a30bc64b", 1, "71ee1ed1fafc89ca", 1);
    /** A Jaishankar quote that goes on after its attribution (“…,” he said. “…”): the second part's key. */
    static final String JAISHANKAR_SECOND_PART = "72abe44f8549b8fe";
    static final Map<String, Integer> LAVROV = Map.ofEntries(Map.entry("c39b8fa2aa28e170", 1),
            Map.entry("7c7fb6a0f38e6ed6", 1), Map.entry("1465da5c2f099b0a", 1), Map.entry("fa0ba655d3183efd", 2),
            Map.entry("0c8955e12ec7b589", 1), Map.entry("7d67ce01ba76ec1a", 1), Map.entry("6e5f1b3208a4f449", 1),
            Map.entry("47396d05ceb7f741", 1), Map.entry("4490742e73c06af7", 1), Map.entry("807ae769b665822e", 1),
            Map.entry("d7446cd244379310", 1), Map.entry("472406bd6744e06c", 1));

    @Test
    void directQuotesOfTheMinistersHaveTheRightSpeaker() {
        check(JAISHANKAR, "Subrahmanyam Jaishankar");
        check(LAVROV, "Sergey Lavrov");
        List<Quote> twoParts = story.quotes().stream().filter(q -> q.parts().size() == 2
                && key(q.text().substring(q.text().indexOf(" … ") + 3)).equals(JAISHANKAR_SECOND_PART)).toList();
        assertEquals(1, twoParts.size(), "the quote interrupted by its attribution is one quote in two parts");
        assertEquals("Subrahmanyam Jaishankar", twoParts.get(0).speaker());
        assertEquals(Quote.Kind.DIRECT, twoParts.get(0).kind());
        assertEquals(Quote.SpeakerType.PERSON, twoParts.get(0).speakerType());
    }

    private static void check(Map<String, Integer> expected, String speaker) {
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            List<Quote> found = story.quotes().stream().filter(q -> key(q.text()).equals(e.getKey())).toList();
            assertEquals(e.getValue(), found.size(), speaker + " quote " + e.getKey());
            for (Quote q : found) {
                assertEquals(Quote.Kind.DIRECT, q.kind(), q.text());
                assertEquals(speaker, q.speaker(), q.text());
            }
        }
    }

    @Test
    void theLongstandingPartnershipStatementIsOneGroupAcrossOutlets() {
        List<Quote> wordings = story.quotes().stream()
                .filter(q -> q.text().replace("-", "").contains("longstanding partnership"))
                .toList();
        Set<String> groups = new HashSet<>();
        Set<String> articles = new HashSet<>();
        for (Quote q : wordings) {
            groups.add(q.group());
            articles.add(q.article());
        }
        assertEquals(1, groups.size(), wordings.toString());
        assertEquals(4, articles.size(), "printed by four of the five outlets: " + wordings);
    }
}
