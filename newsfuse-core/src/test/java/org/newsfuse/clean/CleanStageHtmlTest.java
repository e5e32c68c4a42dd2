package org.newsfuse.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;

/** HTML pages go through the main-text extractor; the article gets its text and the page's metadata. */
class CleanStageHtmlTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Tram line approved | Harbour Gazette</title>"
            + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
            + "<meta property=\"article:published_time\" content=\"2024-02-20T09:30:00Z\">"
            + "<meta name=\"author\" content=\"Mira Okafor\">"
            + "<link rel=\"canonical\" href=\"https://harbourgazette.example/news/tram-line\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
            + "<article><h1>Council approves tram line to the harbour</h1>"
            + "<p>PORTSEA: The city council on Tuesday approved a 4.2-kilometre tram line linking the harbour district "
            + "with the central station, ending a decade of debate.</p>"
            + "<p>Construction is due to start next spring and take three years, the transport department said, "
            + "with the first trams running in 2028.</p>"
            + "<p>\"This is the biggest investment in the harbour since the new quay,\" council leader Ana Rossi said.</p>"
            + "</article><aside><h3>Most read</h3><ul><li><a href=\"/a\">Ferry fares to rise</a></li>"
            + "<li><a href=\"/b\">New bakery opens</a></li></ul></aside>"
            + "<footer>© 2024 Harbour Gazette. All rights reserved.</footer></body></html>";

    @Test
    void htmlPageGivesTextAndMetadata() throws Exception {
        Article a = new CleanStage().apply(Article.of("a1", new RawDocument("page.html", SourceFormat.HTML, PAGE, Map.of())));
        assertTrue(a.text().startsWith("The city council on Tuesday approved"), a.text());
        assertTrue(a.text().contains("council leader Ana Rossi said."));
        assertFalse(a.text().contains("Ferry fares"), "related links are not article text");
        assertFalse(a.text().contains("All rights reserved"));
        assertEquals("PORTSEA", a.dateline());
        assertEquals("Harbour Gazette", a.outlet());
        assertEquals(LocalDate.of(2024, 2, 20), a.published());
        assertEquals("Mira Okafor", a.byline());
        assertEquals("en", a.language());
        assertEquals("https://harbourgazette.example/news/tram-line", a.url());
        assertTrue(a.title().startsWith("Council approves tram line") || a.title().startsWith("Tram line approved"), a.title());
    }
}
