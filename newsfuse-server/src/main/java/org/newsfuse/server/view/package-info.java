/**
 * What the desk's pages show, as plain records built from the store and each story's story.json
 * (the templates in src/main/jte render them, escaping every value), and the few helpers the
 * templates call: links only for http(s) URLs, path segments encoded, sentences found by offset.
 */
package org.newsfuse.server.view;
