package org.newsfuse.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.model.Article;

/**
 * Keeps story ids while the clusterer regroups: the new articles are clustered together with every
 * article of the live stored stories, and this turns that grouping into changes of the stored
 * stories. Each stored story has a home: the group holding most of its articles (on a tie, the
 * group of its oldest article). A group takes the id of the oldest story at home in it; the other
 * stories at home there are merged into it (their ids resolve to it from then on); a group where no
 * story is at home is a new story. Articles move with their group, so the stored stories end up
 * exactly as the clusterer grouped them, while every id that existed still finds its story.
 */
public final class IncrementalGrouping {
    private IncrementalGrouping() {
    }

    /**
     * One group's outcome.
     *
     * @param story   the stored story it continues, or null for a new story
     * @param members indexes of its members
     * @param topic   its topic number in the clustering
     * @param changed whether its membership differs from the stored story's (always true when new)
     */
    public record Group(String story, List<Integer> members, int topic, boolean changed) {
    }

    /**
     * The plan.
     *
     * @param groups the groups, in the clusterer's order
     * @param merges old story id → the story id it was merged into
     */
    public record Plan(List<Group> groups, Map<String, String> merges) {
    }

    /**
     * @param storyOfMember for each member, its stored story, or null for a new article
     * @param storyOrder    creation order of each stored story (smaller is older)
     * @param groupOfMember for each member, its group number from the clusterer (0..k-1)
     * @param topicOfGroup  for each group, its topic number
     */
    public static Plan reconcile(List<String> storyOfMember, Map<String, Long> storyOrder, int[] groupOfMember,
            int[] topicOfGroup) {
        int k = topicOfGroup.length;
        Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> firstGroup = new HashMap<>();
        for (int m = 0; m < storyOfMember.size(); m++) {
            String s = storyOfMember.get(m);
            if (s != null) {
                counts.computeIfAbsent(s, x -> new HashMap<>()).merge(groupOfMember[m], 1, Integer::sum);
                firstGroup.putIfAbsent(s, groupOfMember[m]);
            }
        }
        List<List<String>> homed = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            homed.add(new ArrayList<>());
        }
        for (Map.Entry<String, Map<Integer, Integer>> e : counts.entrySet()) {
            int first = firstGroup.get(e.getKey());
            int home = first;
            int best = e.getValue().get(first);
            for (Map.Entry<Integer, Integer> c : e.getValue().entrySet()) {
                boolean tieWins = c.getValue() == best && home != first && c.getKey() < home;
                if (c.getValue() > best || tieWins) {
                    best = c.getValue();
                    home = c.getKey();
                }
            }
            homed.get(home).add(e.getKey());
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            members.add(new ArrayList<>());
        }
        for (int m = 0; m < groupOfMember.length; m++) {
            members.get(groupOfMember[m]).add(m);
        }
        Map<String, String> merges = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            List<String> h = homed.get(g);
            h.sort((a, b) -> Long.compare(storyOrder.get(a), storyOrder.get(b)));
            String story = h.isEmpty() ? null : h.get(0);
            for (int i = 1; i < h.size(); i++) {
                merges.put(h.get(i), story);
            }
            boolean changed = story == null || h.size() > 1;
            if (!changed) {
                Set<Integer> before = new HashSet<>();
                for (int m = 0; m < storyOfMember.size(); m++) {
                    if (story.equals(storyOfMember.get(m))) {
                        before.add(m);
                    }
                }
                changed = !before.equals(new HashSet<>(members.get(g)));
            }
            if (!members.get(g).isEmpty()) {
                groups.add(new Group(story, members.get(g), topicOfGroup[g], changed));
            }
        }
        return new Plan(groups, merges);
    }

    /**
     * Documents a clustering should see at least. The clusterer weighs terms by their rarity among
     * the documents it is given (IDF); among a few hundred, an event's own names barely outweigh
     * common words and events split. Older stored articles fill the set up to this size: they lie
     * outside the time window of every new article, so they only steady the weights.
     */
    public static final int MIN_CLUSTERED = 2000;

    /**
     * Clusters the live stored articles together with the new ones and plans the changes.
     *
     * @param live        the articles of the live stored stories
     * @param storyOfLive the story of each of them
     * @param added       the new articles
     * @param background  older (quiet) stored articles that only weigh terms: never moved, never counted
     * @param storyOrder  creation order of each stored story
     * @return the plan; member {@code i} is {@code live[i]} for {@code i < live.size()}, then the new articles in order
     */
    public static Plan assign(List<Article> live, List<String> storyOfLive, List<Article> added, List<Article> background,
            Map<String, Long> storyOrder, ArticleClusterer clusterer) {
        List<Article> all = new ArrayList<>(live.size() + added.size() + background.size());
        all.addAll(live);
        all.addAll(added);
        int members = all.size();
        all.addAll(background);
        List<String> storyOfMember = new ArrayList<>(storyOfLive);
        added.forEach(a -> storyOfMember.add(null));
        ArticleClusterer.Grouping g = clusterer.group(all);
        Map<Article, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        int[] groupOf = new int[members];
        int[] topicOfGroup = new int[g.stories().size()];
        for (int s = 0; s < g.stories().size(); s++) {
            for (Article a : g.stories().get(s)) {
                int i = index.get(a);
                if (i < members) {
                    groupOf[i] = s;
                }
            }
            topicOfGroup[s] = g.topicOfStory().get(s);
        }
        return reconcile(storyOfMember, storyOrder, groupOf, topicOfGroup);
    }

    /**
     * The earliest publication date whose stories are still live for new articles: the window
     * before the earliest dated new article, or before the latest stored date when no new article
     * is dated; null (every story) when nothing is dated.
     */
    public static LocalDate liveSince(List<LocalDate> newDates, LocalDate latestStored, int windowDays) {
        LocalDate min = newDates.stream().filter(Objects::nonNull).min(LocalDate::compareTo).orElse(latestStored);
        return min == null ? null : min.minusDays(windowDays);
    }
}
