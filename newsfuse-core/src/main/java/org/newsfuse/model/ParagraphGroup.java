package org.newsfuse.model;

import java.util.List;

/**
 * A paragraph that appears (exactly or nearly) in more than one article of a story: syndicated or
 * copied text that counts once, with every article that prints it.
 *
 * @param text     the first article's wording
 * @param articles ids of the articles that print it, in article order
 */
public record ParagraphGroup(String text, List<String> articles) implements java.io.Serializable {
    public ParagraphGroup {
        articles = List.copyOf(articles);
    }
}
