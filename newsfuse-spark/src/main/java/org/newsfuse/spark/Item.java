package org.newsfuse.spark;

import java.io.Serializable;
import org.newsfuse.model.Article;

/**
 * An input document after the article stages, as the job keeps it between its passes.
 *
 * <p>The processed article is held as the bytes of its serialisation, made once at the end of the
 * article stages: the job reads its kept items several times (the input order, the copies' bands,
 * the representatives, the story shuffle), and only the story stages need the article itself. Held
 * as an object, every pass deserialised every article with its tokens and tags (a profile of
 * {@code spark-scale} at {@code local[1]} found 14% of the executor's CPU there) and the story
 * shuffle serialised it again; as bytes, a pass copies an array and the shuffle sends it as is.
 *
 * @param key       {@code file number << 32 | ordinal}: its place in the input order
 * @param bytes     the processed article serialised ({@link Bytes}), or null when a stage failed (the
 *                  document still takes its id, as in a single run)
 * @param words     words of its clean text (copies' representative: the one with the most)
 * @param signature its MinHash signature, or null when deduplication is off or the text is too short
 * @param doc       what the clusterer reads of it, or null when a stage failed
 */
record Item(long key, byte[] bytes, int words, long[] signature, Doc doc) implements Serializable {
    boolean ok() {
        return bytes != null;
    }

    /** The processed article, read back from its bytes. */
    Article article() {
        return Bytes.read(bytes);
    }
}
