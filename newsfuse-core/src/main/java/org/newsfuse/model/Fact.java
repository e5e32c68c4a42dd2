package org.newsfuse.model;

import java.util.List;

/**
 * One thing the story's articles report, with every article's wording of it.
 *
 * @param id       fact id within the story ({@code f1}, {@code f2}, ...)
 * @param text     a representative wording (the one most like the others)
 * @param outlets  the outlets that report it (an article's label when its outlet is unknown)
 * @param articles ids of the articles that report it
 * @param wordings each article's sentence that reports it
 */
public record Fact(String id, String text, List<String> outlets, List<String> articles, List<Wording> wordings) implements java.io.Serializable {
    public Fact {
        outlets = List.copyOf(outlets);
        articles = List.copyOf(articles);
        wordings = List.copyOf(wordings);
    }

    /** An article's own sentence for a fact. */
    public record Wording(String article, String outlet, String text, SentenceRef sentence) implements java.io.Serializable {
    }
}
