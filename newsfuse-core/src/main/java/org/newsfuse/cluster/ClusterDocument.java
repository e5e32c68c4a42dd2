package org.newsfuse.cluster;

import java.time.LocalDate;
import java.util.List;

/**
 * What clustering needs of one article.
 *
 * @param title    headline, or null
 * @param text     body text
 * @param date     publication date, or null when unknown
 * @param names    names of people, organisations and places found by an entities stage, when one
 *                 ran (empty otherwise: capitalised words of the text then stand in for names)
 * @param source   the outlet or site the article came from (its words common to most of that
 *                 source's articles are navigation, not news), or null when unknown
 */
public record ClusterDocument(String title, String text, LocalDate date, List<String> names, String source) {
    public ClusterDocument {
        text = text == null ? "" : text;
        names = names == null ? List.of() : List.copyOf(names);
    }

    public ClusterDocument(String title, String text, LocalDate date, List<String> names) {
        this(title, text, date, names, null);
    }

    public ClusterDocument(String title, String text, LocalDate date) {
        this(title, text, date, List.of(), null);
    }
}
