package org.newsfuse.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsfuse.report.StoryJson;

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

    /**
     * The page as {@code newsfuse stories --json} prints it and {@code GET /api/stories} answers (one
     * contract): {@code {"stories": [{"id", "headline", "topic", "articleCount", "outlets", "from",
     * "to", "summary", "updated"}], "next"}}.
     */
    public ObjectNode json() {
        ObjectNode root = StoryJson.MAPPER.createObjectNode();
        ArrayNode arr = root.putArray("stories");
        for (StoryListing s : stories) {
            ObjectNode o = arr.addObject();
            o.put("id", s.id());
            o.put("headline", s.headline());
            o.put("topic", s.topic());
            o.put("articleCount", s.articles());
            ArrayNode outlets = o.putArray("outlets");
            s.outlets().forEach(outlets::add);
            o.put("from", s.from() == null ? null : s.from().toString());
            o.put("to", s.to() == null ? null : s.to().toString());
            o.put("summary", s.summary());
            o.put("updated", s.updated());
        }
        root.put("next", next);
        return root;
    }
}
