package org.newsfuse.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.newsfuse.cluster.ClusterDocument;

/** What the clusterer needs of an article (its site included), in a form a shuffle can carry. */
record Doc(String title, String text, LocalDate date, List<String> names, String source) implements Serializable {
    static Doc of(ClusterDocument d) {
        return new Doc(d.title(), d.text(), d.date(), List.copyOf(d.names()), d.source());
    }

    ClusterDocument document() {
        return new ClusterDocument(title, text, date, names, source);
    }
}
