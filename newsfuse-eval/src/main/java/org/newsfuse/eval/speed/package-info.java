/**
 * {@code newsfuse eval speed}: the whole {@code run} path (read, article stages, copies and
 * clustering, story stages, reports) timed on folders of real HTML pages and on the synthetic news
 * stream, each workload in a fresh JVM so that its peak heap and RSS are its own; extraction-only
 * throughput of readability4j and boilerpipe measured in the same run as the reference line.
 */
package org.newsfuse.eval.speed;
