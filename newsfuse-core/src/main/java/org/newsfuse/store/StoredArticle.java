package org.newsfuse.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored article.
 *
 * @param id        its stable id ({@code a17})
 * @param story     the story it belongs to now
 * @param input     the input it came from
 * @param url       its URL, or null
 * @param outlet    its outlet, or null
 * @param title     its title, or null
 * @param byline    its byline, or null
 * @param published its publication date, or null
 * @param text      its clean text
 * @param copies    the inputs found to be copies of it: {@code [id, input, outlet, url, published, reason]}
 */
public record StoredArticle(String id, String story, String input, String url, String outlet, String title,
        String byline, LocalDate published, String text, List<Copy> copies) {
    public StoredArticle {
        copies = List.copyOf(copies);
    }

    /**
     * An input found to be a copy of a stored article.
     *
     * @param reason {@code url}, {@code content hash} or {@code near-duplicate}
     */
    public record Copy(String id, String input, String outlet, String url, LocalDate published, double similarity,
            String reason) {
    }
}
