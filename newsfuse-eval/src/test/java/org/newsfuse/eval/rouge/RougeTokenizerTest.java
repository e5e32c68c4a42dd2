package org.newsfuse.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokenization and truncation as ROUGE-1.5.5 does them. */
class RougeTokenizerTest {

    private final RougeTokenizer plain = new RougeTokenizer(false, Set.of(), Map.of());

    private List<String> tokens(LengthLimit limit, String... lines) {
        return plain.tokens(List.of(lines), limit);
    }

    @Test
    void lowerCasesAndTurnsPunctuationIntoSpaces() {
        assertEquals(List.of("u", "s", "officials", "said", "it", "s", "3", "5", "pct"),
                tokens(LengthLimit.NONE, "U.S. officials said: \"It's 3.5 PCT!\""));
    }

    @Test
    void hyphensSeparateWordsAndAreDropped() {
        assertEquals(List.of("well", "known", "two", "thirds"), tokens(LengthLimit.NONE, "well-known -- two-thirds"));
    }

    @Test
    void nonAsciiCharactersArePunctuation() {
        assertEquals(List.of("caf", "na", "ve"), tokens(LengthLimit.NONE, "Café naïve"));
    }

    @Test
    void wordLimitCountsRawWhitespaceSeparatedWords() {
        // "U.S." is one word for the limit but two tokens; "well-known" one word, two tokens
        assertEquals(List.of("u", "s", "well", "known", "deal"),
                tokens(LengthLimit.words(3), "U.S. well-known deal struck today."));
        // a lone punctuation word counts against the limit and yields no token
        assertEquals(List.of("a", "b"), tokens(LengthLimit.words(3), "a -- b c"));
    }

    @Test
    void wordLimitSpansSentencesAndCutsTheLastOne() {
        assertEquals(List.of("one", "two", "three", "four", "five"),
                tokens(LengthLimit.words(5), "One two three four.", "Five six seven."));
        assertEquals(List.of("a", "b", "c", "d"), tokens(LengthLimit.words(4), "a b", "c d", "e f"));
        assertEquals(List.of("a", "b", "c"), tokens(LengthLimit.words(3), "a b", "c d", "e f"));
        assertEquals(List.of("a", "b"), tokens(LengthLimit.words(10), "a b"), "a shorter text is kept whole");
    }

    @Test
    void leadingWhitespaceCountsAsAnEmptyWordLikePerlSplit() {
        assertEquals(List.of("a"), tokens(LengthLimit.words(2), " a b c"));
    }

    @Test
    void emptyLinesAreSkippedAndElementsWithLineBreaksAreSeveralLines() {
        assertEquals(List.of("a", "b", "c"), tokens(LengthLimit.words(3), "", "a\nb", "c d"));
    }

    @Test
    void byteLimitCutsInsideAWord() {
        assertEquals(List.of("abcdef", "gh"), tokens(LengthLimit.bytes(8), "abcdef", "ghij"));
    }

    @Test
    void lcsSentencesUnderAByteLimitKeepRougesQuirk() {
        // ROUGE-1.5.5 never adds up bytes for ROUGE-L: every sentence shorter than the limit stays
        assertEquals(List.of(List.of("abcdef"), List.of("ghij"), List.of("klmnopqr")),
                plain.sentenceTokens(List.of("abcdef", "ghij", "klmnopqrstu"), LengthLimit.bytes(8)));
        assertEquals(List.of(List.of("a", "b"), List.of("c")),
                plain.sentenceTokens(List.of("a b", "c d"), LengthLimit.words(3)));
    }

    @Test
    void stopWordsAreRemovedAfterTruncation() {
        RougeTokenizer t = new RougeTokenizer(false, Set.of("the", "on"), Map.of());
        assertEquals(List.of("cat", "sat", "mat"), t.tokens(List.of("The cat sat on the mat"), LengthLimit.NONE));
        assertEquals(List.of(), t.tokens(List.of("the the cat"), LengthLimit.words(2)));
    }

    @Test
    void onlyTokensLongerThanThreeCharactersAreStemmed() {
        RougeTokenizer t = new RougeTokenizer(true, Set.of(), Map.of());
        // "days" -> "dai" but "day" (three letters) stays: ROUGE does not match them
        assertEquals(List.of("day", "dai", "sai", "say", "has"),
                t.tokens(List.of("day days says say has"), LengthLimit.NONE));
    }

    @Test
    void irregularFormsAreLookedUpBeforePorter() {
        RougeTokenizer t = new RougeTokenizer(true, Set.of(), Map.of("fought", "fight", "were", "be", "was", "be"));
        assertEquals(List.of("rebel", "be", "fight", "was"), t.tokens(List.of("rebels were fighting was"),
                LengthLimit.NONE), "'was' is three letters: not looked up");
        assertEquals(List.of("fight"), t.tokens(List.of("fought"), LengthLimit.NONE));
    }
}
