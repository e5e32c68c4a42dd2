package org.newsfuse.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two metrics on small hand-made cases. */
class ScorersTest {

    @Test
    void pythonWordTokensIncludeUnicodeLettersDigitsAndUnderscore() {
        assertEquals(List.of("Café", "naïve", "x_1", "²", "一二"), ShingleScorer.tokens("Café, naïve; x_1 — ² 一二!"));
    }

    @Test
    void shingleCountsAreAMultisetOverlap() {
        // 5 tokens -> 2 shingles each; one shared
        ShingleScorer.PageCounts c = ShingleScorer.page("a b c d e", "a b c d f");
        assertEquals(1.0 / 3, c.tp(), 1e-12);
        assertEquals(1.0 / 3, c.fp(), 1e-12);
        assertEquals(1.0 / 3, c.fn(), 1e-12);
        // fewer than four tokens: one shingle
        assertEquals(1.0, ShingleScorer.page("a b", "a b").tp(), 1e-12);
    }

    @Test
    void perfectAndEmptyPagesAverageAsTheBenchmarkDoes() {
        Prf prf = ShingleScorer.aggregate(List.of(ShingleScorer.page("a b c d e", "a b c d e"),
                ShingleScorer.page("a b c d e", "")));
        // precision: the empty extraction has tp+fp = 0 and is left out; recall: 1.0 and 0.0
        assertEquals(1.0, prf.precision(), 1e-12);
        assertEquals(0.5, prf.recall(), 1e-12);
    }

    @Test
    void rougeTokensAreLowerCaseAsciiRuns() {
        assertEquals(List.of("the", "u", "s", "caf", "2024"), RougeLsumScorer.tokenize("The U.S. café, 2024"));
    }

    @Test
    void rougeLsumUnionOfLcsOverSentences() {
        RougeLsumScorer s = new RougeLsumScorer();
        Prf same = s.score(List.of("One two three.", "Four five."), List.of("One two three.", "Four five."));
        assertEquals(1.0, same.f1(), 1e-12);
        // reference "a b c d." against candidate sentences "a b." and "x d.": union LCS = a b d
        Prf part = s.score(List.of("a b c d."), List.of("a b.", "x d."));
        assertEquals(3.0 / 4, part.recall(), 1e-12);
        assertEquals(3.0 / 4, part.precision(), 1e-12);
    }

    @Test
    void optionalParagraphsMayBeLeftOut() {
        RougeLsumScorer s = new RougeLsumScorer();
        Prf p = s.score(List.of("Kept sentence here.", "[Optional caption words.]"), List.of("Kept sentence here."));
        assertEquals(1.0, p.f1(), 1e-12);
        Prf q = s.score(List.of("Kept sentence here.", "[Optional caption words.]"),
                List.of("Kept sentence here.", "Optional caption words."));
        assertEquals(1.0, q.f1(), 1e-12);
    }

    @Test
    void punktLikeSplitting() {
        assertEquals(List.of("Mr. Smith went to Washington.", "He left at 5 p.m. on Monday.", "Why?",
                "\"Because,\" he said."), PunktLikeSentences.split(
                        "Mr. Smith went to Washington. He left at 5 p.m. on Monday. Why? \"Because,\" he said."));
        // a heading without a stop runs on into the next paragraph, as in Punkt
        assertEquals(List.of("Heading\n\nBody text here."), PunktLikeSentences.split("Heading\n\nBody text here."));
    }
}
