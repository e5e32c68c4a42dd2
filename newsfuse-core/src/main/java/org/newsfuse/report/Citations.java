package org.newsfuse.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Story;

/** How a report names the articles a sentence cites: by outlet when known, else by input name. */
public final class Citations {
    private Citations() {
    }

    /** The distinct labels of the cited articles, in citation order. */
    public static List<String> labels(Story story, List<String> articleIds) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : articleIds) {
            Article a = story.article(id);
            out.add(a == null ? id : shortLabel(a));
        }
        return new ArrayList<>(out);
    }

    /** A short human label for an article: its outlet, or its input's file name. */
    public static String shortLabel(Article a) {
        return a.label();
    }
}
