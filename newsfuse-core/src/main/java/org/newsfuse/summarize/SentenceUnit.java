package org.newsfuse.summarize;

import java.util.List;
import org.newsfuse.model.Article;
import org.newsfuse.model.Sentence;
import org.newsfuse.text.TermVector;

/**
 * A sentence of a story with its article, its position and what the summarizer compares.
 *
 * @param articleIndex the article's position in the story
 * @param article      the article
 * @param sentence     the sentence
 * @param text         its text, verbatim
 * @param words        its length in words: white-space separated pieces, as a reader (and ROUGE) counts them
 * @param terms        weighted content-word stems, for similarity
 * @param bigrams      its concepts: stems of adjacent words, not both function words, as "a b"
 */
record SentenceUnit(int articleIndex, Article article, Sentence sentence, String text, int words,
        TermVector terms, List<String> bigrams) {
}
