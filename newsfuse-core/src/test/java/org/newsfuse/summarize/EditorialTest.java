package org.newsfuse.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.TestArticles;
import org.newsfuse.model.Article;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.SummarySentence;

/** The editor's rules: lead, fragments, references, order, compression, on invented stories. */
class EditorialTest {
    private static SentenceUnit unit(List<Article> articles, String prefix) {
        return StorySentences.of(articles).stream().filter(u -> u.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void theFerrySummaryLeadsWithItsEvent() {
        List<Article> ferry = TestArticles.of(TestArticles.FERRY);
        Summarizer.Result r = new Summarizer().summarize(ferry, Summarizer.Options.defaults());
        String lead = r.sentences().get(0).text();
        assertTrue(lead.contains("212") && lead.contains("Skarn Island") && lead.contains("Saturday")
                && lead.contains("aground"), lead);
        assertTrue(r.sentences().get(0).sources().size() >= 2, "the lead is what several outlets report");
    }

    @Test
    void theLeadsRelativeDayIsResolved() {
        List<Article> ferry = new ArrayList<>();
        for (Article a : TestArticles.of(TestArticles.FERRY)) {
            ferry.add(a.toBuilder().published(LocalDate.of(2025, 6, 9)).build());
        }
        Summarizer.Result r = new Summarizer().summarize(ferry, Summarizer.Options.defaults());
        assertTrue(r.sentences().get(0).text().contains("Saturday (June 7)")
                || r.sentences().get(0).text().contains("Saturday morning (June 7)"), r.sentences().get(0).text());
        int words = r.sentences().stream().mapToInt(s -> s.text().split("\\s+").length).sum();
        assertTrue(words <= 100, "the date counts in the budget: " + words);
    }

    @Test
    void fragmentsAreNotCandidates() {
        List<Article> a = TestArticles.of("Velby Shipping said on Monday that it would sell two ferries to Skarnline.\n\n"
                + "A rare calm, an honest exception to the rule.\n\n"
                + "Kestra says that while the ZX. 3 sells well, older ferries are hard to sell.");
        assertFalse(Summarizer.isCandidate(unit(a, "A rare calm")), "no verb");
        assertTrue(Summarizer.isCandidate(unit(a, "Velby Shipping said")));
        assertTrue(Summarizer.isCandidate(unit(a, "Kestra says that while the ZX. 3 sells well")),
                "the model name does not cut the sentence");
    }

    @Test
    void aReferenceOpeningNeedsASentenceThatNamesIt() {
        List<Article> a = TestArticles.of("Ostravia agreed a fishing deal with Serevia on Monday after years of quarrels.\n\n"
                + "The move could anger Kalmaria, which claims the same waters.\n\n"
                + "The deal gives each fleet quotas in the Strait of Vell.");
        SentenceUnit move = unit(a, "The move");
        SentenceUnit deal = unit(a, "The deal");
        SentenceUnit first = unit(a, "Ostravia agreed");
        assertEquals("move", Editorial.reference(move));
        assertFalse(Editorial.resolved(move, List.of(first)), "nothing said before is a move");
        assertTrue(Editorial.resolved(deal, List.of(first)), "the deal was named before");
        assertFalse(Editorial.resolved(deal, List.of()));
        assertNull(Editorial.reference(first));
    }

    @Test
    void aReferenceOpeningNeedsItsOwnNounBeforeNotAnotherForTheSameThing() {
        List<Article> a = TestArticles.of("Harbin Tools completed its acquisition of Lusk Metals on Monday, the companies said.\n\n"
                + "The deal makes Harbin the largest toolmaker in Ostravia.\n\n"
                + "The award was handed over in Velby on Friday.\n\n"
                + "Marta Oln won the Velby Prize for her novel on Thursday.\n\n"
                + "The jury awarded Marta Oln its first prize in ten years.\n\n"
                + "Lusk Metals agreed to a deal with Harbin Tools in March.");
        SentenceUnit deal = unit(a, "The deal");
        SentenceUnit award = unit(a, "The award");
        SentenceUnit first = unit(a, "Harbin Tools");
        SentenceUnit prize = unit(a, "Marta Oln");
        SentenceUnit awarded = unit(a, "The jury");
        SentenceUnit agreed = unit(a, "Lusk Metals");
        assertFalse(Editorial.resolved(deal, List.of(first)), "an acquisition: the reader may not know it is the deal");
        assertFalse(Editorial.resolved(award, List.of(prize)), "a prize: the reader may not know it is the award");
        assertTrue(Editorial.resolved(award, List.of(prize, awarded)), "'awarded' names the award");
        assertTrue(Editorial.resolved(deal, List.of(agreed)), "a deal named before");
    }

    @Test
    void sentencesFollowTheTimeOfWhatTheyReportAfterTheLead() {
        String[] texts = {
            "Rescuers reached the flooded village of Arnow on Monday, officials said.",
            "Floodwater rose in Arnow on Saturday after two days of rain, residents said.",
            "The regional governor visited Arnow on Sunday and promised aid to the villagers."};
        List<Article> a = new ArrayList<>();
        for (Article x : TestArticles.of(texts)) {
            a.add(x.toBuilder().published(LocalDate.of(2025, 3, 11)).build());
        }
        SentenceUnit mon = unit(a, "Rescuers");
        SentenceUnit sat = unit(a, "Floodwater");
        SentenceUnit sun = unit(a, "The regional governor");
        List<SentenceUnit> ordered = Editorial.order(List.of(sun, mon, sat), mon, new java.util.IdentityHashMap<>());
        assertEquals(List.of(mon, sat, sun), ordered);
    }

    @Test
    void compressionDropsTheAttributionTailAndCitesItsSentence() {
        List<Article> a = TestArticles.of("The ferry Nordlys struck a sandbank in thick fog shortly after leaving the port "
                + "of Velby, the coastguard said.");
        SentenceUnit u = unit(a, "The ferry Nordlys");
        List<SentenceUnit> v = Compression.variants(u, 8);
        assertFalse(v.isEmpty());
        assertEquals("The ferry Nordlys struck a sandbank in thick fog shortly after leaving the port of Velby.", v.get(0).text());
        assertTrue(u.text().startsWith(v.get(0).text().substring(0, v.get(0).text().length() - 1)));
    }

    @Test
    void aCompressedSentenceCitesTheSentenceItCameFrom() {
        List<Article> ferry = TestArticles.of(TestArticles.FERRY);
        for (int budget : new int[] {30, 45, 60, 75}) {
            Summarizer.Result r = new Summarizer().summarize(ferry, new Summarizer.Options(budget));
            int words = 0;
            for (SummarySentence s : r.sentences()) {
                words += s.text().split("\\s+").length;
                SentenceRef origin = s.evidence().get(0);
                Article src = ferry.stream().filter(x -> x.id().equals(origin.article())).findFirst().orElseThrow();
                String whole = src.text().substring(origin.start(), origin.end());
                String body = s.text().endsWith(".") ? s.text().substring(0, s.text().length() - 1) : s.text();
                assertTrue(whole.startsWith(body), "a prefix of its own sentence: " + s.text() + " | " + whole);
            }
            assertTrue(words <= budget, budget + ": " + words);
        }
    }
}
