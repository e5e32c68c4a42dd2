/**
 * A story as people and programs read it: story.json (the stable contract documented in
 * docs/story-json.md), a Markdown report, and a self-contained HTML report (inline CSS, no
 * network, every piece of article text escaped) whose citations link to the cited sentences.
 */
package org.newsfuse.report;
