package org.newsfuse.server.view;

/** A link to the sentence of an article that says something: shown as its outlet. */
public record Cite(String label, String href, String title) {
}
