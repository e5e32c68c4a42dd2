/**
 * The standard pipeline assembled from options, and the engine that runs it over a batch of raw
 * documents: article stages on every document (in parallel, order kept), then the story stages on
 * the story they form. The one place that knows every stage; no stage knows the engine.
 */
package org.newsfuse.engine;
