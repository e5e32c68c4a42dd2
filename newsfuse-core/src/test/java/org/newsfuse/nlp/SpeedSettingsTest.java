package org.newsfuse.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Token;

/** The speed settings of issue 13: greedy tagging, alphanumeric tokens without the model, shared word forms. */
class SpeedSettingsTest {
    private static final String TEXT = "Minister Ana Velasco told reporters on Monday that the river, swollen by three "
            + "days of rain, had flooded 42 homes in the lower town, and that crews would work through the night.";

    @Test
    void taggerIsGreedyAndTokenizerSkipsTheModelOnPlainWords() {
        assertEquals("1", EnglishModels.pos().getManifestProperty("BeamSize"));
        assertTrue(EnglishModels.tokenizer().useAlphaNumericOptimization());
        assertFalse(EnglishModels.shippedTokenizer().useAlphaNumericOptimization());
    }

    @Test
    void greedyTagsAndFastTokensMatchTheShippedSettingsOnOrdinaryProse() {
        TokenizerME shippedTok = new TokenizerME(EnglishModels.shippedTokenizer());
        TokenizerME fastTok = new TokenizerME(EnglishModels.tokenizer());
        String[] shipped = shippedTok.tokenize(TEXT);
        assertArrayEquals(shipped, fastTok.tokenize(TEXT));
        String[] beam3 = new POSTaggerME(EnglishModels.shippedPos(), POSTagFormat.UD).tag(shipped);
        String[] greedy = new POSTaggerME(EnglishModels.pos(), POSTagFormat.UD).tag(shipped);
        assertArrayEquals(beam3, greedy);
    }

    @Test
    void repeatedWordFormsAreOneStringWithOneStem() {
        List<Token> a = Nlp.get().tokens("The river rose and the river fell.", 0, true);
        Token first = a.get(1);
        Token second = a.get(5);
        assertEquals("river", first.text());
        assertSame(first.text(), second.text());
        assertSame(first.stem(), second.stem());
        assertEquals("river", first.stem());
        assertEquals(8, a.size());
    }
}
