package org.newsfuse.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;
import org.newsfuse.text.StopWords;
import org.newsfuse.text.TermVector;

/**
 * Every sentence of a story as a weighted term vector: stems of content words, weighted by
 * sublinear term frequency times inverse sentence frequency within the story.
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
                shells.add(new SentenceUnit(ai, a, s, a.sentenceText(s), s.wordCount(), null));
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
                    new TermVector(w)));
        }
        return out;
    }
}
