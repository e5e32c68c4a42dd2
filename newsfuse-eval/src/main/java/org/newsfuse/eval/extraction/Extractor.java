package org.newsfuse.eval.extraction;

import java.util.List;

/** A main-text extractor under evaluation: page HTML (and URL, may be null) in, paragraphs out. */
public interface Extractor {
    /** The name shown in the table. */
    String name();

    /** The paragraphs of the page's main text (empty when none). */
    List<String> extract(String html, String url);
}
