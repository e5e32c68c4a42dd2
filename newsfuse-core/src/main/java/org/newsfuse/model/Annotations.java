package org.newsfuse.model;

/**
 * Names of what stages add to a document. A stage declares the ones it needs and the ones it adds;
 * a pipeline checks, before running anything, that every need is met by an earlier stage.
 */
public final class Annotations {
    private Annotations() {
    }

    /** The raw document is attached (every article has it from ingest). */
    public static final String RAW = "raw";
    /** Clean text and paragraphs. */
    public static final String TEXT = "text";
    /** Published date, headline, byline, dateline, outlet, from the document itself. */
    public static final String METADATA = "metadata";
    /** Sentences with offsets. */
    public static final String SENTENCES = "sentences";
    /** Tokens with offsets and stems. */
    public static final String TOKENS = "tokens";
    /** Part-of-speech tags on tokens. */
    public static final String POS = "pos";
    /** Repeated paragraphs inside the article collapsed. */
    public static final String PARAGRAPHS_DEDUPED = "paragraphs-deduped";

    /** Story level: paragraphs repeated across articles are known as one, with every source. */
    public static final String STORY_PARAGRAPH_GROUPS = "story-paragraph-groups";
    /** Story level: facts aligned across articles, exclusives, discrepancies, timeline. */
    public static final String COMPARISON = "comparison";
    /** Story level: a cited summary and a headline. */
    public static final String SUMMARY = "summary";
}
