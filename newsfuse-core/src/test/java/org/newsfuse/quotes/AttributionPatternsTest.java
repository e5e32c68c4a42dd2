package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfuse.entities.EntitiesStage;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.model.Article;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Story;
import org.newsfuse.model.Token;

/**
 * Attribution-clause shapes, one invented sentence each: shared subjects of coordinated verbs,
 * subjects with parentheses, relative clauses and prepositional phrases, attributions inside the
 * content, "according to" in mid-sentence, questions, commitments and noun-phrase contents.
 */
class AttributionPatternsTest {
    static final String TEXT = """
            Harbour master Lena Brekke inspected the pier on Monday and said the repairs would take a month.

            Brekke said the pier was safe and said that the ferry would run on time.

            Mayor Ana Ruiz (D) said the budget would be balanced by next year.

            Jonas Berg — a fisherman from the north — says the quotas are too low.

            Residents of the northern islands said the ferry had been late all winter.

            The new bridge, the engineer said, will open in May.

            Two weeks ago, as the Harbour Gazette reported, the council voted to close the pier.

            The fleet, according to the ministry, has shrunk by a third since 2010.

            When asked about the closure, Brekke said: “We had no choice.”

            Brekke asked the council whether the pier could reopen in spring.

            The minister pledged to rebuild the harbour within two years.

            The council announced a new ferry schedule on Friday.

            Brekke said during this week's council meeting that the pier would close.

            The council itself said the plan was final.

            Ibarra, a marine biologist who has studied the fjords for twenty years, said the fish stocks were recovering.

            About half of the fishermen in the port said they would accept the new quotas.

            The board kept the logs, which the clerk said covered every landing since 1990.

            Brekke said the ferry was late again, but she praised the crew for their work.

            The harbour board denied the claims about the budget.""";

    static String text;
    static List<Attribution> found;

    @BeforeAll
    static void run() {
        Article a = Fixtures.article("p", TEXT);
        text = a.text();
        Story s = new EntitiesStage(SpeechVerbs.get()).apply(Story.of("s", List.of(a)));
        found = new QuoteExtractor().extract(a, EntityIndex.of(s.entities()));
    }

    static String content(Attribution a) {
        return a.content().stream().map(c -> text.substring(c.start(), c.end())).collect(Collectors.joining(" | "));
    }

    static String cue(Attribution a) {
        return a.cue() == null ? null : text.substring(a.cue().start(), a.cue().end());
    }

