package org.newsfuse.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Token;

class HyphensTest {
    private static List<String> texts(List<Token> ts) {
        return ts.stream().map(Token::text).toList();
    }

    @Test
    void joinsTheThreeWaysTheTokenizerCutsAHyphenatedWord() {
        // "Mr. Holtz- Eakin" / "Lind -Berg" / "front - runner", each piece written onto the last
        List<Token> ts = List.of(new Token(0, 3, "Mr.", "PROPN", "mr."), new Token(4, 10, "Brandt-", "ADJ", "brandt-"),
                new Token(10, 15, "Oyel", "PROPN", "oyel"), new Token(16, 20, "Lind", "PROPN", "lind"),
                new Token(20, 25, "-Berg", "PUNCT", "-berg"), new Token(26, 31, "front", "ADJ", "front"),
                new Token(31, 32, "-", "PUNCT", "-"), new Token(32, 38, "runner", "NOUN", "runner"));
        List<Token> out = Hyphens.join(ts);
        assertEquals(List.of("Mr.", "Brandt-Oyel", "Lind-Berg", "front-runner"), texts(out));
        assertEquals(26, out.get(3).start());
        assertEquals(38, out.get(3).end());
        assertEquals("NOUN", out.get(3).pos());
    }

    @Test
    void leavesSpacedDashesAndPlainTokensAlone() {
        List<Token> ts = List.of(new Token(0, 4, "Lind", "PROPN", "lind"), new Token(5, 6, "-", "PUNCT", "-"),
                new Token(7, 11, "Berg", "PROPN", "berg"), new Token(12, 14, "10", "NUM", "10"),
                new Token(14, 15, "-", "PUNCT", "-"), new Token(15, 17, "12", "NUM", "12"));
        assertSame(ts, Hyphens.join(ts));
    }
}
