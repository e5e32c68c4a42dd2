package org.newsfuse.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE-N and ROUGE-L on invented sentences, against counts worked out by hand. */
class RougeArithmeticTest {

    private static final List<String> PEER = List.of("The cat sat on the mat.");
    /** 6 tokens: the ×2, cat, was, on, mat. */
    private static final List<String> REF_1 = List.of("The cat was on the mat.");
    /** 3 tokens: a, cat, sat. */
    private static final List<String> REF_2 = List.of("A cat sat.");

    private static Rouge.Builder plain() {
        return Rouge.builder().maxNgram(2).lcs(false).stemming(false);
    }

    @Test
    void modelAverageSumsHitsAndTotalsOverReferences() {
        Scores s = plain().averaging(Averaging.AVERAGE).build().score(PEER, List.of(REF_1, REF_2));
        // unigrams: ref 1 hits the×2, cat, on, mat = 5 of 6; ref 2 hits cat, sat = 2 of 3
        Score r1 = s.rougeN(1);
        assertEquals(7, r1.hits());
        assertEquals(9, r1.modelTotal());
        assertEquals(12, r1.peerTotal(), "the peer's 6 unigrams, once per reference");
        assertEquals(0.77778, r1.recall(), 1e-12, "7/9, not the mean of 5/6 and 2/3 (0.75)");
        assertEquals(0.58333, r1.precision(), 1e-12, "7/12");
        assertEquals(0.66667, r1.f(), 1e-12);
        // bigrams: peer the-cat cat-sat sat-on on-the the-mat; ref 1 shares the-cat on-the the-mat
        // (3 of 5), ref 2 (a-cat cat-sat) shares cat-sat (1 of 2)
        Score r2 = s.rougeN(2);
        assertEquals(4, r2.hits());
        assertEquals(0.57143, r2.recall(), 1e-12, "4/7");
        assertEquals(0.4, r2.precision(), 1e-12, "4/10");
        assertEquals(0.47059, r2.f(), 1e-12, "0.4·0.57143 / (0.5·0.4 + 0.5·0.57143)");
    }

    @Test
    void bestModelTakesTheReferenceWithTheHighestRecall() {
        Scores s = plain().averaging(Averaging.BEST).build().score(PEER, List.of(REF_2, REF_1));
        // ROUGE-1 recalls: ref 2 2/3, ref 1 5/6: ref 1 wins
        assertEquals(0.83333, s.rougeN(1).recall(), 1e-12);
        assertEquals(0.83333, s.rougeN(1).precision(), 1e-12, "5 hits of the peer's 6");
        // ROUGE-2 recalls: ref 2 1/2, ref 1 3/5: ref 1 wins
        assertEquals(0.6, s.rougeN(2).recall(), 1e-12);
        assertEquals(0.6, s.rougeN(2).precision(), 1e-12);
    }

    @Test
    void hitsAreClippedToTheReferenceCount() {
        Rouge rouge = plain().build();
        Score s = rouge.score(List.of("the the the the"), List.of(List.of("the cat"))).rougeN(1);
        assertEquals(1, s.hits());
        assertEquals(0.5, s.recall(), 1e-12);
        assertEquals(0.25, s.precision(), 1e-12);
    }

    @Test
    void higherOrdersCountAnyN() {
        Rouge rouge = Rouge.builder().ngramOrders(4).lcs(false).build();
        Score s = rouge.score(List.of("one two three four five six"),
                List.of(List.of("one two three four five seven"))).rougeN(4);
        // 4-grams: peer 3, ref 3; shared: one..four, two..five
        assertEquals(2, s.hits());
        assertEquals(0.66667, s.recall(), 1e-12);
    }

    @Test
    void emptyPeerScoresZero() {
        Score s = plain().build().score(List.of(), List.of(REF_1)).rougeN(1);
        assertEquals(0, s.recall());
        assertEquals(0, s.precision());
        assertEquals(0, s.f());
    }

