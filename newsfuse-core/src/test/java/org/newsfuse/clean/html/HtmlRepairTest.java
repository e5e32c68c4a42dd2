package org.newsfuse.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRepairTest {
    private static final String BODY = "<article><p>The county engineer said the flood barriers along the river held on "
            + "Tuesday night, after the water rose to four metres at the gauge.</p><p>About 300 residents spent the "
            + "night in the school hall, and roads reopened on Wednesday morning, officials said.</p></article>";

    private static List<String> text(String html) {
        return new HtmlMainTextExtractor().extract(html, null).paragraphs();
    }

    @Test
    void anUnclosedTitleNoLongerSwallowsThePage() {
        String html = "<html><head><title>Barriers hold<meta charset=utf-8></head><body>" + BODY + "</body></html>";
        List<String> ps = text(html);
        assertEquals(2, ps.size(), ps.toString());
        assertEquals("Barriers hold", new HtmlMainTextExtractor().extract(html, null).title());
        assertTrue(HtmlRepair.repair("<title>A</title><p>x").equals("<title>A</title><p>x"), "a closed title is left");
        assertEquals("<title>A</title>", HtmlRepair.repair("<title>A"));
    }

    @Test
    void nulCharactersAreDropped() {
        String html = "<html><head><title>Barriers\0 hold</title></head><body>" + BODY.replace("county", "co\0unty")
                + "</body></html>";
        List<String> ps = text(html);
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.get(0).contains("county engineer"), ps.get(0));
    }
}
