package org.newsfuse.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.ParagraphGroup;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.StoryStage;

/**
 * Finds paragraphs that several articles of a story print exactly or nearly: at least
 * {@value #SIMILAR} of the shorter one's 3-word shingles stand in the other, and the two share at
 * least {@value #MIN_JACCARD} of all their shingles (so a sentence quoted inside a long paragraph
 * does not make the paragraphs the same): syndicated or copied text. Candidates come from an inverted
 * index over shingles, so the cost follows the number of shared shingles, not all pairs.
 */
public final class RepeatedParagraphsStage implements StoryStage {
    /** Share of the shorter paragraph's shingles found in the other. */
    public static final double SIMILAR = 0.8;
    /** Least Jaccard similarity of the two paragraphs' shingles. */
    public static final double MIN_JACCARD = 0.6;

    @Override
    public String name() {
        return "repeated-paragraphs";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Annotations.TEXT);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Annotations.STORY_PARAGRAPH_GROUPS);
    }

    private record Para(int article, String text, Set<Long> shingles) {
    }

    @Override
    public Story apply(Story story) {
        List<Para> paras = new ArrayList<>();
        Map<Long, List<Integer>> index = new HashMap<>();
        List<Article> arts = story.articles();
        for (int ai = 0; ai < arts.size(); ai++) {
            Article a = arts.get(ai);
            for (Paragraph p : a.paragraphs()) {
                String t = p.text(a.text());
                Set<Long> sh = Shingles.of(t, ParagraphDedupStage.K);
                if (Shingles.words(t).size() < 8) {
                    continue; // too short to tell copying from coincidence
                }
                int id = paras.size();
                paras.add(new Para(ai, t, sh));
                for (Long s : sh) {
                    index.computeIfAbsent(s, k -> new ArrayList<>()).add(id);
                }
            }
        }
        int[] group = new int[paras.size()];
        java.util.Arrays.fill(group, -1);
        List<ParagraphGroup> groups = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            if (group[i] >= 0) {
                continue;
            }
            Map<Integer, Integer> shared = new HashMap<>();
            for (Long s : paras.get(i).shingles()) {
                for (int j : index.getOrDefault(s, List.of())) {
                    if (j > i && paras.get(j).article() != paras.get(i).article()) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            Set<Integer> members = new LinkedHashSet<>();
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int j = e.getKey();
                int common = e.getValue();
                int a = paras.get(i).shingles().size();
                int b = paras.get(j).shingles().size();
                double jac = (double) common / (a + b - common);
                double overlap = (double) common / Math.min(a, b);
                if (overlap >= SIMILAR && jac >= MIN_JACCARD && group[j] < 0) {
                    members.add(j);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            Set<String> articleIds = new LinkedHashSet<>();
            articleIds.add(arts.get(paras.get(i).article()).id());
            group[i] = groups.size();
            for (int j : members.stream().sorted().toList()) {
                group[j] = groups.size();
                articleIds.add(arts.get(paras.get(j).article()).id());
            }
            groups.add(new ParagraphGroup(paras.get(i).text(), new ArrayList<>(articleIds)));
        }
        return story.withRepeatedParagraphs(groups);
    }
}
