package org.newsfuse.cluster;

import java.util.List;

/**
 * Turns texts into dense vectors whose cosine says how alike they are in meaning (a sentence
 * embedding model). Optional: clustering works without one.
 */
public interface Embedder {
    /** One L2-normalised vector per text, in order. */
    List<float[]> embed(List<String> texts);

    /** A short name for reports ("all-MiniLM-L6-v2-q"). */
    String name();
}
