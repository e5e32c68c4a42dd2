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

    /**
     * How many articles a story has and from whom, with the unknown counted apart: "5 articles from
     * 2 named outlets, 3 unknown" (syndicated copies merged into an article count as articles).
     */
    public static String outletCount(Story story) {
        int articles = 0;
        int unknown = 0;
        Set<String> named = new LinkedHashSet<>();
        for (Article a : story.articles()) {
            articles++;
            if (a.outlet() != null) {
                named.add(a.outlet());
            } else {
                unknown++;
            }
            for (org.newsfuse.model.Duplicate d : a.duplicates()) {
                articles++;
                if (d.outlet() != null) {
                    named.add(d.outlet());
                } else {
                    unknown++;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(articles).append(articles == 1 ? " article" : " articles");
        if (named.isEmpty()) {
            return sb.append(unknown == 1 ? ", outlet unknown" : ", outlets unknown").toString();
        }
        sb.append(" from ").append(named.size()).append(named.size() == 1 ? " named outlet" : " named outlets");
        if (unknown > 0) {
            sb.append(", ").append(unknown).append(" unknown");
        }
        return sb.toString();
    }
}
