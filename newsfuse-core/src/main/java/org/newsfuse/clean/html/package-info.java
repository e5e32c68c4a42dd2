/**
 * Main text and metadata from a news page's HTML, with no per-site rules.
 * {@link org.newsfuse.clean.html.HtmlMainTextExtractor} is the entry point: it decodes the bytes
 * ({@link org.newsfuse.clean.html.CharsetSniffer}), parses them with jsoup, cuts the page into text
 * blocks in one iterative pass ({@link org.newsfuse.clean.html.BlockSegmenter}, so that no depth of
 * nesting can overflow the stack), picks the element whose blocks carry the most article-like text
 * (JSON-LD {@code articleBody}, article markup, text and link density), keeps the blocks of that element
 * that read as article content (paragraphs, in-body headings, lists, quotes) and drops navigation,
 * related links, comments, captions, share rows, ads, newsletter and cookie boxes. Metadata — title,
 * dates, authors, site name, canonical URL, language, description — comes from JSON-LD, meta tags,
 * markup and the URL ({@link org.newsfuse.clean.html.PageMetadata}). The result is an
 * {@link org.newsfuse.clean.html.ExtractedPage}. The order of decisions is written down in
 * {@code docs/extraction.md}.
 */
package org.newsfuse.clean.html;
