/**
 * The story's summary and headline. Extractive: every summary sentence is a sentence an article
 * wrote, verbatim, and carries the ids of every article that reports the same thing, its own
 * first. The sentences maximise concept coverage (word bigrams worth the number of articles that
 * mention them, more when early; Gillick and Favre), support (sentences other articles report too)
 * and closeness to a pseudo-reference built from the articles' leads; no two say the same thing.
 * {@link org.newsfuse.summarize.CoverageIlp} solves the coverage part by branch and bound (exactly,
 * within a node limit) with Lagrangian bounds, no external solver; a local search then improves the
 * whole. A query shifts the weight to the sentences that answer it. Deterministic: the same input
 * gives the same output.
 */
package org.newsfuse.summarize;
