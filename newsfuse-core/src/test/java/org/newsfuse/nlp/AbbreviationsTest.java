package org.newsfuse.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The splitter keeps initials, company abbreviations and model names inside their sentence (invented text). */
class AbbreviationsTest {
    private static List<String> sentences(String text) {
        return Nlp.get().sentenceSpans(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void initialsBeforeASurnameDoNotEndTheSentence() {
        List<String> s = sentences("The visit was put in doubt for President K.T. Morvane of Ostravia. Talks resume today.");
        assertEquals(2, s.size(), s.toString());
        assertEquals("The visit was put in doubt for President K.T. Morvane of Ostravia.", s.get(0));
    }

    @Test
    void aCompanyAbbreviationBeforeLowerCaseDoesNotEndTheSentence() {
        List<String> s = sentences("Nearly forgotten in the deal to buy Velby Shipping Corp. is the fate of its ferries. "
                + "The route reopens in May.");
        assertEquals(2, s.size(), s.toString());
        assertEquals("The route reopens in May.", s.get(1));
    }

    @Test
    void aModelNameBeforeItsNumberDoesNotEndTheSentence() {
        List<String> s = sentences("Kestra says that while the ZX. 3 sells well, the older model does not. Sales fell in March.");
        assertEquals(2, s.size(), s.toString());
        assertEquals("Sales fell in March.", s.get(1));
    }

    @Test
    void aSentenceEndingInAnAcronymStillEnds() {
        List<String> s = sentences("The treaty was signed by the EU. The Strait of Vell stays open.");
        assertEquals(2, s.size(), s.toString());
    }
}
