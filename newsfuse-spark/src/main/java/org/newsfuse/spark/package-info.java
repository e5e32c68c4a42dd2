/**
 * The newsfuse engine as an Apache Spark job: inputs read from Hadoop file systems (WARC records
 * streamed per file, JSON Lines split by line), the article stages in {@code mapPartitions} with
 * the pipeline loaded once per executor JVM, syndicated copies found by a shuffle on MinHash LSH
 * bands and merged as a single run merges them, stories found by clustering blocks (time window,
 * then strongest terms) with the engine's own clusterer, each block weighed with the whole input's
 * term statistics, and average link continued over the blocks' events across block boundaries, then the story stages per story in parallel and the stories written as JSON
 * Lines or Parquet. {@link org.newsfuse.spark.SparkJob} is the {@code spark-submit} entry point;
 * {@link org.newsfuse.spark.SparkCommand} runs the same job in-process ({@code newsfuse spark}).
 * No stage is implemented here: every one comes from newsfuse-core.
 */
package org.newsfuse.spark;
