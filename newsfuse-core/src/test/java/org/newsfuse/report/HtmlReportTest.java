package org.newsfuse.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.TestArticles;
import org.newsfuse.model.Article;
import org.newsfuse.model.Story;
import org.newsfuse.summarize.Summarizer;

class HtmlReportTest {
    private static Story story(String... texts) {
        List<Article> articles = TestArticles.of(texts);
        Summarizer.Result r = new Summarizer().summarize(articles, Summarizer.Options.defaults());
        return Story.of("s1", articles).withSummary(r.headline(), r.sentences());
    }

    @Test
    void articleMarkupIsShownAsTextNeverRun() {
        Story s = story("The council met on <b>Monday</b> and voted <script>alert('x')</script> to close the old pier for repairs.",
                "The old pier will close for repairs after the council voted on Monday, officials said.");
        String html = HtmlReport.write(s, "test");
        assertFalse(html.contains("<script>"), "a script from an article must not become markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(html.contains("<b>Monday"));
        assertFalse(html.toLowerCase().contains("http://") || html.toLowerCase().contains("https://"),
                "the report loads nothing from the network");
    }

    @Test
    void citationsLinkToSentenceAnchorsThatExist() {
        Story s = story(TestArticles.FERRY);
        String html = HtmlReport.write(s, "test");
        var m = java.util.regex.Pattern.compile("class=\"cite\" href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(html.contains("id=\"" + m.group(1) + "\""), "anchor missing for " + m.group(1));
        }
        assertTrue(links >= 3, "links: " + links);
    }

    @Test
    void markdownEscapesMarkup() {
        Story s = story("The mayor said *nothing* about the [budget] plan at the meeting on Friday evening.");
        String md = MarkdownReport.write(s);
        assertFalse(md.contains("*nothing*"));
        assertTrue(md.contains("\\*nothing\\*"));
    }
}
