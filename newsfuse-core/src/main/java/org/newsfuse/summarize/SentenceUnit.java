package org.newsfuse.summarize;

import org.newsfuse.model.Article;
import org.newsfuse.model.Sentence;
import org.newsfuse.text.TermVector;

/** A sentence of a story with its article, its position and its weighted terms. */
record SentenceUnit(int articleIndex, Article article, Sentence sentence, String text, int words,
        TermVector terms) {
}
