package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.TestArticles;
import org.newsfuse.model.Article;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.SummarySentence;

class SummarizerTest {
    private final List<Article> ferry = TestArticles.of(TestArticles.FERRY);

    @Test
    void everySentenceIsVerbatimAndCitesItsSourceFirst() {
        Summarizer.Result r = new Summarizer().summarize(ferry, Summarizer.Options.defaults());
        assertFalse(r.sentences().isEmpty());
        for (SummarySentence s : r.sentences()) {
            SentenceRef origin = s.evidence().get(0);
            Article a = ferry.stream().filter(x -> x.id().equals(origin.article())).findFirst().orElseThrow();
            String whole = a.text().substring(origin.start(), origin.end());
            String body = s.text().endsWith(".") ? s.text().substring(0, s.text().length() - 1) : s.text();
            assertTrue(whole.startsWith(body), "verbatim, or its own sentence cut at a clause: " + s.text());
            assertEquals(origin.article(), s.sources().get(0));
            assertEquals(s.sources().size(), new HashSet<>(s.sources()).size(), "no article cited twice");
        }
    }

    @Test
    void prefersWhatSeveralOutletsReportAndCitesThemAll() {
        Summarizer.Result r = new Summarizer().summarize(ferry, new Summarizer.Options(40));
        SummarySentence first = r.sentences().stream().filter(s -> s.text().contains("212")).findFirst().orElseThrow();
        assertEquals(3, first.sources().size(), first.toString());
        assertFalse(r.sentences().stream().anyMatch(s -> s.text().contains("second grounding")),
                "a single-outlet detail should not beat the shared facts in 40 words");
    }

    @Test
    void staysWithinTheWordBudgetAndRepeatsNothing() {
        Summarizer.Result r = new Summarizer().summarize(ferry, new Summarizer.Options(60));
        int words = 0;
        for (SummarySentence s : r.sentences()) {
            words += s.text().split("\\s+").length;
        }
        assertTrue(words <= 62, "words: " + words);
        long withRanAground = r.sentences().stream().filter(s -> s.text().contains("ran aground")).count();
        assertTrue(withRanAground <= 1, "the grounding is reported once: " + r.sentences());
    }

    @Test
    void sameInputSameOutput() {
        Summarizer.Result a = new Summarizer().summarize(ferry, Summarizer.Options.defaults());
        Summarizer.Result b = new Summarizer().summarize(TestArticles.of(TestArticles.FERRY), Summarizer.Options.defaults());
        assertEquals(a, b);
    }

    @Test
    void headlineFallsBackToAShortCentralSentenceWithoutTitles() {
        Summarizer.Result r = new Summarizer().summarize(ferry, Summarizer.Options.defaults());
        assertNotNull(r.headline());
        assertTrue(r.headline().contains("aground") || r.headline().contains("212"), r.headline());
    }

    @Test
    void midQuoteSentencesAreNotCandidates() {
        List<Article> one = TestArticles.of("\"We will rebuild the bridge. It will take two years,\" the mayor said on Monday. "
                + "Work will start in spring, officials added.");
        List<SentenceUnit> units = StorySentences.of(one);
        assertTrue(units.size() >= 2);
        SentenceUnit inside = units.stream().filter(u -> u.text().startsWith("It will take")).findFirst().orElseThrow();
        assertTrue(Summarizer.startsInsideQuote(inside));
        assertFalse(Summarizer.isCandidate(inside));
        assertFalse(Summarizer.startsInsideQuote(units.get(0)));
    }

    @Test
    void aQueryPullsTheSummaryToItsAspect() {
        Summarizer.Result general = new Summarizer().summarize(ferry, new Summarizer.Options(40));
        assertFalse(general.sentences().stream().anyMatch(s -> s.text().contains("fishermen")), general.toString());
        Summarizer.Result focused = new Summarizer().summarize(ferry,
                new Summarizer.Options(40).withQuery("What did the fishermen do?"));
        assertTrue(focused.sentences().stream().anyMatch(s -> s.text().contains("fishermen")), focused.toString());
        for (SummarySentence s : focused.sentences()) {
            SentenceRef origin = s.evidence().get(0);
            Article a = ferry.stream().filter(x -> x.id().equals(origin.article())).findFirst().orElseThrow();
            String whole = a.text().substring(origin.start(), origin.end());
            String body = s.text().endsWith(".") ? s.text().substring(0, s.text().length() - 1) : s.text();
            assertTrue(whole.startsWith(body), "verbatim, or its own sentence cut at a clause: " + s.text());
        }
    }

    @Test
    void conceptsAreBigramsSharedByEnoughArticlesAndEarlyMentionsWeighMore() {
        Summarizer summarizer = new Summarizer();
        java.util.Map<String, Double> w = summarizer.conceptWeights(StorySentences.of(ferry), ferry.size());
        assertTrue(w.containsKey("ran aground"), w.toString());
        assertTrue(w.containsKey("skarn island"), w.toString());
        assertFalse(w.containsKey("second ground"), "one article's detail is no concept: " + w);
        assertFalse(w.keySet().stream().anyMatch(k -> k.equals("of the") || k.equals("to the")), "function-word pairs");
        assertTrue(w.get("ran aground") > w.get("the coastguard"), "opening-sentence mentions weigh more: " + w);
    }

