/**
 * The story's summary and headline. Extractive: every summary sentence is a sentence an article
 * wrote, verbatim, and carries the ids of every article that reports the same thing, its own
 * first. The sentences are the exact optimum of a concept-coverage integer program (Gillick and
 * Favre): word bigrams are worth the number of articles that mention them, more when they come
 * early in an article, and each counts once, so repeating a chosen sentence earns nothing.
 * {@link org.newsfuse.summarize.CoverageIlp} solves it by branch and bound with Lagrangian
 * bounds, no external solver. A query shifts the weight to the sentences that answer it.
 * Deterministic: the same input gives the same output.
 */
package org.newsfuse.summarize;
