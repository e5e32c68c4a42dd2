/**
 * Quotes: who said what. {@link org.newsfuse.quotes.QuoteExtractor} finds, in one article, direct
 * quotes (straight and curly marks, several sentences, split by an attribution, carried on over the
 * next paragraphs), partial quotes inside reported speech, indirect speech after a verb of saying
 * ({@link org.newsfuse.quotes.SpeechVerbs}), headline and bullet forms, and "according to X"; each
 * becomes an {@link org.newsfuse.quotes.Attribution} with its cue, its source mention and its
 * content spans. The speaker is the entity the source names ({@link
 * org.newsfuse.entities.EntityIndex}); a pronoun goes to the person it refers to, a continuation to
 * the previous speaker, and the speaker stays null when unsure. {@link
 * org.newsfuse.quotes.QuoteGrouper} then groups the wordings of one statement across outlets, and
 * {@link org.newsfuse.quotes.QuotesStage} puts them on the story.
 */
package org.newsfuse.quotes;
