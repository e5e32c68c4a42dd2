/**
 * Entities: the people, organisations, places and other named things of a story, each with every
 * name it goes by. {@link org.newsfuse.entities.MentionFinder} finds, in one article, proper-noun
 * spans (from the part-of-speech tags), splits off titles and roles ("External Affairs Minister S
 * Jaishankar"), binds appositive roles ("Scott Pruitt, the attorney general of Oklahoma") and finds
 * definite role descriptions ("the top Russian diplomat"), typing each with gazetteers written for
 * newsfuse (countries with demonyms and capitals, places, organisation words, titles, role acronyms)
 * and context cues. {@link org.newsfuse.entities.EntityResolver} then merges mentions across the
 * story's articles: full name, surname, initial + surname, transliteration variants
 * (Sergey/Sergei), small misspellings (Jaishanakar), role descriptions bound to exactly one person,
 * role acronyms (EAM = External Affairs Minister) and organisation acronyms; two people sharing a
 * surname are never merged. {@link org.newsfuse.entities.EntityIndex} finds the story's entities back
 * in text, for later stages (quotes); a hyphenated name the tokenizer cut ("Holtz- | Eakin") is
 * found whole in both ({@link org.newsfuse.entities.Hyphens}).
 */
package org.newsfuse.entities;
