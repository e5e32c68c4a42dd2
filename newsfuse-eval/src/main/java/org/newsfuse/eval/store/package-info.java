/**
 * Benchmarks of the story store: {@code eval ingest} times incremental ingest of the synthetic
 * news stream into a SQLite store (throughput, size per article, cost of one more batch as the
 * store grows, peak heap); {@code eval serve-load} puts {@code newsfuse serve} under a bounded
 * loopback load of readers while an ingest runs through its API.
 */
package org.newsfuse.eval.store;
