package org.newsfuse.server.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stored story.json, parsed once, with look-ups by article id. */
public final class StoryData {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    private final JsonNode root;
    private final Map<String, JsonNode> articles = new LinkedHashMap<>();

    private StoryData(JsonNode root) {
        this.root = root;
        for (JsonNode a : root.path("articles")) {
            articles.put(a.path("id").asText(), a);
        }
    }

    public static StoryData of(String json) {
        if (json == null) {
            return new StoryData(MissingNode.getInstance());
        }
        try {
            return new StoryData(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored story.json does not parse: " + e.getOriginalMessage(), e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The article's entry in the story, or a missing node. */
    public JsonNode article(String id) {
        JsonNode a = articles.get(id);
        return a == null ? MissingNode.getInstance() : a;
    }

    /** The outlet of an article of this story, or its "unknown outlet (input)" label. */
    public String outletOf(String id) {
        JsonNode a = article(id);
        String o = a.path("outlet").isTextual() ? a.path("outlet").asText() : null;
        return o != null ? o : "unknown outlet (" + a.path("input").asText(id) + ")";
    }
}
