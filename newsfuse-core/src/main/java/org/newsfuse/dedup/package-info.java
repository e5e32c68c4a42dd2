/**
 * Repeated text: a paragraph printed twice in one article is collapsed to one; a paragraph printed
 * by several articles of a story (syndicated wire copy, a shared statement) is known as one, with
 * every article that prints it. Near-exact repeats count too (word shingles, measured overlap).
 */
package org.newsfuse.dedup;
