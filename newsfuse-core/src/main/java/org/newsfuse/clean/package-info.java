/**
 * From a raw document to clean text and metadata. Scraped text is cleaned line by line with
 * generic rules — no per-site rules — that recognise breadcrumbs, subscribe/follow/share prompts,
 * photo captions and agency notices, reading-time and timestamp lines, related-story lists,
 * comment sections and disclaimers, tag lists, tickers and social-button rows, and keep the
 * article's prose, short paragraphs and quotes included. Metadata (published date, headline,
 * byline, dateline, outlet) is read from the clutter and the top of the page, never guessed from
 * prose. The rules, in the order they apply, are written down in docs/cleaning.md.
 */
package org.newsfuse.clean;
