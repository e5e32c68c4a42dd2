package org.newsfuse.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.pipeline.ArticleStage;

/**
 * Collapses paragraphs an article prints more than once. A paragraph goes when at least
 * {@value #CONTAINED} of its 3-word shingles already stand in one kept paragraph — an exact or
 * near-exact repeat, or a teaser that repeats a sentence of the body; the first occurrence stays,
 * unless the later one is the longer text that contains it, which then takes its place.
 */
public final class ParagraphDedupStage implements ArticleStage {
    /** Share of a paragraph's shingles found in another for it to count as a repeat. */
    public static final double CONTAINED = 0.9;
    static final int K = 3;

    @Override
    public String name() {
        return "dedup-paragraphs";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Annotations.TEXT);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Annotations.PARAGRAPHS_DEDUPED);
    }

    @Override
    public Article apply(Article a) {
        List<String> texts = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            texts.add(p.text(a.text()));
        }
        List<Set<Long>> sh = new ArrayList<>();
        for (String t : texts) {
            sh.add(Shingles.of(t, K));
        }
        boolean[] drop = new boolean[texts.size()];
        List<String> removed = new ArrayList<>(a.removed());
        for (int i = 0; i < texts.size(); i++) {
            if (drop[i] || sh.get(i).isEmpty()) {
                continue;
            }
            for (int j = 0; j < texts.size(); j++) {
                if (i == j || drop[j] || drop[i]) {
                    continue;
                }
                // i repeats j: i's shingles stand in j, and j is at least as long (or earlier when equal)
                boolean repeats = Shingles.containment(sh.get(i), sh.get(j)) >= CONTAINED
                        && (sh.get(j).size() > sh.get(i).size() || sh.get(j).size() == sh.get(i).size() && j < i);
                if (repeats) {
                    drop[i] = true;
                    removed.add("repeated paragraph: " + texts.get(i));
                }
            }
        }
        int kept = 0;
        for (boolean d : drop) {
            if (!d) {
                kept++;
            }
        }
        if (kept == texts.size()) {
            return a.toBuilder().annotate(Annotations.PARAGRAPHS_DEDUPED).build();
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (drop[i]) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paragraphs.add(new Paragraph(paragraphs.size(), text.length(), text.length() + texts.get(i).length()));
            text.append(texts.get(i));
        }
        return a.toBuilder().text(text.toString()).paragraphs(paragraphs).removed(removed)
                .annotate(Annotations.PARAGRAPHS_DEDUPED).build();
    }
}
