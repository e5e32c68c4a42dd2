package org.newsfuse.model;

import java.util.List;

/**
 * A dated event of a story.
 *
 * @param date      ISO date as precise as the sources allow: {@code 2021-04-06}, {@code 2021-10}, {@code 2021}
 * @param precision how precise {@code date} is
 * @param when      how the sources say it ("on Tuesday", "later this year")
 * @param text      the sentence that dates it
 * @param sources   every sentence that reports it
 * @param sortKey   the first day the date can mean, for ordering ("later this year" sorts after the day of writing)
 */
public record TimelineEntry(String date, Precision precision, String when, String text, List<SentenceRef> sources,
        java.time.LocalDate sortKey) implements java.io.Serializable {
    public TimelineEntry {
        sources = List.copyOf(sources);
    }

    /** How precise a date is. */
    public enum Precision { DAY, MONTH, YEAR }
}
