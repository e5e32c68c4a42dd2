package org.newsfuse.pipeline;

import java.util.Set;

/**
 * A step of a pipeline: one small transformation that declares what it needs and what it adds.
 *
 * @param <T> what it transforms (an article or a story)
 */
public interface Stage<T> {
    /** A short name for messages and configuration. */
    String name();

    /** Annotations that must be present before this stage runs. */
    Set<String> requires();

    /** Annotations this stage adds. */
    Set<String> provides();

    /**
     * Applies the stage.
     *
     * @throws StageException when this one item cannot be processed (the batch goes on)
     */
    T apply(T item) throws StageException;
}
