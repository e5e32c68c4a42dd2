package org.newsfuse.server;

import org.newsfuse.store.StoryPage;
import org.newsfuse.store.StoryQuery;
import org.newsfuse.store.StoryStore;

/** Store calls shared by the pages and the API. */
final class Pages {
    private Pages() {
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
