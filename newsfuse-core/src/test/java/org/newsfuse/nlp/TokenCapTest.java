package org.newsfuse.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Token;

class TokenCapTest {
    @Test
    void shortRunsAreLeftAndLongOnesBlankedInPlace() {
        String ok = "A normal sentence with https://example.com/a/rather/long/path?q=1 in it.";
        assertSame(ok, TokenCap.apply(ok, 64));
        String cut = TokenCap.apply("ab " + "x".repeat(40) + " cd " + "y".repeat(16), 16);
        assertEquals("ab " + " ".repeat(40) + " cd " + "y".repeat(16), cut);
    }

    @Test
    void tokensOfAHugeRunStayUnderTheCapWithOffsetsIntoTheText() {
        String text = "Officials met on Monday. " + "z".repeat(200_000) + " They agreed.";
        long t0 = System.nanoTime();
        List<Token> tokens = Nlp.get().tokens(text, 0, true);
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "seconds, not minutes");
        for (Token t : tokens) {
            assertTrue(t.end() - t.start() <= TokenCap.cap(), t.toString().substring(0, 40));
            assertEquals(text.substring(t.start(), t.end()), t.text());
        }
        assertEquals("agreed", tokens.get(tokens.size() - 2).text());
        assertEquals("Monday", tokens.get(3).text());
        assertEquals("They", tokens.get(5).text(), "the junk run gives no token");
    }
}
