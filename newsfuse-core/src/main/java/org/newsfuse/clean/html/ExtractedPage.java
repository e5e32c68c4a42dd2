package org.newsfuse.clean.html;

import java.util.List;

/**
 * What {@link HtmlMainTextExtractor} finds in one page. Unknown values are {@code null} (or an empty
 * list), never guessed.
 *
 * @param title        the article's headline, without a trailing " | Site Name"
 * @param paragraphs   the main text: paragraphs, in-body headings, list items and quotes, in reading order
 * @param published    publication date, ISO {@code YYYY-MM-DD}
 * @param modified     last modification date, ISO {@code YYYY-MM-DD}
 * @param authors      author names (empty rather than wrong)
 * @param siteName     the outlet's name (or its domain when the page does not name it)
 * @param canonicalUrl the canonical URL the page declares, else the URL it was read from
 * @param language     language code as the page declares it, lower case (e.g. {@code en}, {@code pt-br})
 * @param description  the page's own summary (meta description)
 */
public record ExtractedPage(String title, List<String> paragraphs, String published, String modified,
        List<String> authors, String siteName, String canonicalUrl, String language, String description) {

    /** Copies the lists; a null list becomes empty. */
    public ExtractedPage {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The main text: paragraphs joined by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** A page with no article and no metadata. */
    public static ExtractedPage empty() {
        return new ExtractedPage(null, List.of(), null, null, List.of(), null, null, null, null);
    }
}
