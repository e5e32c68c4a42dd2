package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Token;
import org.newsfuse.text.StopWords;
import org.newsfuse.text.StoryVectors;

/**
 * Every sentence of a story as the summarizer sees it: a weighted term vector (stems of content
 * words, sublinear term frequency times inverse sentence frequency within the story) and its
 * bigram concepts.
 */
final class StorySentences {
    private StorySentences() {
    }

    static boolean isContent(Token t) {
        return StoryVectors.isContent(t);
    }

    /** Words as a reader counts them: the white-space separated pieces of the text. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** Stems of adjacent word tokens (no punctuation between them), unless both are function words. */
    static List<String> bigrams(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token a = tokens.get(k);
            Token b = tokens.get(k + 1);
            if (!a.isWord() || !b.isWord()) {
                continue;
            }
            if (StopWords.is(a.text()) && StopWords.is(b.text())) {
                continue;
            }
            out.add(a.stem() + " " + b.stem());
        }
        return List.copyOf(out);
    }

    /** The story's sentences with their weighted terms (shared with alignment: {@link StoryVectors}), lengths and concepts. */
    static List<SentenceUnit> of(List<Article> articles) {
        List<SentenceUnit> out = new ArrayList<>();
        for (StoryVectors.Unit u : StoryVectors.of(articles)) {
            out.add(new SentenceUnit(u.articleIndex(), u.article(), u.sentence(), u.text(), words(u.text()), u.terms(),
                    bigrams(u.sentence().tokens())));
        }
        return out;
    }
}
