package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.TimelineEntry;

/**
 * Puts updates on the timeline: each side of an {@link Discrepancy.Category#UPDATE update} whose
 * articles carry a publication date becomes an entry on that day ("as reported on 2024-05-16"),
 * unless the timeline already holds that sentence on that day — so a toll that rose from one day to
 * the next reads as a sequence, not a clash.
 */
final class Updates {
    private Updates() {
    }

    static List<TimelineEntry> onTimeline(List<TimelineEntry> timeline, List<Discrepancy> discrepancies,
            List<Article> articles) {
        List<TimelineEntry> out = new ArrayList<>(timeline);
        Set<String> present = new HashSet<>();
        for (TimelineEntry t : timeline) {
            for (SentenceRef r : t.sources()) {
                present.add(t.date() + "/" + r.article() + "/" + r.sentence());
            }
        }
        boolean added = false;
        for (Discrepancy d : discrepancies) {
            if (d.category() != Discrepancy.Category.UPDATE) {
                continue;
            }
            for (Discrepancy.Side s : d.sides()) {
                for (int i = 0; i < s.refs().size(); i++) {
                    SentenceRef r = s.refs().get(i);
                    Article a = find(articles, r.article());
                    if (a == null || a.published() == null) {
                        continue;
                    }
                    String day = a.published().toString();
                    if (present.add(day + "/" + r.article() + "/" + r.sentence())) {
                        out.add(new TimelineEntry(day, TimelineEntry.Precision.DAY, "as reported on " + day + " (update: "
                                + s.text() + ")", s.sentences().get(i), List.of(r), a.published()));
                        added = true;
                    }
                }
            }
        }
        if (added) {
            out.sort(Comparator.comparing(TimelineEntry::sortKey).thenComparing(TimelineEntry::precision)
                    .thenComparing(t -> -t.sources().size()).thenComparing(TimelineEntry::text));
        }
        return out;
    }

    private static Article find(List<Article> articles, String id) {
        for (Article a : articles) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }
}
