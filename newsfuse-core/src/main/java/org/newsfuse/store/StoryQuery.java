package org.newsfuse.store;

import java.time.LocalDate;

/**
 * Which stories to list, newest activity first.
 *
 * @param search full-text words (every word must occur in a headline, summary or article text), or null
 * @param outlet only stories an outlet reports (exact name), or null
 * @param entity only stories that mention an entity (exact canonical name or alias), or null
 * @param from   only stories with an article published on or after this day, or null
 * @param to     only stories with an article published on or before this day, or null
 * @param limit  stories per page (1..1000)
 * @param cursor where the previous page ended ({@link StoryPage#next()}), or null for the first page
 */
public record StoryQuery(String search, String outlet, String entity, LocalDate from, LocalDate to, int limit,
        String cursor) {
    public StoryQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
        }
        search = blank(search);
        outlet = blank(outlet);
        entity = blank(entity);
        cursor = blank(cursor);
    }

    public static StoryQuery first(int limit) {
        return new StoryQuery(null, null, null, null, null, limit, null);
    }

    public StoryQuery withSearch(String s) {
        return new StoryQuery(s, outlet, entity, from, to, limit, cursor);
    }

    public StoryQuery withCursor(String c) {
        return new StoryQuery(search, outlet, entity, from, to, limit, c);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
