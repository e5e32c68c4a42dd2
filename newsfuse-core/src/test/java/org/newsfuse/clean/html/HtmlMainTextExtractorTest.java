package org.newsfuse.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The main text of small hand-written pages: what stays and what goes. */
class HtmlMainTextExtractorTest {
    private final HtmlMainTextExtractor x = new HtmlMainTextExtractor();

    static final String P1 = "The harbour authority said on Tuesday that the new pier would open next spring, "
            + "after two years of delays caused by storms and a shortage of steel.";
    static final String P2 = "Local fishermen, who had campaigned for the pier since 2015, welcomed the news but "
            + "said the fees announced for mooring were far higher than they had been promised.";
    static final String P3 = "The council will vote on the fees next month, and the mayor said she expected a "
            + "compromise that would let small boats moor at half the price.";

    static String page(String article) {
        return "<html lang=\"en\"><head><title>Pier to open next spring | The Harbour Gazette</title></head><body>"
                + "<header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li></ul></nav></header>"
                + "<div class=\"cookie-banner\"><p>We use cookies to improve your experience on our site, and by continuing "
                + "to browse you agree to our use of cookies.</p></div>"
                + "<main><article>" + article + "</article>"
                + "<aside class=\"related\"><h3><a href=\"/a\">Council approves new budget for the harbour district</a></h3>"
                + "<p>The council approved a budget on Monday that includes funds for dredging the harbour.</p>"
                + "<h3><a href=\"/b\">Storm damages boats at the marina overnight</a></h3></aside></main>"
                + "<footer><p>Copyright 2021 The Harbour Gazette. All rights reserved. Contact us at the newsroom for "
                + "corrections and complaints.</p></footer></body></html>";
    }

    @Test
    void keepsTheArticleDropsNavigationCookiesRelatedAndFooter() {
        ExtractedPage p = x.extract(page("<h1>Pier to open next spring</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p>"), "https://gazette.example/2021/04/06/pier");
        assertEquals(List.of(P1, P2, P3), p.paragraphs());
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, p.text());
    }

    @Test
    void keepsInBodyHeadingsListsAndQuotes() {
        String article = "<p>" + P1 + "</p><h2>What the fishermen want</h2><p>" + P2 + "</p>"
                + "<ul><li>Lower mooring fees for small boats</li><li>A slipway at the northern end</li></ul>"
                + "<blockquote><p>We have waited six years for this pier, and we will not be priced out of it.</p></blockquote>"
                + "<p>" + P3 + "</p>";
        List<String> ps = x.extract(page(article), null).paragraphs();
        assertEquals(List.of(P1, "What the fishermen want", P2, "Lower mooring fees for small boats",
                "A slipway at the northern end",
                "We have waited six years for this pier, and we will not be priced out of it.", P3), ps);
    }

    @Test
    void dropsCaptionsShareRowsAdsNewsletterBoxesAndComments() {
        String article = "<figure><img src=\"p.jpg\"><figcaption>The pier under construction in March. "
                + "Photo: Jo Smith</figcaption></figure>"
                + "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <span>Share this story</span></div>"
                + "<p>" + P1 + "</p><div class=\"ad-slot\"><p>Advertisement</p></div><p>" + P2 + "</p>"
                + "<div class=\"newsletter-signup\"><p>Get the best stories of the harbour in your inbox every morning, "
                + "free of charge and with no obligation at all.</p></div><p>" + P3 + "</p>"
                + "<section class=\"comments\"><p>I think the fees are a disgrace and the council should be ashamed "
                + "of what it has done to the fishermen of this town.</p></section>";
        assertEquals(List.of(P1, P2, P3), x.extract(page(article), null).paragraphs());
    }

    @Test
    void aWrapperWhoseNameMentionsASidebarStillHoldsTheArticle() {
        String article = "<div class=\"content-with-sidebar-wrap\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div>";
        assertEquals(List.of(P1, P2, P3), x.extract(page(article), null).paragraphs());
    }

    @Test
    void paragraphsMadeOfLineBreaksAreSplit() {
        String article = "<div class=\"text\">" + P1 + "<br><br>" + P2 + "<br/><br/>" + P3 + "</div>";
        assertEquals(List.of(P1, P2, P3), x.extract(page(article), null).paragraphs());
    }

    @Test
    void hiddenElementsAndScriptsAreNotText() {
        String article = "<p>" + P1 + "</p><div style=\"display: none\"><p>This paragraph is hidden from readers and "
                + "must not be extracted at all, whatever its length.</p></div><script>var x = 'A script is not text "
                + "either, even when it is long enough to look like a paragraph.';</script><p>" + P2 + "</p>";
        assertEquals(List.of(P1, P2), x.extract(page(article), null).paragraphs());
    }

    @Test
    void aPageWithoutAnArticleGivesNoParagraphs() {
        String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a> <a href=\"/c\">Contact</a></nav>"
                + "<ul><li><a href=\"/1\">First story of the day</a></li><li><a href=\"/2\">Second story</a></li>"
                + "<li><a href=\"/3\">Third story of the day</a></li></ul><footer>© 2021 Example</footer></body></html>";
        assertEquals(List.of(), x.extract(html, null).paragraphs());
        assertEquals(List.of(), x.extract("", null).paragraphs());
        assertEquals(List.of(), x.extract((String) null, null).paragraphs());
    }

    @Test
    void jsonLdArticleBodyStandsInWhenThePageShowsLittle() {
        String body = P1 + "\\n" + P2 + "\\n" + P3 + "\\n" + P1.replace("harbour", "port") + "\\n" + P2.replace("pier", "quay");
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Gazette\"},{\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"Pier to open\",\"articleBody\":\"" + body + "\"}]}</script></head><body>"
                + "<div id=\"app\"><p>Loading the article, please wait while we fetch it.</p></div></body></html>";
        ExtractedPage p = x.extract(html, null);
        assertEquals(5, p.paragraphs().size());
        assertEquals(P1, p.paragraphs().get(0));
        assertEquals("Pier to open", p.title());
    }

    @Test
    void titleAndUnknownsAreNullNotGuessed() {
        ExtractedPage p = x.extract("<html><body><p>" + P1 + "</p></body></html>", null);
        assertNull(p.title());
        assertNull(p.published());
        assertTrue(p.authors().isEmpty());
        assertNull(p.siteName());
        assertFalse(p.paragraphs().isEmpty());
    }
}
