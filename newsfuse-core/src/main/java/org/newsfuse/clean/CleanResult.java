package org.newsfuse.clean;

import java.time.LocalDate;
import java.util.List;

/**
 * What cleaning found in a raw document.
 *
 * @param paragraphs the article's prose paragraphs, in order
 * @param title      the headline, when the page shows one
 * @param byline     the author line without "By"
 * @param published  the publication date, from a date line or a timestamp line
 * @param dateline   the place line that opened the first paragraph ("NEW DELHI"), removed from it
 * @param outlet     the outlet's name (or its domain when no name goes with it)
 * @param url        the page's URL, when the page carries one
 * @param removed    what was dropped, as "reason: line" notes
 */
public record CleanResult(List<String> paragraphs, String title, String byline, LocalDate published,
        String dateline, String outlet, String url, List<String> removed) {
    public CleanResult {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }
}
