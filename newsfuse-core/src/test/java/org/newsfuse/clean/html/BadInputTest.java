package org.newsfuse.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 3's bad input: deep nesting, huge pages, wrong or missing charsets, pages with no article. */
class BadInputTest {
    private final HtmlMainTextExtractor x = new HtmlMainTextExtractor();

    @Test
    void aHundredThousandNestedDivsDoNotOverflowTheStack() {
        int n = 100_000;
        StringBuilder sb = new StringBuilder(n * 12);
        sb.append("<html><body>");
        sb.append("<div>".repeat(n));
        sb.append("<p>").append(HtmlMainTextExtractorTest.P1).append("</p><p>").append(HtmlMainTextExtractorTest.P2)
                .append("</p>");
        sb.append("</div>".repeat(n));
        sb.append("</body></html>");
        ExtractedPage p = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> x.extract(sb.toString(), null));
        assertEquals(List.of(HtmlMainTextExtractorTest.P1, HtmlMainTextExtractorTest.P2), p.paragraphs());
    }

    @Test
    void aFiftyMegabytePageWithinBudget() {
        StringBuilder sb = new StringBuilder(52_000_000);
        sb.append("<html><body><article>");
        for (int i = 0; i < 3; i++) {
            sb.append("<p>").append(HtmlMainTextExtractorTest.P1).append("</p>");
        }
        sb.append("</article><div class=\"junk\">");
        String junk = "<div><a href=\"/x\">link</a> <span>filler text</span></div>\n";
        while (sb.length() < 50_000_000) {
            sb.append(junk);
        }
        sb.append("</div></body></html>");
        long t0 = System.nanoTime();
        ExtractedPage p = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> x.extract(sb.toString(), null));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(p.text().startsWith(HtmlMainTextExtractorTest.P1), "best-effort text from the page's start");
        assertTrue(ms < 60_000, ms + " ms");
    }

    @Test
    void utf8PagesDeclaredAsLatin1AreReadAsUtf8() {
        String text = "Le café de la gare a rouvert ses portes ce matin, après trois mois de travaux réalisés par la mairie.";
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + text + "</p><p>" + text
                + "</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ExtractedPage p = x.extract(bytes, "ISO-8859-1", null);
        assertEquals(text, p.paragraphs().get(0));
    }

    @Test
    void latin1PagesWithoutADeclarationAreReadAsWindows1252() {
        String text = "Le café de la gare a rouvert ses portes ce matin, après trois mois de travaux – dit-on.";
        String html = "<html><body><p>" + text + "</p></body></html>";
        ExtractedPage p = x.extract(html.getBytes(Charset.forName("windows-1252")), null, null);
        assertEquals(List.of(text), p.paragraphs());
    }

    @Test
    void theMetaCharsetDecidesWhenTheBytesAreNotUtf8() {
        String text = "Москва сегодня объявила о новых мерах поддержки малого бизнеса в столице и регионах.";
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
                + "<body><p>" + text + "</p></body></html>";
        ExtractedPage p = x.extract(html.getBytes(Charset.forName("windows-1251")), null, null);
        assertEquals(List.of(text), p.paragraphs());
    }

    @Test
    void aByteOrderMarkWins() {
        String text = "Das Rathaus öffnet am Montag wieder für Besucher, teilte die Stadtverwaltung am Freitag mit.";
        byte[] body = ("<html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(List.of(text), x.extract(bytes, "windows-1252", null).paragraphs());
    }

    @Test
    void binaryGarbageAndEmptyInputGiveAnEmptyPage() {
        byte[] garbage = new byte[10_000];
        new java.util.Random(7).nextBytes(garbage);
        assertTrue(x.extract(garbage, null, null).paragraphs().isEmpty());
        assertTrue(x.extract(new byte[0], null, null).paragraphs().isEmpty());
        assertTrue(x.extract("<html><body><div></div></body></html>", null).paragraphs().isEmpty());
    }

    @Test
    void malformedJsonLdIsSkipped() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "</head><body><p>" + HtmlMainTextExtractorTest.P1 + "</p></body></html>";
        assertEquals(List.of(HtmlMainTextExtractorTest.P1), x.extract(html, null).paragraphs());
    }
}
