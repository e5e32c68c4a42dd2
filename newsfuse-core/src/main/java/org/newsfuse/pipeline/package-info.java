/**
 * Stages and the pipelines that chain them. An {@link org.newsfuse.pipeline.ArticleStage} is a pure
 * function of one article (it runs the same in a loop, a thread pool or a Spark partition); a
 * {@link org.newsfuse.pipeline.StoryStage} takes a story with its articles. Each stage declares what
 * it needs and what it adds; {@link org.newsfuse.pipeline.Pipeline} checks the chain before running
 * it, and turns the failure of one document into a {@link org.newsfuse.pipeline.DocumentError}
 * value instead of an exception that stops the batch.
 */
package org.newsfuse.pipeline;
