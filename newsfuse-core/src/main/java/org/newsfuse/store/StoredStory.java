package org.newsfuse.store;

import java.util.List;

/**
 * A stored story with its reports, as the same renderers {@code run} uses wrote them.
 *
 * @param listing   what a listing shows of it
 * @param articles  ids of its articles (copies not included), oldest first
 * @param json      its story.json
 * @param markdown  its story.md
 * @param html      its story.html
 * @param mergedFrom ids of the stories merged into it (each still resolves to it)
 */
public record StoredStory(StoryListing listing, List<String> articles, String json, String markdown, String html,
        List<String> mergedFrom) {
    public StoredStory {
        articles = List.copyOf(articles);
        mergedFrom = List.copyOf(mergedFrom);
    }

    public String id() {
        return listing.id();
    }
}
