package org.newsfuse.server.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.store.StoredStory;
import org.newsfuse.store.StoryListing;

/** The outlet page: the stories it reports, what it alone reports, what it leaves out, where it disagrees. */
public record OutletView(String name, int storyCount, List<StoryListing> stories, List<Item> exclusives,
        List<Item> omissions, List<Dispute> disputes, boolean more) {

    /** Facts of one story. */
    public record Item(String storyId, String storyHeadline, List<String> facts) {
    }

    /** A disagreement in a story: this outlet's side and the others'. */
    public record Dispute(String storyId, String storyHeadline, String kind, String about, String own,
            List<String> others) {
    }

    public static OutletView of(String name, int storyCount, List<StoredStory> stories, boolean more) {
        List<Item> exclusives = new ArrayList<>();
        List<Item> omissions = new ArrayList<>();
        List<Dispute> disputes = new ArrayList<>();
        for (StoredStory s : stories) {
            JsonNode r = StoryData.of(s.json()).root();
            String id = s.id();
            String h = s.listing().headline();
            collect(r.path("exclusives"), name, id, h, exclusives);
            collect(r.path("omissions"), name, id, h, omissions);
            for (JsonNode x : r.path("discrepancies")) {
                String own = null;
                List<String> others = new ArrayList<>();
                for (JsonNode side : x.path("sides")) {
                    boolean mine = StoryView.strings(side.path("outlets")).contains(name);
                    if (mine && own == null) {
                        own = side.path("text").asText();
                    } else if (!mine) {
                        others.add(side.path("text").asText() + " (" + String.join(", ", StoryView.strings(side.path("outlets"))) + ")");
                    }
                }
                if (own != null && !others.isEmpty()) {
                    disputes.add(new Dispute(id, h, V.text(x, "kind"), V.text(x, "about"), own, others));
                }
            }
        }
        List<StoryListing> listings = stories.stream().map(StoredStory::listing).toList();
        return new OutletView(name, storyCount, listings, exclusives, omissions, disputes, more);
    }

    private static void collect(JsonNode arr, String name, String id, String headline, List<Item> out) {
        for (JsonNode c : arr) {
            if (name.equals(c.path("outlet").asText())) {
                List<String> facts = new ArrayList<>();
                c.path("facts").forEach(f -> facts.add(f.path("text").asText()));
                if (!facts.isEmpty()) {
                    out.add(new Item(id, headline, facts));
                }
            }
        }
    }
}
