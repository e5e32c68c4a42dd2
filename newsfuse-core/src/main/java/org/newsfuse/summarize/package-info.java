/**
 * The story's summary and headline. Extractive: every summary sentence is a sentence an article
 * wrote, verbatim, and carries the ids of every article that reports the same thing. Sentences that
 * several outlets report, that are central to the story and that come early in their articles are
 * preferred; a sentence that says what a chosen one already says is skipped. Deterministic: the
 * same input gives the same output.
 */
package org.newsfuse.summarize;
