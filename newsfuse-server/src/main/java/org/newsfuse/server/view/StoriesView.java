package org.newsfuse.server.view;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.store.StoryListing;
import org.newsfuse.store.StoryPage;
import org.newsfuse.store.StoryQuery;

/** The stories page: search form, filters, rows with a coverage bar, the link to the next page. */
public record StoriesView(String q, String outlet, String entity, String from, String to, List<String> outlets,
        List<Row> rows, String next, boolean firstPage) {

    /** A story row; {@code coverage} has one cell per outlet of {@link #outlets()}. */
    public record Row(StoryListing story, List<Boolean> coverage, int more) {
    }

    /** Outlets shown in the coverage bar, at most. */
    public static final int BAR = 12;

    public static StoriesView of(StoryQuery q, StoryPage page, List<String> allOutlets) {
        List<String> bar = allOutlets.subList(0, Math.min(BAR, allOutlets.size()));
        List<Row> rows = new ArrayList<>();
        for (StoryListing s : page.stories()) {
            List<Boolean> cells = new ArrayList<>();
            bar.forEach(o -> cells.add(s.outlets().contains(o)));
            int more = (int) s.outlets().stream().filter(o -> !bar.contains(o)).count();
            rows.add(new Row(s, cells, more));
        }
        String next = null;
        if (page.next() != null) {
            StringBuilder h = new StringBuilder("/?");
            add(h, "q", q.search());
            add(h, "outlet", q.outlet());
            add(h, "entity", q.entity());
            add(h, "from", q.from() == null ? null : q.from().toString());
            add(h, "to", q.to() == null ? null : q.to().toString());
            add(h, "cursor", page.next());
            next = h.toString();
        }
        return new StoriesView(q.search(), q.outlet(), q.entity(), q.from() == null ? null : q.from().toString(),
                q.to() == null ? null : q.to().toString(), List.copyOf(allOutlets), rows, next, q.cursor() == null);
    }

    private static void add(StringBuilder h, String k, String v) {
        if (v != null) {
            h.append(h.charAt(h.length() - 1) == '?' ? "" : "&").append(k).append('=').append(V.enc(v));
        }
    }
}
