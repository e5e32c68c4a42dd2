package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void everyNumberWordInAnyCaseMayGiveANumber() {
        for (String w : Numbers.WORDS.split("\\|")) {
            assertTrue(Numbers.mayHold("about " + w + " people"), w);
            assertTrue(Numbers.mayHold("ABOUT " + w.toUpperCase(Locale.ROOT) + " PEOPLE"), w);
            assertTrue(Numbers.mayHold(Character.toUpperCase(w.charAt(0)) + w.substring(1) + " died."), w);
        }
    }

    @Test
    void digitsMayGiveANumberAndPlainWordsCannot() {
        assertTrue(Numbers.mayHold("Rescuers found 7 survivors."));
        assertTrue(Numbers.mayHold("x0"));
        assertFalse(Numbers.mayHold("Rescuers searched the rubble through the night."));
        assertFalse(Numbers.mayHold(""));
    }
}
