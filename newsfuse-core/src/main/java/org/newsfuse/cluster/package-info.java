/**
 * Stories from many articles: which articles report the same event, and which events belong to one
 * broader topic. Each document becomes a TF-IDF vector over stemmed content words (a Lucene
 * analysis chain, {@link org.newsfuse.cluster.ContentAnalyzer}), names weighted up, beside a second
 * vector of the names an entities stage found; a site's navigation words are left out
 * ({@link org.newsfuse.cluster.SiteWords}); candidates come
 * from an inverted index over each document's strongest terms, scanned within a time window, so the
 * cost stays near-linear; similarity is cosine, damped when publication dates lie apart, zero when
 * an undated document's years or names place it elsewhere than a dated one, optionally
 * blended with sentence embeddings ({@link org.newsfuse.cluster.Embedder}). Batch mode joins
 * documents by average link ({@link org.newsfuse.cluster.AverageLink}), except two developed stories
 * that each have a cast of their own ({@link org.newsfuse.cluster.Casts}), then lets the fragments
 * it leaves join their nearest story ({@link org.newsfuse.cluster.Fragments}); streaming mode
 * ({@link org.newsfuse.cluster.StreamClusterer}) takes documents in date order and lets a story go
 * quiet after a window. Topics group events by the similarity of their centroids
 * ({@link org.newsfuse.cluster.CentroidLink}), and the small topics that leaves join the bigger topic
 * whose finished centroid is nearest ({@link org.newsfuse.cluster.TopicFragments}).
 * {@link org.newsfuse.cluster.StoryClusterer} is the entry point.
 */
package org.newsfuse.cluster;
