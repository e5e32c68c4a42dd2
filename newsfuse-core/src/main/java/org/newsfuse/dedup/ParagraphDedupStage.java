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
        long[][] sh = new long[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            sh[i] = Shingles.hashes(Shingles.words(texts.get(i)), K);
        }
        boolean[] drop = repeats(sh);
        List<String> removed = new ArrayList<>(a.removed());
        for (int i = 0; i < texts.size(); i++) {
            if (drop[i]) {
                removed.add("repeated paragraph: " + texts.get(i));
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

    /**
     * Which paragraphs repeat another: paragraph i goes when at least {@value #CONTAINED} of its
     * shingles stand in one paragraph j still kept (j later, or j earlier and not gone itself) that is
     * longer, or as long and earlier. The shared shingles of i with every other paragraph are counted
     * through an index of shingle → paragraphs, so the cost follows the shingles paragraphs share,
     * not the number of paragraph pairs.
     *
     * @param sh each paragraph's distinct shingles ({@link Shingles#hashes})
     */
    static boolean[] repeats(long[][] sh) {
        int n = sh.length;
        ShingleIndex index = new ShingleIndex(sh);
        boolean[] drop = new boolean[n];
        int[] common = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            if (sh[i].length == 0) {
                continue;
            }
            int t = 0;
            for (long h : sh[i]) {
                for (int p = index.first(h); p >= 0; p = index.next(p)) {
                    int j = index.paragraph(p);
                    if (j != i && common[j]++ == 0) {
                        touched[t++] = j;
                    }
                }
            }
            for (int k = 0; k < t; k++) {
                int j = touched[k];
                if (!drop[i] && !drop[j] && (double) common[j] / sh[i].length >= CONTAINED
                        && (sh[j].length > sh[i].length || sh[j].length == sh[i].length && j < i)) {
                    drop[i] = true;
                }
                common[j] = 0;
            }
        }
        return drop;
    }

    /** Shingle → the paragraphs holding it, as chains in flat arrays over an open-addressing table (no boxing). */
    private static final class ShingleIndex {
        private final long[] keys;
        private final int[] heads;
        private final int[] paragraphOf;
        private final int[] nextOf;
        private final int mask;

        ShingleIndex(long[][] sh) {
            int total = 0;
            for (long[] s : sh) {
                total += s.length;
            }
            int cap = Integer.highestOneBit(Math.max(4, total * 2 - 1)) << 1;
            keys = new long[cap];
            heads = new int[cap];
            java.util.Arrays.fill(heads, -1);
            mask = cap - 1;
            paragraphOf = new int[total];
            nextOf = new int[total];
            int p = 0;
            // in reverse so that every chain lists its paragraphs in order
            for (int i = sh.length - 1; i >= 0; i--) {
                for (long h : sh[i]) {
                    int slot = slot(h);
                    keys[slot] = h;
                    paragraphOf[p] = i;
                    nextOf[p] = heads[slot];
                    heads[slot] = p++;
                }
            }
        }

        private int slot(long h) {
            int s = (int) (h ^ (h >>> 32)) & mask;
            while (heads[s] >= 0 && keys[s] != h) {
                s = (s + 1) & mask;
            }
            return s;
        }

        int first(long h) {
            return heads[slot(h)];
        }

        int next(int p) {
            return nextOf[p];
        }

        int paragraph(int p) {
            return paragraphOf[p];
        }
    }
}
