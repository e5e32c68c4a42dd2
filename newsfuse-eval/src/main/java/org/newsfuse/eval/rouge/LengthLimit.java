package org.newsfuse.eval.rouge;

/**
 * How much of each summary (peer and references alike) ROUGE reads: everything, the first N words
 * ({@code -l N}) or the first N bytes ({@code -b N}).
 *
 * <p>Words are counted as ROUGE-1.5.5 counts them: whitespace-separated pieces of each line
 * <em>before</em> punctuation is removed, so {@code "U.S."} is one word and a lone {@code "--"} is
 * one word too. Bytes are bytes of the UTF-8 text.
 *
 * @param unit  what {@code value} counts
 * @param value the limit; ignored for {@link Unit#NONE}
 */
public record LengthLimit(Unit unit, int value) {

    /** What a length limit counts. */
    public enum Unit { NONE, WORDS, BYTES }

    /** No limit: the whole summary is read. */
    public static final LengthLimit NONE = new LengthLimit(Unit.NONE, 0);

    public LengthLimit {
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
        if (unit != Unit.NONE && value <= 0) {
            throw new IllegalArgumentException("a length limit must be positive: " + value);
        }
        if (unit == Unit.NONE) {
            value = 0;
        }
    }

    /** The first {@code n} words, as {@code -l n}. */
    public static LengthLimit words(int n) {
        return new LengthLimit(Unit.WORDS, n);
    }

    /** The first {@code n} bytes, as {@code -b n}. */
    public static LengthLimit bytes(int n) {
        return new LengthLimit(Unit.BYTES, n);
    }
}
