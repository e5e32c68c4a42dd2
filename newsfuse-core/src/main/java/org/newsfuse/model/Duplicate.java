package org.newsfuse.model;

import java.time.LocalDate;

/**
 * An input whose text is a near-copy of an article (a syndicated wire story, a re-post): it is not
 * kept as an article of its own but listed on the article it copies, so every outlet that ran the
 * text is known.
 *
 * @param id         the article id the copy had before it was merged ({@code a7})
 * @param input      where the copy came from
 * @param outlet     the outlet that ran it, when known
 * @param url        its URL, when known
 * @param published  its publication date, when known
 * @param similarity estimated Jaccard similarity of its word shingles with the article's
 */
public record Duplicate(String id, String input, String outlet, String url, LocalDate published, double similarity) implements java.io.Serializable {
}
