package org.newsfuse.store;

import java.util.List;

/**
 * One page of a story listing.
 *
 * @param stories the stories, newest activity first
 * @param next    the cursor of the next page, or null when this is the last
 */
public record StoryPage(List<StoryListing> stories, String next) {
    public StoryPage {
        stories = List.copyOf(stories);
    }
}
