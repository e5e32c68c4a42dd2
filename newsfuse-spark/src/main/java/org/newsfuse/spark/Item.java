package org.newsfuse.spark;

import java.io.Serializable;
import org.newsfuse.model.Article;

/**
 * An input document after the article stages.
 *
 * @param key       {@code file number << 32 | ordinal}: its place in the input order
 * @param article   the processed article, or null when a stage failed (the document still takes
 *                  its id, as in a single run)
 * @param words     words of its clean text (copies' representative: the one with the most)
 * @param signature its MinHash signature, or null when deduplication is off or the text is too short
 */
record Item(long key, Article article, int words, long[] signature) implements Serializable {
    boolean ok() {
        return article != null;
    }
}
