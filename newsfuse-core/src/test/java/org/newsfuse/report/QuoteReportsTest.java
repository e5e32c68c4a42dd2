package org.newsfuse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void storyJsonGivesSpeakerTypeSourceMentionAndParts() {
        Story s = Story.of("s1", List.of(article("a1", "North Paper"))).withQuotes(List.of(
                new Quote("Ana Berg", "We will build it … and pay for it.", Quote.Kind.DIRECT, "a1", "q1", 1, 60,
                        Quote.SpeakerType.PERSON, new Quote.Mention("Mayor Ana Berg", 20, 34),
                        List.of(new Quote.Part(1, 16), new Quote.Part(42, 60))),
                new Quote("The report", "the river had flooded", Quote.Kind.INDIRECT, "a1", "q2", 70, 91,
                        Quote.SpeakerType.DOCUMENT, new Quote.Mention("The report", 61, 71), null),
                new Quote(null, "``Nobody asked us,'' a voice said", Quote.Kind.DIRECT, "a1", "q3", 95, 110)),
                Annotations.QUOTES);
        com.fasterxml.jackson.databind.JsonNode q = StoryJson.toJson(s, "test").get("quotes");
        assertEquals("person", q.get(0).get("speakerType").asText());
        assertEquals("Mayor Ana Berg", q.get(0).get("source").get("text").asText());
        assertEquals(20, q.get(0).get("source").get("start").asInt());
        assertEquals(34, q.get(0).get("source").get("end").asInt());
        assertEquals(2, q.get(0).get("parts").size());
        assertEquals(42, q.get(0).get("parts").get(1).get("start").asInt());
        assertEquals("document", q.get(1).get("speakerType").asText());
        assertEquals(1, q.get(1).get("parts").size(), "one part: the quote itself");
        assertEquals("unknown", q.get(2).get("speakerType").asText());
        assertTrue(q.get(2).get("source").isNull());
        assertEquals("“Nobody asked us,” a voice said", q.get(2).get("text").asText(), "wire marks typeset");
    }
}
