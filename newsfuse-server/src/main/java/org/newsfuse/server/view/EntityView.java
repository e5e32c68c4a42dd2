package org.newsfuse.server.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.store.StoredStory;
import org.newsfuse.store.StoryListing;

/** The entity page: the stories that mention a person, organisation or place, their quotes, their aliases. */
public record EntityView(String name, List<String> types, List<String> aliases, List<StoryListing> stories,
        List<Quote> quotes, boolean more) {

    /** A quote of the entity in a story. */
    public record Quote(String text, String storyId, String storyHeadline, List<Cite> cites) {
    }

    /** Builds the page from the stories that mention {@code name} (their story.json each). */
    public static EntityView of(String name, List<StoredStory> stories, boolean more) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name.toLowerCase(Locale.ROOT));
        Set<String> types = new LinkedHashSet<>();
        Set<String> aliases = new LinkedHashSet<>();
        List<StoryData> data = new ArrayList<>();
        for (StoredStory s : stories) {
            StoryData d = StoryData.of(s.json());
            data.add(d);
            for (JsonNode e : d.root().path("entities")) {
                List<String> own = new ArrayList<>();
                own.add(e.path("name").asText());
                e.path("aliases").forEach(a -> own.add(a.asText()));
                if (own.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                    if (e.hasNonNull("type")) {
                        types.add(e.path("type").asText());
                    }
                    own.stream().filter(n -> !n.equalsIgnoreCase(name)).forEach(aliases::add);
                }
            }
        }
        aliases.forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            StoryData d = data.get(i);
            for (StoryView.Speaker sp : StoryView.speakers(d)) {
                if (names.contains(sp.name().toLowerCase(Locale.ROOT))) {
                    for (StoryView.Line l : sp.quotes()) {
                        quotes.add(new Quote(l.text(), stories.get(i).id(), stories.get(i).listing().headline(), l.cites()));
                    }
                }
            }
        }
        List<StoryListing> listings = stories.stream().map(StoredStory::listing).toList();
        return new EntityView(name, List.copyOf(types), List.copyOf(aliases), listings, quotes, more);
    }
}
