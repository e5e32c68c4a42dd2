/**
 * Evaluations of the Spark job, run through the local runner only ({@code ./newsfuse eval spark-agreement},
 * {@code ./newsfuse eval spark-scale}): agreement of its stories with a single run's, and its
 * throughput. They use newsfuse-eval's scorers and generator, which the cluster jar does not carry.
 */
package org.newsfuse.spark.eval;
