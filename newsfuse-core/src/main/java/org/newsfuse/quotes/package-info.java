/**
 * Quotes: who said what. {@link org.newsfuse.quotes.QuoteExtractor} reads one article paragraph by
 * paragraph: {@link org.newsfuse.quotes.QuoteSpans} finds text in quotation marks (straight, curly,
 * and the wire services' {@code ``…''}); {@link org.newsfuse.quotes.CueFinder} finds each sentence's
 * cues (verbs of saying, {@link org.newsfuse.quotes.SpeechVerbs}; nouns of saying; "asked";
 * "according to") with their source phrases ({@link org.newsfuse.quotes.SourcePhrase}) and contents
 * ({@link org.newsfuse.quotes.Clauses}): direct quotes (several sentences, split by their attribution,
 * carried on over the next paragraphs), partial quotes inside reported speech, indirect speech,
 * headline and bullet forms. A source is never a time ("said Thursday morning", "just this month
 * announced"), a dateline or the one told; a relative hangs on the name before an appositive or
 * inside a prepositional object; a text issued by someone speaks for its issuer; shares of a group
 * ("Nine in 10 voters") stay whole; words the tagger got wrong there are read for what they are
 * ({@link org.newsfuse.quotes.Mistagged}: "a State Department official/ADJ", "a Gallup poll/VERB"). {@link org.newsfuse.quotes.SpeakerResolver} then names the speaker: the
 * head of the source phrase ({@link org.newsfuse.quotes.SourceHead}) — a person or organisation of the
 * story ({@link org.newsfuse.entities.EntityIndex}), a name the story has no entity for, a group, a
 * document — or, for a pronoun, the earlier speaker or sentence subject ({@link
 * org.newsfuse.quotes.Subjects}) it agrees with in gender, number and type; null when unsure. Each becomes an {@link org.newsfuse.quotes.Attribution}; {@link
 * org.newsfuse.quotes.QuotesStage} makes them quotes (one quote with two parts when the attribution
 * interrupts it) and {@link org.newsfuse.quotes.QuoteGrouper} groups the wordings of one statement
 * across outlets.
 */
package org.newsfuse.quotes;
