package org.newsfuse.server;

import org.newsfuse.store.StoryPage;
import org.newsfuse.store.StoryQuery;
import org.newsfuse.store.StoryStore;

/** Store calls shared by the pages and the API. */
final class Pages {
    private Pages() {
    }

    /**
     * A query as a cache key: every field, each written as its length and text (so that no two
     * queries have the same key, whatever their text holds).
     */
    static String key(StoryQuery q) {
        StringBuilder sb = new StringBuilder();
        for (Object f : new Object[] {q.search(), q.outlet(), q.entity(), q.from(), q.to(), q.limit(), q.cursor()}) {
            String s = f == null ? null : f.toString();
            sb.append(s == null ? "-" : s.length() + ":" + s).append('|');
        }
        return sb.toString();
    }

    /** A page of stories; a cursor the store did not hand out is a 400. */
    static StoryPage query(StoryStore s, StoryQuery q) {
        try {
            return s.stories(q);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(Json.clip(String.valueOf(e.getMessage())));
        }
    }
}
