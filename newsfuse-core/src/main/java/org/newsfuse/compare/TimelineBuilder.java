package org.newsfuse.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.TimelineEntry;
import org.newsfuse.text.StoryVectors;

/**
 * The story's dated events: every sentence with a resolvable date expression gives an event for
 * each distinct date it names (at most {@value #MAX_DATES_PER_SENTENCE}); events with the same date
 * and similar sentences (cosine at least {@value #SAME_EVENT}) from different articles are one
 * event with several sources. Ordered by the first day each date can mean ("later this year" sorts
 * after the day of writing), day-precise dates before coarser ones on the same day.
 */
final class TimelineBuilder {
    static final double SAME_EVENT = 0.25;
    /** A sentence contributes at most this many dated events. */
    static final int MAX_DATES_PER_SENTENCE = 2;

    private static final class Event {
        final DateResolver.Resolved date;
        final List<StoryVectors.Unit> members = new ArrayList<>();

        Event(DateResolver.Resolved date, StoryVectors.Unit first) {
            this.date = date;
            members.add(first);
        }
    }

    List<TimelineEntry> build(List<StoryVectors.Unit> units) {
        List<Event> events = new ArrayList<>();
        for (StoryVectors.Unit u : units) {
            if (u.sentence().wordCount() < 5) {
                continue;
            }
            LocalDate published = u.article().published();
            Set<String> seen = new HashSet<>();
            for (DateResolver.Resolved d : DateResolver.resolve(u.text(), published)) {
                if (seen.size() < MAX_DATES_PER_SENTENCE && seen.add(d.iso() + d.precision())) {
                    place(events, d, u);
                }
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (Event e : events) {
            List<SentenceRef> refs = new ArrayList<>();
            for (StoryVectors.Unit m : e.members) {
                refs.add(new SentenceRef(m.article().id(), m.sentence().index(), m.sentence().start(), m.sentence().end()));
            }
            out.add(new TimelineEntry(e.date.iso(), e.date.precision(), e.date.phrase(), e.members.get(0).text(), refs,
                    e.date.sortKey()));
        }
        out.sort(Comparator.comparing(TimelineEntry::sortKey).thenComparing(TimelineEntry::precision)
                .thenComparing(t -> -t.sources().size()).thenComparing(TimelineEntry::text));
        return out;
    }

    /** Adds a dated sentence to the event it reports, or starts a new event. */
    private static void place(List<Event> events, DateResolver.Resolved d, StoryVectors.Unit u) {
        for (Event e : events) {
            if (e.date.iso().equals(d.iso()) && e.date.precision() == d.precision()
                    && e.members.stream().noneMatch(m -> m.article() == u.article())
                    && e.members.get(0).terms().cosine(u.terms()) >= SAME_EVENT) {
                e.members.add(u);
                return;
            }
        }
        events.add(new Event(d, u));
    }
}
