/**
 * Reading inputs into {@link org.newsfuse.model.RawDocument}s: files, folders, standard input;
 * plain scraped text (one article per file), HTML pages, JSON Lines (one article per line). Bad
 * input — a missing or unreadable path, a binary or empty file, text that is not UTF-8, a malformed
 * JSON line — becomes a {@link org.newsfuse.pipeline.DocumentError} naming the input (and line),
 * and reading goes on with the other inputs.
 */
package org.newsfuse.ingest;
