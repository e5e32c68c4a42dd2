package org.newsfuse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProseTest {
    @Test
    void sentencesEndWithTheirPunctuationPerhapsInsideQuotes() {
        assertTrue(Prose.endsAsSentence("The bridge reopened on Monday."));
        assertTrue(Prose.endsAsSentence("Is the bridge open?"));
        assertTrue(Prose.endsAsSentence("\"We will rebuild it,\" the mayor said. "));
        assertTrue(Prose.endsAsSentence("The mayor said: \"We will rebuild it.\""));
        assertTrue(Prose.endsAsSentence("``It is over,'' he said: ``We go home.''"));
        assertTrue(Prose.endsAsSentence("The fund (set up in 2020.)"));
        assertTrue(Prose.endsAsSentence("\"We will rebuild it,\""));
    }

    @Test
    void headlinesLabelsAndFragmentsDoNot() {
        assertFalse(Prose.endsAsSentence("'We are satisfied with the talks,' minister says after meeting"));
        assertFalse(Prose.endsAsSentence("Bridge reopens"));
        assertFalse(Prose.endsAsSentence("Read more:"));
        assertFalse(Prose.endsAsSentence("   "));
        assertFalse(Prose.endsAsSentence("\"quoted\""));
    }
}