    @Test
    void sentencesLeaningOnContextAreNotCandidates() {
        List<SentenceUnit> units = StorySentences.of(TestArticles.of(
                "The council approved the new harbour budget on Monday after a long debate. "
                        + "It also voted to close the old ferry terminal next spring. "
                        + "But several members of the council objected to the timing of the vote. "
                        + "And the mayor said the terminal would reopen as a market hall. "
                        + "So far no buyer has come forward for the old ferry terminal. "
                        + "There the council will meet again in March to settle the sale."));
        assertEquals(6, units.size());
        assertTrue(Summarizer.isCandidate(units.get(0)));
        for (int i = 1; i < units.size(); i++) {
            assertFalse(Summarizer.isCandidate(units.get(i)), units.get(i).text());
        }
    }

    @Test
    void neverStatesTwoFiguresThatCannotBothBeTrue() {
        List<Article> market = TestArticles.of(
                "Seven people were killed when the roof of the old market hall in Tarvel gave way during a concert on "
                        + "Saturday night, police said.\n\nThe hall had been closed for repairs last spring.\n\n"
                        + "Engineers will inspect the other buildings on the square on Monday.",
                "The death toll rose to nine on Sunday as rescuers searched the rubble of the market hall in Tarvel.\n\n"
                        + "The roof of the old market hall gave way during a concert on Saturday night.\n\n"
                        + "A vigil for the victims is planned for Sunday evening in the cathedral.",
                "The roof of the old market hall in Tarvel gave way during a concert on Saturday night, killing nine people, "
                        + "the fire service said.\n\nThe mayor said the town would pay for the funerals.\n\n"
                        + "Rescuers searched the rubble through the night with dogs.");
        List<SentenceUnit> units = StorySentences.of(market);
        SentenceUnit seven = units.get(0);
        SentenceUnit toll = units.stream().filter(u -> u.text().startsWith("The death toll rose to nine")).findFirst().orElseThrow();
        assertFalse(Summarizer.repeats(seven, toll), "not the same sentence in other words");
        assertTrue(Summarizer.clash(seven, toll, new Support(units, market.size())),
                "seven killed and a toll of nine cannot both be true");
        Summarizer.Result r = new Summarizer().summarize(market, new Summarizer.Options(100));
        boolean saysSeven = r.sentences().stream().anyMatch(x -> x.text().startsWith("Seven people"));
        boolean saysNine = r.sentences().stream().anyMatch(x -> x.text().contains("nine"));
        assertFalse(saysSeven && saysNine, r.toString());
    }

    @Test
    void theHeadlineDoesNotContradictTheSummarysFigures() {
        String[] texts = {
            "The death toll from Saturday's collapse of the old market hall in Tarvel rose to nine on Sunday, the fire "
                    + "service said, as rescuers finished searching the rubble.\n\nThe roof gave way during a concert.",
            "The death toll from the collapse of the market hall in Tarvel rose to nine on Sunday after rescuers found "
                    + "two more bodies in the rubble.\n\nThe hall had been closed for repairs last spring."};
        List<Article> arts = new java.util.ArrayList<>();
        String[] titles = {"Seven killed as market hall roof collapses in Tarvel during concert",
            "Tarvel market hall collapse: toll rises to nine"};
        List<Article> plain = TestArticles.of(texts);
        for (int i = 0; i < plain.size(); i++) {
            arts.add(plain.get(i).toBuilder().title(titles[i]).build());
        }
        Summarizer.Result r = new Summarizer().summarize(arts, Summarizer.Options.defaults());
        assertTrue(r.sentences().stream().anyMatch(x -> x.text().contains("rose to nine")), r.toString());
        assertEquals(titles[1], r.headline());
    }

    @Test
    void wordsAreCountedAsAReaderCountsThem() {
        assertEquals(6, StorySentences.words("Hun Sen's party won 64 seats."));
        assertEquals(5, StorySentences.words("  the vote _ was close "));
    }

    @Test
    void overrunKeepsTheSentencesWithinTheBudgetAndMayAddOneToBeCut() {
        Summarizer.Options within = new Summarizer.Options(40);
        List<SummarySentence> a = new Summarizer().summarize(ferry, within).sentences();
        List<SummarySentence> b = new Summarizer().summarize(ferry, within.withOverrun()).sentences();
        assertFalse(within.overrun());
        assertEquals(a, b.subList(0, a.size()), "the same sentences first, in the same order");
        assertTrue(b.size() <= a.size() + 1, "at most one sentence past them: " + b);
        int words = a.stream().mapToInt(s -> s.text().split("\\s+").length).sum();
        assertTrue(words <= 40, "without overrun the budget holds: " + words);
        if (b.size() > a.size()) {
            assertTrue(words < 40, "a sentence is added only when words of the budget are left");
        }
    }
}
