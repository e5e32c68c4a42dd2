package org.newsfuse.model;

/** The shape of a raw document's content. */
public enum SourceFormat {
    /** Text scraped from a page: prose wrapped in clutter lines. */
    TEXT,
    /** HTML markup of a page. */
    HTML
}
