package org.newsfuse.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Metadata from JSON-LD, meta tags, markup and URLs, on hand-written pages. */
class PageMetadataTest {
    private final HtmlMainTextExtractor x = new HtmlMainTextExtractor();
    private static final String BODY = "<p>" + HtmlMainTextExtractorTest.P1 + "</p><p>" + HtmlMainTextExtractorTest.P2 + "</p>";

    @Test
    void jsonLdFirstWithGraphArraysAndAuthorObjects() {
        String html = "<html lang=\"en-GB\"><head><title>Ignored | Gazette</title>"
                + "<meta property=\"og:title\" content=\"Also ignored\">"
                + "<script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"Org\"},"
                + "{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Pier to open next spring\","
                + "\"datePublished\":\"2021-04-06T09:30:00+01:00\",\"dateModified\":\"2021-04-07\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jo Smith\"},{\"@type\":\"Person\",\"name\":\"Ana de la Cruz\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Harbour Gazette\"}}]}]</script>"
                + "<link rel=\"canonical\" href=\"/news/pier\"></head><body>" + BODY + "</body></html>";
        ExtractedPage p = x.extract(html, "https://gazette.example/news/pier?utm=1");
        assertEquals("Pier to open next spring", p.title());
        assertEquals("2021-04-06", p.published());
        assertEquals("2021-04-07", p.modified());
        assertEquals(List.of("Jo Smith", "Ana de la Cruz"), p.authors());
        assertEquals("The Harbour Gazette", p.siteName());
        assertEquals("https://gazette.example/news/pier", p.canonicalUrl());
        assertEquals("en-gb", p.language());
    }

    @Test
    void metaTagsWhenThereIsNoJsonLd() {
        String html = "<html><head><title>Pier to open next spring - The Harbour Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"The Harbour Gazette\">"
                + "<meta property=\"article:published_time\" content=\"2021-04-06T08:00:00Z\">"
                + "<meta name=\"author\" content=\"By Jo Smith and Sam Lee\">"
                + "<meta property=\"og:locale\" content=\"en_US\">"
                + "<meta name=\"description\" content=\"The pier opens next spring.\"></head><body>" + BODY + "</body></html>";
        ExtractedPage p = x.extract(html, null);
        assertEquals("Pier to open next spring", p.title());
        assertEquals("2021-04-06", p.published());
        assertEquals(List.of("Jo Smith", "Sam Lee"), p.authors());
        assertEquals("en-us", p.language());
        assertEquals("The pier opens next spring.", p.description());
    }

    @Test
    void datesFromTimeElementsThenUrls() {
        String withTime = "<html><body><time datetime=\"2020-12-31T23:00:00Z\">31 Dec</time>" + BODY + "</body></html>";
        assertEquals("2020-12-31", x.extract(withTime, null).published());
        String plain = "<html><body>" + BODY + "</body></html>";
        assertEquals("2019-11-18", x.extract(plain, "https://a.example/2019/11/18/story-slug").published());
        assertEquals("2018-08-16", x.extract(plain, "https://a.example/news-20180816.html").published());
        assertNull(x.extract(plain, "https://a.example/story/12345678").published());
    }

    @Test
    void siteNameFallsBackToTheDomain() {
        assertEquals("gazette.example", x.extract("<html><body>" + BODY + "</body></html>",
                "https://www.gazette.example/x").siteName());
    }

    @Test
    void authorsThatAreNotNamesAreLeftOut() {
        assertFalse(PageMetadata.looksLikeName("Staff Reporter"));
        assertFalse(PageMetadata.looksLikeName("Reuters"));
        assertFalse(PageMetadata.looksLikeName("Updated 5 minutes ago"));
        assertFalse(PageMetadata.looksLikeName("https://example.com/jo"));
        assertTrue(PageMetadata.looksLikeName("Jo Smith"));
        String html = "<html><head><meta name=\"author\" content=\"Staff\"></head><body>" + BODY + "</body></html>";
        assertTrue(x.extract(html, null).authors().isEmpty());
        String byline = "<html><body><div class=\"byline\">By Maria Gonzalez</div>" + BODY + "</body></html>";
        assertEquals(List.of("Maria Gonzalez"), x.extract(byline, null).authors());
    }

    @Test
    void titleSeparatorsAreCutOnlyAtTheSiteName() {
        assertEquals("Pier to open", PageMetadata.stripSiteName("Pier to open | The Harbour Gazette", "The Harbour Gazette"));
        assertEquals("Pier to open", PageMetadata.stripSiteName("The Harbour Gazette - Pier to open", "The Harbour Gazette"));
        assertEquals("Storm - what we know", PageMetadata.stripSiteName("Storm - what we know", "Gazette"));
    }
}
