package org.newsfuse.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored story as a listing shows it.
 *
 * @param id       its stable id ({@code s12})
 * @param headline its headline
 * @param topic    the topic it belongs to ({@code t3}), or null
 * @param articles how many inputs it stands for (articles and their copies)
 * @param outlets  every outlet that ran one of them, in order of appearance
 * @param from     earliest publication date, or null
 * @param to       latest publication date, or null
 * @param summary  its first summary sentence, or null
 * @param updated  when an ingest last changed it (ISO instant)
 */
public record StoryListing(String id, String headline, String topic, int articles, List<String> outlets,
        LocalDate from, LocalDate to, String summary, String updated) {
    public StoryListing {
        outlets = List.copyOf(outlets);
    }
}
