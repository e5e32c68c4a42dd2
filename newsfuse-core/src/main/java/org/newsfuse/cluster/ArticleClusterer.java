package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.model.Article;
import org.newsfuse.model.Duplicate;

/**
 * Articles in, stories out: syndicated copies merged into one article each, then the articles
 * grouped into events (stories) and the events into topics.
 */
public final class ArticleClusterer {
    private final StoryClusterer clusterer;
    private final DocumentDedup dedup;
    private final Function<Article, List<String>> names;

    /**
     * @param clusterer the event and topic clusterer
     * @param dedup     how copies are found, or null to keep every copy
     * @param names     names of people, organisations and places an entities stage found in an
     *                  article (return an empty list when there is none)
     */
    public ArticleClusterer(StoryClusterer clusterer, DocumentDedup dedup, Function<Article, List<String>> names) {
        this.clusterer = clusterer;
        this.dedup = dedup;
        this.names = names == null ? a -> List.of() : names;
    }

    /**
     * Stories and topics.
     *
     * @param stories      each story's articles, in input order; the biggest story first (then by first article)
     * @param topicOfStory for each story, its topic number (0, 1, ... by first story)
     * @param articles     the articles after merging copies, in input order
     */
    public record Grouping(List<List<Article>> stories, List<Integer> topicOfStory, List<Article> articles) {
    }

    /** Merges near-copies: each group becomes its fullest article, listing the others as duplicates. */
    public List<Article> mergeDuplicates(List<Article> articles) {
        if (dedup == null || articles.size() < 2) {
            return articles;
        }
        List<String> texts = new ArrayList<>(articles.size());
        for (Article a : articles) {
            texts.add(a.text() == null ? "" : a.text());
        }
        DocumentDedup.Result r = dedup.find(texts);
        Map<Integer, Double> sim = new HashMap<>();
        for (DocumentDedup.Pair p : r.pairs()) {
            sim.merge(p.copy(), p.similarity(), Math::max);
            sim.merge(p.of(), p.similarity(), Math::max);
        }
        Map<Integer, List<Duplicate>> dups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            int rep = r.representative()[i];
            if (rep != i) {
                Article a = articles.get(i);
                dups.computeIfAbsent(rep, k -> new ArrayList<>()).add(new Duplicate(a.id(), a.input(), a.outlet(), a.url(),
                        a.published(), sim.getOrDefault(i, 0.0)));
                dups.get(rep).addAll(a.duplicates());
            }
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (r.representative()[i] != i) {
                continue;
            }
            Article a = articles.get(i);
            List<Duplicate> d = dups.get(i);
            if (d != null) {
                List<Duplicate> all = new ArrayList<>(a.duplicates());
                all.addAll(d);
                all.sort(Comparator.comparing(x -> Integer.parseInt(x.id().replaceAll("\\D", "0"))));
                a = a.toBuilder().duplicates(all).build();
            }
            out.add(a);
        }
        return out;
    }

    /** The event and topic clusterer. */
    public StoryClusterer clusterer() {
        return clusterer;
    }

    public Grouping group(List<Article> input) {
        List<Article> articles = mergeDuplicates(input);
        List<ClusterDocument> docs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            docs.add(document(a));
        }
        StoryClusterer.Result r = clusterer.cluster(docs);
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            members.computeIfAbsent(r.event()[i], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(members.values());
        groups.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparingInt(g -> g.get(0)));
        List<List<Article>> stories = new ArrayList<>();
        List<Integer> topicOf = new ArrayList<>();
        Map<Integer, Integer> topicIds = new HashMap<>();
        for (List<Integer> g : groups) {
            List<Article> s = new ArrayList<>();
            for (int i : g) {
                s.add(articles.get(i));
            }
            stories.add(s);
            topicOf.add(topicIds.computeIfAbsent(r.topic()[g.get(0)], k -> topicIds.size()));
        }
        return new Grouping(stories, topicOf, articles);
    }

    /** What the clusterer sees of an article. */
    public ClusterDocument document(Article a) {
        return new ClusterDocument(a.title(), a.text(), a.published(), names.apply(a), source(a));
    }

    /** The site an article came from: its URL's host (without "www."), else its outlet, else null. */
    static String source(Article a) {
        if (a.url() != null) {
            try {
                String host = java.net.URI.create(a.url().strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall back to the outlet
            }
        }
        return a.outlet();
    }
}
