/**
 * Benchmarks of the story store: {@code eval ingest} times incremental ingest of the synthetic
 * news stream into a SQLite store (throughput, size per article, cost of one more batch as the
 * store grows, peak heap).
 */
package org.newsfuse.eval.store;
