package org.newsfuse.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.store.StoryQuery;

/** Query parameters, checked: an {@link ApiError} (400) names a bad or unknown one. */
final class Params {
    static final Set<String> STORY_QUERY = Set.of("q", "outlet", "entity", "from", "to", "limit", "cursor");
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    private static final int MAX_TEXT = 500;

    private final Map<String, List<String>> map;

    Params(Context ctx, Set<String> allowed, boolean strict) {
        map = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                if (strict) {
                    throw ApiError.badRequest("unknown parameter '" + Json.clip(e.getKey()) + "' (known: "
                            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                }
                continue;
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badRequest("parameter '" + e.getKey() + "' given " + e.getValue().size() + " times");
            }
        }
    }

    /** A text parameter, or null when absent or blank. */
    String text(String name) {
        List<String> v = map.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        String s = v.get(0).strip();
        if (s.length() > MAX_TEXT) {
            throw ApiError.badRequest(name + " is " + s.length() + " characters long, over the limit of " + MAX_TEXT);
        }
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiError.badRequest(name + " holds control characters");
        }
        return s;
    }

    LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " is '" + Json.clip(s) + "', not a date (YYYY-MM-DD)");
        }
    }

    int integer(String name, int dflt, int min, int max) {
        String s = text(name);
        if (s == null) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " is '" + Json.clip(s) + "', not a whole number");
        }
        if (n < min || n > max) {
            throw ApiError.badRequest(name + " is " + n + ", not between " + min + " and " + max);
        }
        return n;
    }

    /** The story query of {@code q, outlet, entity, from, to, limit, cursor}. */
    StoryQuery storyQuery() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        String cursor = text("cursor");
        if (cursor != null && !cursor.matches("[A-Za-z0-9_-]{1,100}")) {
            throw ApiError.badRequest("cursor '" + Json.clip(cursor) + "' is not a cursor this server handed out");
        }
        return new StoryQuery(text("q"), text("outlet"), text("entity"), from, to,
                integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT), cursor);
    }
}
