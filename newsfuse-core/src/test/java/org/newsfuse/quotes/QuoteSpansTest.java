package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {
    private static List<String> quotes(String text) {
        return QuoteSpans.find(text, 0, text.length()).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void curlyAndStraightMarks() {
        assertEquals(List.of("“We agreed,”", "\"It works.\""),
                quotes("“We agreed,” she said. \"It works.\""));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), quotes("Norway's minister didn't say it's over."));
        assertEquals(List.of("'We are satisfied,'"), quotes("'We are satisfied,' said the minister's aide."));
    }

    @Test
    void nestedQuotesStayInside() {
        assertEquals(List.of("“They called it ‘a bridge’ and we agreed.”"),
                quotes("“They called it ‘a bridge’ and we agreed.” he said."));
    }

    @Test
    void aQuoteLeftOpenRunsToTheParagraphEnd() {
        List<QuoteSpans.Span> s = QuoteSpans.find("He said: “We will build it.", 0, 27);
        assertEquals(1, s.size());
        assertFalse(s.get(0).closed());
        assertEquals(27, s.get(0).end());
    }

    @Test
    void wireServiceMarks() {
        assertEquals(List.of("``We agreed,''", "``It works.''"), quotes("``We agreed,'' she said. ``It works.''"));
        assertEquals(List.of("`a bridge'"), quotes("They called it `a bridge' on Monday."));
        assertEquals(List.of("``They called it `a bridge' and we agreed.''"),
                quotes("``They called it `a bridge' and we agreed.'' he said."));
    }

    @Test
    void newspaperDoubleApostrophesOpenAndClose() {
        assertEquals(List.of("''It is a big story,''", "''We need a change.''"),
                quotes("''It is a big story,'' the economist said. ''We need a change.''"));
        assertEquals(List.of(), quotes("It sticks,'' the economist said."), "a closing mark alone opens nothing");
    }
}
