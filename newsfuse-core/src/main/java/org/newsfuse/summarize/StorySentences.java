package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;
import org.newsfuse.text.StopWords;
import org.newsfuse.text.TermVector;

/**
 * Every sentence of a story as the summarizer sees it: a weighted term vector (stems of content
 * words, sublinear term frequency times inverse sentence frequency within the story) and its
 * bigram concepts.
 */
final class StorySentences {
    private StorySentences() {
    }

    static boolean isContent(Token t) {
        if (!t.isWord() || t.text().length() < 2 && !Character.isDigit(t.text().charAt(0))) {
            return false;
        }
        if (StopWords.is(t.text())) {
            return false;
        }
        String pos = t.pos();
        return pos == null || !(pos.equals("PUNCT") || pos.equals("DET") || pos.equals("ADP") || pos.equals("PRON")
                || pos.equals("CCONJ") || pos.equals("SCONJ") || pos.equals("AUX") || pos.equals("PART"));
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

    static List<SentenceUnit> of(List<Article> articles) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<SentenceUnit> shells = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (int ai = 0; ai < articles.size(); ai++) {
            Article a = articles.get(ai);
            for (Sentence s : a.sentences()) {
                Map<String, Integer> c = new HashMap<>();
                for (Token t : s.tokens()) {
                    if (isContent(t)) {
                        c.merge(t.stem(), 1, Integer::sum);
                    }
                }
                Set<String> seen = new HashSet<>(c.keySet());
                for (String k : seen) {
                    df.merge(k, 1, Integer::sum);
                }
                counts.add(c);
                String text = a.sentenceText(s);
                shells.add(new SentenceUnit(ai, a, s, text, words(text), null, bigrams(s.tokens())));
            }
        }
        int n = Math.max(1, shells.size());
        List<SentenceUnit> out = new ArrayList<>(shells.size());
        for (int i = 0; i < shells.size(); i++) {
            Map<String, Double> w = new HashMap<>();
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                double idf = Math.log((double) (n + 1) / (df.get(e.getKey()) + 0.5));
                w.put(e.getKey(), (1 + Math.log(e.getValue())) * Math.max(idf, 0.05));
            }
            SentenceUnit s = shells.get(i);
            out.add(new SentenceUnit(s.articleIndex(), s.article(), s.sentence(), s.text(), s.words(),
                    new TermVector(w), s.bigrams()));
        }
        return out;
    }
}