    @Test
    void alphaWeighsPrecision() {
        Score s = plain().alpha(1.0).build().score(PEER, List.of(REF_1, REF_2)).rougeN(1);
        assertEquals(s.precision(), s.f(), 1e-12, "alpha 1 is precision alone");
        Score r = plain().alpha(0.0).build().score(PEER, List.of(REF_1, REF_2)).rougeN(1);
        assertEquals(r.recall(), r.f(), 1e-12, "alpha 0 is recall alone");
    }

    @Test
    void roundingIsToFiveDecimalsTiesToEvenAsCPrintf() {
        assertEquals(0.01562, Score.of(1, 64, 64, 0.5).recall(), 1e-12, "1/64 = 0.015625 exactly");
        assertEquals(0.04688, Score.of(3, 64, 64, 0.5).recall(), 1e-12, "3/64 = 0.046875 exactly");
        assertEquals(0.33333, Score.of(1, 3, 3, 0.5).recall(), 1e-12);
    }

    @Test
    void unionLcsOverPeerSentences() {
        Rouge rouge = Rouge.builder().ngramOrders().lcs(true).build();
        // reference: alpha bravo charlie delta echo; peer sentence 1 shares alpha bravo, sentence 2
        // shares alpha charlie echo: the union covers alpha bravo charlie echo = 4 of 5
        Score l = rouge.score(List.of("alpha bravo foxtrot golf hotel", "alpha charlie hotel india echo"),
                List.of(List.of("alpha bravo charlie delta echo"))).rougeL();
        assertEquals(4, l.hits());
        assertEquals(0.8, l.recall(), 1e-12);
        assertEquals(0.4, l.precision(), 1e-12, "4 of the peer's 10 tokens");
        assertEquals(0.53333, l.f(), 1e-12);
    }

    @Test
    void lcsHitsAreClippedByUnigramCounts() {
        Rouge rouge = Rouge.builder().ngramOrders().lcs(true).build();
        // both reference sentences' LCS use the peer's single "alpha": only the first is credited
        Score l = rouge.score(List.of("alpha bravo charlie"),
                List.of(List.of("alpha bravo", "alpha charlie"))).rougeL();
        assertEquals(3, l.hits());
        assertEquals(4, l.modelTotal());
        assertEquals(0.75, l.recall(), 1e-12);
        assertEquals(1.0, l.precision(), 1e-12);
        assertEquals(0.85714, l.f(), 1e-12);
    }

    @Test
    void lcsOfOneSentencePairIsTheClassicLcs() {
        Rouge rouge = Rouge.builder().ngramOrders().lcs(true).build();
        List<List<String>> ref = List.of(List.of("police killed the gunman"));
        assertEquals(3, rouge.score(List.of("police kill the gunman"), ref).rougeL().hits());
        assertEquals(2, rouge.score(List.of("the gunman kill police"), ref).rougeL().hits());
    }

    @Test
    void referencesReadOnceScoreAsReadEachTime() {
        Rouge rouge = Rouge.builder().maxNgram(3).lcs(true).stemming(true).lengthLimit(LengthLimit.words(5)).build();
        Rouge.References refs = rouge.references(List.of(REF_1, REF_2));
        assertEquals(2, refs.size());
        for (List<String> peer : List.of(PEER, REF_2, List.of("Mats were sat on by cats."))) {
            assertEquals(rouge.score(peer, List.of(REF_1, REF_2)).asMap(), rouge.score(peer, refs).asMap());
        }
        assertThrows(IllegalArgumentException.class, () -> plain().build().score(PEER, refs));
    }

    @Test
    void duc2004PresetIsTheOfficialSetting() {
        Rouge r = Rouge.duc2004();
        assertEquals(List.of(1, 2), r.ngramOrders());
        assertEquals(LengthLimit.words(100), r.lengthLimit());
        assertEquals(true, r.stemming());
        assertEquals(0.5, r.alpha());
        assertEquals(Averaging.AVERAGE, r.averaging());
        assertEquals(true, r.stopWords().isEmpty());
    }
}
