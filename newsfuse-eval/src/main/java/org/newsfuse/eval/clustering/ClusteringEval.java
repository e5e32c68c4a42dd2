package org.newsfuse.eval.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.cluster.Embedder;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.engine.Engine;
import org.newsfuse.model.Article;

/** Runs the clusterer on a labelled corpus and scores one level (events or topics) against gold. */
final class ClusteringEval {
    private ClusteringEval() {
    }

    /** Scores of one run. */
    record Row(String corpus, String level, String setting, int docs, int goldClusters, int predicted,
            B3.Score b3, B3.Score pairwise, double seconds) {
    }

    enum Level { EVENT, TOPIC }

    /** The clusterer alone on ready-made documents (no article stages, no names). */
    static Row run(LabeledCorpus c, StoryClusterer.Options o, Embedder embedder, Level level, String setting) {
        long t0 = System.nanoTime();
        StoryClusterer.Result r = new StoryClusterer(o, o.embeddingWeight() > 0 ? embedder : null).cluster(c.documents());
        double secs = (System.nanoTime() - t0) / 1e9;
        int[] labels = level == Level.EVENT ? r.event() : r.topic();
        List<Integer> pred = Arrays.stream(labels).boxed().toList();
        return new Row(c.name(), level.name().toLowerCase(Locale.ROOT), setting, c.size(),
                (int) c.gold().stream().distinct().count(), Arrays.stream(labels).max().orElse(-1) + 1,
                B3.b3(c.gold(), pred), B3.pairwise(c.gold(), pred), secs);
    }

    /** What the product path predicted: story and topic per input name. */
    record Prediction(Map<String, Integer> story, Map<String, Integer> topic, double seconds) {
    }

    /**
     * The product path: copies merged, names from the entities stage's finder, events and topics;
     * a merged copy gets its article's story.
     */
    static Prediction predict(ArticleCorpus c, StoryClusterer.Options o, Embedder embedder) {
        long t0 = System.nanoTime();
        ArticleClusterer ac = new ArticleClusterer(new StoryClusterer(o, o.embeddingWeight() > 0 ? embedder : null),
                new DocumentDedup(DocumentDedup.Method.MINHASH, DocumentDedup.THRESHOLD), Engine::names);
        ArticleClusterer.Grouping g = ac.group(c.articles());
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> story = new HashMap<>();
        Map<String, Integer> topic = new HashMap<>();
        for (int s = 0; s < g.stories().size(); s++) {
            for (Article a : g.stories().get(s)) {
                for (String in : a.inputs()) {
                    story.put(in, s);
                    topic.put(in, g.topicOfStory().get(s));
                }
            }
        }
        return new Prediction(story, topic, secs);
    }

    static Row score(ArticleCorpus c, Prediction p, Level level, String setting) {
        List<String> gold = new ArrayList<>();
        List<Integer> pred = new ArrayList<>();
        Map<String, Integer> labels = level == Level.EVENT ? p.story() : p.topic();
        for (String in : c.gold().keySet().stream().sorted().toList()) {
            gold.add(c.gold().get(in));
            pred.add(labels.get(in));
        }
        return new Row(c.name(), level == Level.EVENT ? "story" : "topic", setting, gold.size(),
                (int) gold.stream().distinct().count(), (int) pred.stream().distinct().count(), B3.b3(gold, pred),
                B3.pairwise(gold, pred), p.seconds());
    }

    /**
     * The distractor check: stories that mix source groups (a DUC cluster with a scrapinghub page
     * or a seed, a page with a seed), stories that mix two DUC clusters, and how many stories the
     * seeds fill.
     */
    record Purity(int mixedGroups, int mixedClusters, int seedStories, int seedStoryOthers, int stories) {
    }

    static Purity purity(ArticleCorpus c, Prediction p) {
        Map<Integer, Set<String>> groups = new HashMap<>();
        Map<Integer, Set<String>> ducClusters = new HashMap<>();
        Map<Integer, Set<String>> golds = new HashMap<>();
        for (Map.Entry<String, Integer> e : p.story().entrySet()) {
            String in = e.getKey();
            String group = c.group().get(in);
            if (group == null) {
                continue;
            }
            groups.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(group);
            golds.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(c.gold().get(in));
            if (group.equals("duc")) {
                ducClusters.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(c.gold().get(in));
            }
        }
        int mixed = 0;
        for (Set<String> g : groups.values()) {
            if (g.size() > 1) {
                mixed++;
            }
        }
        int mixedDuc = 0;
        for (Set<String> g : ducClusters.values()) {
            if (g.size() > 1) {
                mixedDuc++;
            }
        }
        Set<Integer> seedStories = new HashSet<>();
        for (Map.Entry<String, Integer> e : p.story().entrySet()) {
            if ("seeds".equals(c.group().get(e.getKey()))) {
                seedStories.add(e.getValue());
            }
        }
        int others = 0;
        for (int s : seedStories) {
            others += golds.get(s).size() - 1;
        }
        return new Purity(mixed, mixedDuc, seedStories.size(), others, groups.size());
    }

    /**
     * The predicted clusters that hold more than one gold label, each as "cluster {gold=count, ...}"
     * in cluster order (the --mixes listing of the --cache loop): which gold groups a run merges.
     */
    static List<String> mixes(Map<String, String> gold, Map<String, Integer> predicted) {
        Map<Integer, java.util.TreeMap<String, Integer>> by = new java.util.TreeMap<>();
        gold.forEach((in, g) -> {
            Integer c = predicted.get(in);
            if (c != null) {
                by.computeIfAbsent(c, x -> new java.util.TreeMap<>()).merge(g, 1, Integer::sum);
            }
        });
        List<String> out = new ArrayList<>();
        by.forEach((c, m) -> {
            if (m.size() > 1) {
                out.add(c + " " + m);
            }
        });
        return out;
    }
}
