package org.newsfuse.eval.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.engine.Engine;
import org.newsfuse.model.Article;
import org.newsfuse.store.IncrementalGrouping;

/**
 * The clustering step of {@code newsfuse ingest}, replayed in memory on a labelled corpus: the
 * documents arrive in date order (corpus order when undated) in chunks; each chunk is clustered
 * with the articles of the live stories ({@link IncrementalGrouping#liveSince}: the window before
 * the chunk's earliest date; every story when nothing is dated), older stored articles filling the
 * set up to {@link IncrementalGrouping#MIN_CLUSTERED} as the ingest does, and {@link IncrementalGrouping}
 * turns that into grown, new and merged stories, exactly as the store's ingest does.
 */
final class IncrementalEval {
    private IncrementalEval() {
    }

    static ClusteringEval.Row run(LabeledCorpus c, StoryClusterer.Options o, int chunk, String setting) {
        long t0 = System.nanoTime();
        int n = c.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            LocalDate x = c.documents().get(a).date();
            LocalDate y = c.documents().get(b).date();
            if (x == null || y == null) {
                return x == null && y == null ? Integer.compare(a, b) : x == null ? -1 : 1;
            }
            return x.equals(y) ? Integer.compare(a, b) : x.compareTo(y);
        });
        String[] storyOf = new String[n];
        Map<String, LocalDate> last = new HashMap<>();
        Map<String, Long> storyOrder = new HashMap<>();
        List<Integer> stored = new ArrayList<>();
        long[] nextStory = {0};
        ArticleClusterer clusterer = new ArticleClusterer(new StoryClusterer(o), null, Engine::names);
        for (int from = 0; from < n; from += chunk) {
            List<Integer> fresh = Arrays.asList(order).subList(from, Math.min(n, from + chunk));
            List<LocalDate> dates = fresh.stream().map(i -> c.documents().get(i).date()).toList();
            LocalDate latest = last.values().stream().filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
            LocalDate since = IncrementalGrouping.liveSince(dates, latest, o.windowDays());
            List<Integer> live = new ArrayList<>();
            List<Integer> quiet = new ArrayList<>();
            for (int i : stored) {
                LocalDate l = last.get(storyOf[i]);
                if (since == null || l == null || !l.isBefore(since)) {
                    live.add(i);
                } else if (c.documents().get(i).date() != null) {
                    quiet.add(i);
                }
            }
            List<Article> background = new ArrayList<>();
            int room = IncrementalGrouping.MIN_CLUSTERED - live.size() - fresh.size();
            for (int k = quiet.size() - 1; k >= 0 && background.size() < room; k--) { // most recently stored first
                background.add(article(c, quiet.get(k)));
            }
            List<Article> liveArticles = new ArrayList<>();
            List<String> liveStories = new ArrayList<>();
            for (int i : live) {
                liveArticles.add(article(c, i));
                liveStories.add(storyOf[i]);
            }
            List<Article> added = new ArrayList<>();
            fresh.forEach(i -> added.add(article(c, i)));
            IncrementalGrouping.Plan plan = IncrementalGrouping.assign(liveArticles, liveStories, added, background, storyOrder, clusterer);
            List<Integer> members = new ArrayList<>(live);
            members.addAll(fresh);
            for (IncrementalGrouping.Group g : plan.groups()) {
                String id = g.story();
                if (id == null) {
                    id = "s" + (++nextStory[0]);
                    storyOrder.put(id, nextStory[0]);
                }
                LocalDate max = null;
                for (int m : g.members()) {
                    int doc = members.get(m);
                    storyOf[doc] = id;
                    LocalDate d = c.documents().get(doc).date();
                    max = d == null || (max != null && !d.isAfter(max)) ? max : d;
                }
                if (g.changed()) {
                    last.put(id, max);
                }
            }
            plan.merges().keySet().forEach(last::remove);
            stored.addAll(fresh);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> pred = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pred.add(ids.computeIfAbsent(storyOf[i], k -> ids.size()));
        }
        return new ClusteringEval.Row(c.name(), "event", setting, n, (int) c.gold().stream().distinct().count(), ids.size(),
                B3.b3(c.gold(), pred), B3.pairwise(c.gold(), pred), secs);
    }

    private static Article article(LabeledCorpus c, int i) {
        ClusterDocument d = c.documents().get(i);
        return new Article("d" + i, c.names().get(i), null, null, null, d.title(), null, d.date(), null, null, d.text(),
                null, null, null, null);
    }
}