    /** The attribution whose content starts with {@code start}. */
    static Attribution with(String start) {
        return found.stream().filter(a -> content(a).startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no content starting " + start + " in "
                        + found.stream().map(AttributionPatternsTest::content).toList()));
    }

    @Test
    void aVerbOfSayingJoinedToAnEarlierVerbSharesItsSubject() {
        Attribution a = with("the repairs would take a month");
        assertEquals("the repairs would take a month", content(a));
        assertEquals("Lena Brekke", a.speaker());
    }

    @Test
    void aSecondVerbOfSayingEndsTheFirstContentAndKeepsTheSpeaker() {
        assertEquals("the pier was safe", content(with("the pier was safe")));
        Attribution second = with("that the ferry would run on time");
        assertEquals("Brekke", second.sourceText());
        assertEquals("Lena Brekke", second.speaker());
    }

    @Test
    void subjectsWithParenthesesDashesRelativeClausesAndPrepositions() {
        assertTrue(with("the budget would be balanced").sourceText().startsWith("Mayor Ana Ruiz"));
        assertTrue(with("the quotas are too low").sourceText().startsWith("Jonas Berg"));
        assertEquals("Residents of the northern islands", with("the ferry had been late").sourceText());
        assertTrue(with("the fish stocks were recovering").sourceText().startsWith("Ibarra, a marine biologist"));
        assertEquals("About half of the fishermen in the port", with("they would accept").sourceText());
        assertEquals("The council itself", with("the plan was final").sourceText());
    }

    @Test
    void anAttributionInsideItsContentTakesBothSides() {
        Attribution a = with("The new bridge");
        assertEquals("The new bridge | will open in May", content(a));
        assertEquals("the engineer", a.sourceText());
        Attribution g = with("Two weeks ago");
        assertEquals("Two weeks ago | the council voted to close the pier", content(g));
        assertEquals("the Harbour Gazette", g.sourceText());
    }

    @Test
    void accordingToInsideTheSentence() {
        Attribution a = with("The fleet");
        assertEquals("according to", cue(a));
        assertEquals("The fleet | has shrunk by a third since 2010", content(a));
        assertEquals("the ministry", a.sourceText());
    }

    @Test
    void questions() {
        Attribution q = with("about the closure");
        assertEquals("about the closure", content(q), "the question stops where the answer's attribution starts");
        assertNull(q.source(), "a passive question with no asker has no source");
        assertNotNull(with("“We had no choice.”").speaker());
        Attribution w = with("whether the pier could reopen");
        assertEquals("asked", cue(w));
        assertEquals("Brekke", w.sourceText());
    }

    @Test
    void commitmentsAndNounPhraseContents() {
        assertEquals("to rebuild the harbour within two years", content(with("to rebuild")));
        assertEquals("The minister", with("to rebuild").sourceText());
        assertEquals("announced", cue(with("a new ferry schedule")));
    }

    @Test
    void theVerbOfARelativeClauseAfterTheCue() {
        Attribution a = with("covered every landing");
        assertEquals("the clerk", a.sourceText());
    }

    @Test
    void aNewClauseWithItsOwnSubjectEndsTheContent() {
        assertEquals("the ferry was late again", content(with("the ferry was late")));
    }

    @Test
    void aDenialWithANounPhrase() {
        Attribution a = with("the claims about the budget");
        assertEquals("denied", cue(a));
        assertEquals("The harbour board", a.sourceText());
    }

    @Test
    void aPrepositionalPhraseAfterTheVerbBeforeThat() {
        Attribution a = with("that the pier would close");
        assertEquals("Lena Brekke", a.speaker());
    }

    @Test
    void sentencesSplitAfterATitleOrBeforeALowerCaseWordAreJoined() {
        String t = "“We are ready,” said Sen. Ada Lund of the harbour committee. “The pier is safe,” Rep. Ole Dahl (R-Vt.) said.";
        String[] pieces = {"“We are ready,” said Sen.", "Ada Lund of the harbour committee.", "“The pier is safe,” Rep.",
                "Ole Dahl (R-Vt.)", "said."};
        List<Sentence> split = new java.util.ArrayList<>();
        int at = 0;
        for (String p : pieces) {
            int start = t.indexOf(p, at);
            split.add(new Sentence(split.size(), 0, start, start + p.length(), tokens(t, start, start + p.length())));
            at = start + p.length();
        }
        List<Sentence> joined = QuoteExtractor.rejoin(t, split);
        assertEquals(2, joined.size(), joined.toString());
        assertEquals(t.indexOf("committee.") + "committee.".length(), joined.get(0).end());
        assertTrue(joined.get(0).tokens().stream().anyMatch(k -> k.text().equals("Sen.") && k.pos().equals("PROPN")),
                "the title and its period are one proper-noun token");
        assertEquals(t.length(), joined.get(1).end());
        assertTrue(joined.get(1).tokens().stream().anyMatch(k -> k.text().equals("Rep.")), "the title is whole");
        assertEquals(t.indexOf("“The"), joined.get(1).start());
        assertEquals("said", joined.get(1).tokens().get(joined.get(1).tokens().size() - 2).text());
    }

    /** Words and single punctuation marks, tagged PROPN and PUNCT (only the boundaries matter here). */
    private static List<Token> tokens(String t, int from, int to) {
        List<Token> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\w[\\w-]*|[^\\s\\w]").matcher(t);
        m.region(from, to);
        while (m.find()) {
            String w = m.group();
            boolean word = Character.isLetterOrDigit(w.charAt(0));
            out.add(new Token(m.start(), m.end(), w, word ? (Character.isLowerCase(w.charAt(0)) ? "VERB" : "PROPN") : "PUNCT",
                    w.toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }
}
