package org.newsfuse.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Quote;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.model.Story;

class QuoteReportsTest {
    static Article article(String id, String outlet) {
        return Article.of(id, new RawDocument(id + ".txt", SourceFormat.TEXT, "x", Map.of())).toBuilder()
                .outlet(outlet).text("x").annotate(Annotations.TEXT).build();
    }

    static Story story() {
        Story s = Story.of("s1", List.of(article("a1", "North Paper"), article("a2", "South Wire")));
        return s.withQuotes(List.of(
                new Quote("Ana Berg", "We will <b>build</b> it together", Quote.Kind.DIRECT, "a1", "q1", 0, 1),
                new Quote("Ana Berg", "they would build it together", Quote.Kind.INDIRECT, "a2", "q1", 0, 1),
                new Quote("Ana Berg", "We will <b>build</b> it together", Quote.Kind.DIRECT, "a2", "q1", 0, 1),
                new Quote(null, "Nobody asked us", Quote.Kind.DIRECT, "a2", "q2", 0, 1),
                new Quote("Ola Dahl", "No comment", Quote.Kind.DIRECT, "a1", "q3", 0, 1)), Annotations.QUOTES);
    }

    @Test
    void markdownGroupsBySpeakerThenStatementWithOutlets() {
        String md = MarkdownReport.write(story());
        int ana = md.indexOf("### Ana Berg");
        int ola = md.indexOf("### Ola Dahl");
        int unknown = md.indexOf("### Speaker unknown");
        assertTrue(ana > 0 && ola > ana && unknown > ola, md);
        assertTrue(md.contains("- “We will \\<b\\>build\\</b\\> it together” \\[North Paper; South Wire\\]"), md);
        assertTrue(md.contains("  - _they would build it together_ \\[South Wire\\]"), md);
    }

    @Test
    void htmlEscapesQuoteText() {
        String html = HtmlReport.write(story(), "test");
        assertTrue(html.contains("We will &lt;b&gt;build&lt;/b&gt; it together"), html);
        assertFalse(html.contains("<b>build</b>"));
        assertTrue(html.contains("<h3>Ana Berg</h3>"));
        assertTrue(html.contains("North Paper; South Wire"));
    }
}
