package org.newsfuse.model;

import java.util.List;

/**
 * One point on which the articles of a story disagree, with both (or all) sides and the sentences
 * that say them. A discrepancy always has at least two sides, each backed by source sentences.
 *
 * @param kind  what differs
 * @param about what the sides disagree about ("visit", "S-400 missile systems", ...)
 * @param sides the differing versions
 */
public record Discrepancy(Kind kind, String about, List<Side> sides, Category category) implements java.io.Serializable {
    public Discrepancy {
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a discrepancy needs two sides");
        }
        if (category == null) {
            category = Category.of(kind);
        }
    }

    /** A discrepancy classified by its kind alone (a spelling, a list, hedging, else a contradiction). */
    public Discrepancy(Kind kind, String about, List<Side> sides) {
        this(kind, about, sides, null);
    }

    /** The same discrepancy with another classification. */
    public Discrepancy withCategory(Category c) {
        return new Discrepancy(kind, about, sides, c);
    }

    /** What a disagreement amounts to, so a reader can filter: story.json's {@code category}. */
    public enum Category {
        /** The sides cannot both be true of the same thing at the same time. */
        CONTRADICTION("contradiction"),
        /** A later figure for the same thing: the story moved on (also on the timeline). */
        UPDATE("update"),
        /** One name written two ways. */
        SPELLING("spelling"),
        /** One side denies flatly, the other with a hedge. */
        HEDGED_VS_FLAT("hedged-vs-flat"),
        /** Lists of the same things with different members. */
        LIST("list");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        /** The name story.json uses. */
        public String label() {
            return label;
        }

        static Category of(Kind k) {
            return switch (k) {
                case NAME -> SPELLING;
                case HEDGING -> HEDGED_VS_FLAT;
                case LIST -> LIST;
                default -> CONTRADICTION;
            };
        }
    }

    /** Kinds of disagreement. */
    public enum Kind {
        /** Different numbers or amounts for the same thing. */
        NUMBER,
        /** Different durations ("two-day" against "nearly 19-hour"). */
        DURATION,
        /** Different dates for the same event. */
        DATE,
        /** A name written differently ("Make in India" against "Made in India", "Sergey" against "Sergei"). */
        NAME,
        /** The same statement quoted in substantially different words. */
        QUOTE,
        /** One says it happened, another that it did not. */
        POLARITY,
        /** One states it flatly, another hedges ("no such discussions" against "no specific discussion"). */
        HEDGING,
        /** Lists of different members ("nuclear and defense" against "nuclear, space and defence"). */
        LIST
    }

    /**
     * One version.
     *
     * @param text      the differing words as this side writes them
     * @param outlets   the outlets on this side
     * @param articles  their article ids
     * @param sentences the source sentences, verbatim
     * @param refs      where those sentences are
     */
    public record Side(String text, List<String> outlets, List<String> articles, List<String> sentences,
            List<SentenceRef> refs) implements java.io.Serializable {
        public Side {
            outlets = List.copyOf(outlets);
            articles = List.copyOf(articles);
            sentences = List.copyOf(sentences);
            refs = List.copyOf(refs);
        }
    }
}
