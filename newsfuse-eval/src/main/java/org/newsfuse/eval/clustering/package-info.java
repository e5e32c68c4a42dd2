/**
 * {@code newsfuse eval clustering} and {@code newsfuse eval scale}: story clustering scored on ECB+
 * (event level) and WikiRef (topic level) with B³ and pairwise F1, with and without sentence
 * embeddings; and a synthetic news stream to measure clustering speed and memory at scale.
 */
package org.newsfuse.eval.clustering;
