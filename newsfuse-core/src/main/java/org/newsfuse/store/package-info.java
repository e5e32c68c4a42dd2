/**
 * A memory for stories: the {@link org.newsfuse.store.StoryStore} interface that a store driver
 * implements (the SQLite one lives in the newsfuse-store module; the core knows no SQL), the
 * records it reads and writes, and the {@link org.newsfuse.store.Ingester} that adds articles to a
 * store incrementally: the article stages on new articles only, copies found against everything
 * stored (URL, content hash, MinHash near-duplicates), the new articles clustered together with the
 * stored stories that are still live (within the time window), story ids kept across ingests
 * ({@link org.newsfuse.store.IncrementalGrouping}), and the story stages run again only on the
 * stories that changed. One write transaction per batch: nothing counts as stored before it
 * commits.
 */
package org.newsfuse.store;
