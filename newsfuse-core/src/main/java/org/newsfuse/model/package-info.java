/**
 * The one document model that flows through every stage: {@link org.newsfuse.model.RawDocument}
 * as read, {@link org.newsfuse.model.Article} with its clean text, metadata, paragraphs, sentences
 * and tokens (all with character offsets into the clean text), and {@link org.newsfuse.model.Story}
 * with what the story-level stages add (summary, quotes, entities). Records are immutable; stages
 * return new values.
 */
package org.newsfuse.model;
