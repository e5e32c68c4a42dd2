/**
 * How a story's outlets compare, fact by fact: sentences aligned across articles into facts, what
 * each outlet alone reports and what it leaves out, where outlets disagree (numbers, durations,
 * dates, names and spellings, polarity and hedging, lists) — always with the source sentences on
 * every side — and a timeline of the story's dated events, relative dates resolved against each
 * article's publication date. Nothing is inferred that the sentences do not say.
 */
package org.newsfuse.compare;
