package org.newsfuse.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.newsfuse.model.Article;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * Every sentence of a set of articles as a weighted term vector: stems of content words, weighted
 * by sublinear term frequency times inverse sentence frequency within the set. What "says the same
 * thing" means for alignment, support and redundancy.
 */
public final class StoryVectors {
    private StoryVectors() {
    }

    /** A sentence of an article with its terms. */
    public record Unit(int articleIndex, Article article, Sentence sentence, String text, TermVector terms) {
    }

    /** A content word: not punctuation, not a function word, not a stop word. */
    public static boolean isContent(Token t) {
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

    /** Spelling variants folded so that "defence" and "defense" match. */
    public static String fold(String stem) {
        if (stem.endsWith("enc")) {
            return stem.substring(0, stem.length() - 3) + "ens";
        }
        if (stem.endsWith("our") && stem.length() > 5) {
            return stem.substring(0, stem.length() - 3) + "or";
        }
        if (stem.equals("programm")) {
            return "program";
        }
        return stem;
    }

    /**
     * The sentences of these articles with their term vectors. The last result is kept per thread
     * and returned again for the same articles (the same instances, in the same order: articles are
     * immutable), so the summarizer and the comparison of one story share one computation.
     */
    public static List<Unit> of(List<Article> articles) {
        Last last = LAST.get();
        if (last != null && last.sameAs(articles)) {
            return last.units();
        }
        List<Unit> units = compute(articles);
        LAST.set(new Last(List.copyOf(articles), units));
        return units;
    }

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    /** One thread's last articles and their units (unmodifiable). */
    private record Last(List<Article> articles, List<Unit> units) {
        boolean sameAs(List<Article> other) {
            if (other.size() != articles.size()) {
                return false;
            }
            for (int i = 0; i < articles.size(); i++) {
                if (other.get(i) != articles.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static List<Unit> compute(List<Article> articles) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<Unit> shells = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (int ai = 0; ai < articles.size(); ai++) {
            Article a = articles.get(ai);
            for (Sentence s : a.sentences()) {
                Map<String, Integer> c = new HashMap<>();
                for (Token t : s.tokens()) {
                    if (isContent(t)) {
                        c.merge(fold(t.stem()), 1, Integer::sum);
                    }
                }
                for (String k : new HashSet<>(c.keySet())) {
                    df.merge(k, 1, Integer::sum);
                }
                counts.add(c);
                shells.add(new Unit(ai, a, s, a.sentenceText(s), null));
            }
        }
        int n = Math.max(1, shells.size());
        List<Unit> out = new ArrayList<>(shells.size());
        for (int i = 0; i < shells.size(); i++) {
            Map<String, Double> w = new HashMap<>();
            for (Map.Entry<String, Integer> e : counts.get(i).entrySet()) {
                double idf = Math.log((double) (n + 1) / (df.get(e.getKey()) + 0.5));
                w.put(e.getKey(), (1 + Math.log(e.getValue())) * Math.max(idf, 0.05));
            }
            Unit s = shells.get(i);
            out.add(new Unit(s.articleIndex(), s.article(), s.sentence(), s.text(), new TermVector(w)));
        }
        return List.copyOf(out);
    }
}
