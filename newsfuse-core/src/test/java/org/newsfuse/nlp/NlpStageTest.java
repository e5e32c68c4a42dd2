package org.newsfuse.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.TestArticles;
import org.newsfuse.model.Article;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

class NlpStageTest {
    @Test
    void sentencesAndTokensPointIntoTheCleanText() {
        Article a = TestArticles.of("Minister Ana Velasco arrived in Porto Alban on Monday. She met the mayor.\n\n"
                + "Talks continued on Tuesday.").get(0);
        List<Sentence> s = a.sentences();
        assertEquals(3, s.size(), s.toString());
        assertEquals("She met the mayor.", a.sentenceText(s.get(1)));
        assertEquals(0, s.get(1).paragraph());
        assertEquals(1, s.get(2).paragraph());
        for (Sentence sentence : s) {
            for (Token t : sentence.tokens()) {
                assertEquals(t.text(), a.text().substring(t.start(), t.end()));
            }
        }
        Token velasco = s.get(0).tokens().stream().filter(t -> t.text().equals("Velasco")).findFirst().orElseThrow();
        assertEquals("PROPN", velasco.pos());
        Token arrived = s.get(0).tokens().stream().filter(t -> t.text().equals("arrived")).findFirst().orElseThrow();
        assertEquals("arriv", arrived.stem());
        assertTrue(s.get(0).wordCount() >= 9);
    }

    @Test
    void noSentenceBreakAfterMonthTitleOrMiddleInitial() {
        Article a = TestArticles.of("The council has not met since the Sept. 24 vote. It will meet on Nov. 2 at noon. "
                + "Gen. Ana Velasco spoke with Commander Wesley K. Marten on Monday. The talks ended in Oct. "
                + "Nobody expected more.").get(0);
        List<String> texts = a.sentences().stream().map(a::sentenceText).toList();
        assertEquals(List.of("The council has not met since the Sept. 24 vote.", "It will meet on Nov. 2 at noon.",
                "Gen. Ana Velasco spoke with Commander Wesley K. Marten on Monday.", "The talks ended in Oct.",
                "Nobody expected more."), texts);
    }

    @Test
    void sentenceEndsAfterAQuotationClosedByAFullStop() {
        Article a = TestArticles.of("He said the case was ``unprecedented and unusual.'' Marten, 82, was arrested "
                + "in London. ``We will appeal,'' she said. ``Why now?'' she asked. "
                + "Nobody answered.").get(0);
        List<String> texts = a.sentences().stream().map(a::sentenceText).toList();
        assertEquals(List.of("He said the case was ``unprecedented and unusual.''", "Marten, 82, was arrested in London.",
                "``We will appeal,'' she said.", "``Why now?'' she asked.",
                "Nobody answered."), texts);
    }
}
