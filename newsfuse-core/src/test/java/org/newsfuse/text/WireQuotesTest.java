package org.newsfuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsfuse.report.Html;

class WireQuotesTest {
    @Test
    void wireMarksAreTypeset() {
        assertEquals("“We agreed,” she said of the ‘bridge' plan.",
                WireQuotes.typeset("``We agreed,'' she said of the `bridge' plan."));
        assertEquals("Norway's plan", WireQuotes.typeset("Norway's plan"));
        assertNull(WireQuotes.typeset(null));
    }

    @Test
    void reportsShowThemTypeset() {
        assertEquals("“It works,” he said.", Html.escape("``It works,'' he said."));
    }
}
