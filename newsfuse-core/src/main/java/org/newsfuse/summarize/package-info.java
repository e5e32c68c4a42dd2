/**
 * The story's summary and headline. Extractive: every summary sentence is a sentence an article
 * wrote, verbatim, and carries the ids of every article that reports the same thing, its own
 * first. The sentences maximise concept coverage (word bigrams worth the number of articles that
 * mention them, more when early; Gillick and Favre), support (sentences other articles report too)
 * and closeness to a pseudo-reference built from the articles' leads; no two say the same thing.
 * {@link org.newsfuse.summarize.CoverageIlp} solves the coverage part by branch and bound (exactly,
 * within a node limit) with Lagrangian bounds, no external solver; a local search then improves the
 * whole. {@link org.newsfuse.summarize.Editorial} and {@link org.newsfuse.summarize.Selection} then
 * apply what an editor asks: a lead that carries the event (its relative day resolved), no fragments,
 * one fact once, time order, no reference back to what was not said, quotations only when they are
 * the news, and the words left filled by a sentence cut at a clause ({@link
 * org.newsfuse.summarize.Compression}). A query shifts the weight to the sentences that answer it.
 * Deterministic: the same input gives the same output.
 */
package org.newsfuse.summarize;
