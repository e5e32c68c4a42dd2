package org.newsfuse.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Story;

/** The people, organisations and places of a story, with the other names they go by, in both reports. */
final class EntitiesSection {
    private EntitiesSection() {
    }

    /** Entities worth listing: mentioned more than once, or by more than one article. */
    static List<Entity> shown(Story story) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : story.entities()) {
            if (e.mentions() >= 2 || e.articles().size() >= 2) {
                out.add(e);
            }
        }
        return out;
    }

    static String type(Entity e) {
        return switch (e.type()) {
            case PERSON -> "person";
            case ORGANISATION -> "organisation";
            case PLACE -> "place";
            case OTHER -> "other";
        };
    }

    static void html(StringBuilder h, Story story) {
        List<Entity> es = shown(story);
        if (es.isEmpty()) {
            return;
        }
        h.append("<section id=\"entities\">\n<h2>People, organisations and places</h2>\n<table>\n")
                .append("<tr><th>name</th><th>kind</th><th>also called</th><th>mentions</th><th>articles</th></tr>\n");
        for (Entity e : es) {
            h.append("<tr><td>").append(Html.escape(e.name())).append("</td><td>").append(type(e)).append("</td><td>")
                    .append(Html.escape(String.join("; ", e.aliases()))).append("</td><td>").append(e.mentions())
                    .append("</td><td>").append(e.articles().size()).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    static void markdown(StringBuilder md, Story story) {
        List<Entity> es = shown(story);
        if (es.isEmpty()) {
            return;
        }
        md.append("\n## People, organisations and places\n\n| name | kind | also called | mentions | articles |\n|---|---|---|---|---|\n");
        for (Entity e : es) {
            md.append("| ").append(MarkdownReport.inline(e.name())).append(" | ").append(type(e).toLowerCase(Locale.ROOT))
                    .append(" | ").append(MarkdownReport.inline(String.join("; ", e.aliases()))).append(" | ")
                    .append(e.mentions()).append(" | ").append(e.articles().size()).append(" |\n");
        }
    }
}
