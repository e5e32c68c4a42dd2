package org.newsfuse.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Pipeline;
import org.newsfuse.report.HtmlReport;
import org.newsfuse.report.MarkdownReport;
import org.newsfuse.report.StoryJson;

/**
 * Adds documents to a store, a batch per transaction: the article stages run on the documents not
 * stored yet; each new article is checked against the stored articles (same URL, same clean-text
 * hash, MinHash near-duplicate — {@link CopyFinder}) and a copy is recorded on the article it
 * copies; the other articles are clustered together with the live stored stories and
 * {@link IncrementalGrouping} turns that into new, grown, merged stories with their ids kept; the
 * story stages run again on the stories that changed, and everything is written in one
 * transaction.
 */
public final class Ingester {
    private final EngineOptions options;
    private final Pipeline pipeline;
    private final StoryStore store;
    private final String version;
    private final int batchSize;

    /**
     * Counts of an ingest.
     *
     * @param newArticles   articles stored
     * @param copies        inputs stored as copies of an article
     * @param created       stories created
     * @param updated       stories that existed before and changed
     * @param merged        stories merged into another (their ids now resolve to it)
     * @param alreadyStored inputs skipped because the same input with the same content is stored
     * @param failed        inputs no article could be made of
     */
    public record Outcome(int newArticles, int copies, int created, int updated, int merged, int alreadyStored,
            int failed) {
        /**
         * The one-line result: {@code N new, N copies, N stories created, N updated}, then in brackets
         * the stories merged into others and the inputs already stored, when there are any.
         */
        public String line() {
            List<String> extra = new ArrayList<>();
            if (merged > 0) {
                extra.add(merged + (merged == 1 ? " story" : " stories") + " merged into another");
            }
            if (alreadyStored > 0) {
                extra.add(alreadyStored + " already stored");
            }
            return newArticles + " new, " + copies + (copies == 1 ? " copy, " : " copies, ") + created
                    + (created == 1 ? " story" : " stories") + " created, " + updated + " updated"
                    + (extra.isEmpty() ? "" : " (" + String.join(", ", extra) + ")");
        }
    }

    /** Told after every committed batch. */
    public interface Listener {
        /**
         * @param inputs   the inputs this batch stored (as articles or copies)
         * @param done     documents handled so far (stored, skipped or failed)
         * @param soFar    counts so far, committed only
         */
        void committed(List<String> inputs, int done, Outcome soFar);
    }

    public Ingester(Engine engine, EngineOptions options, StoryStore store, String version, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1");
        }
        this.options = options;
        this.pipeline = engine.pipeline();
        this.store = store;
        this.version = version;
        this.batchSize = batchSize;
    }

    private record BatchOutcome(List<String> inputs, int newArticles, int copies, Set<String> created,
            Set<String> updated, Set<String> merged, int already, int failed) {
    }

    /** Ingests the documents in order, a transaction per batch; errors of single documents go to {@code errors}. */
    public Outcome ingest(List<RawDocument> docs, Consumer<DocumentError> errors, Listener listener) {
        int added = 0;
        int copies = 0;
        int already = 0;
        int failed = 0;
        Set<String> created = new LinkedHashSet<>();
        Set<String> updated = new LinkedHashSet<>();
        Set<String> merged = new LinkedHashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "newsfuse-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < docs.size(); from += batchSize) {
                List<RawDocument> batch = docs.subList(from, Math.min(docs.size(), from + batchSize));
                BatchOutcome b = store.write(tx -> batch(tx, batch, errors, pool));
                added += b.newArticles();
                copies += b.copies();
                already += b.already();
                failed += b.failed();
                created.addAll(b.created());
                merged.addAll(b.merged());
                created.removeAll(b.merged());
                updated.removeAll(b.merged());
                for (String s : b.updated()) {
                    if (!created.contains(s)) {
                        updated.add(s);
                    }
                }
                if (listener != null) {
                    listener.committed(b.inputs(), from + batch.size(),
                            new Outcome(added, copies, created.size(), updated.size(), merged.size(), already, failed));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(added, copies, created.size(), updated.size(), merged.size(), already, failed);
    }

    private BatchOutcome batch(StoryStore.Transaction tx, List<RawDocument> docs, Consumer<DocumentError> errors,
            ExecutorService pool) {
        // 1. documents already stored (same input, same content) are skipped: ingesting twice adds nothing
        List<RawDocument> fresh = new ArrayList<>();
        Map<String, String> rawHash = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int already = 0;
        for (RawDocument d : docs) {
            String h = sha256(d.content());
            if (!seen.add(d.input() + "\u0000" + h) || tx.hasInput(d.input(), h)) {
                already++;
                continue;
            }
            rawHash.put(d.input(), h);
            fresh.add(d);
        }
        // 2. the article stages, on the new documents only
        List<Article> processed = articleStages(fresh, errors, pool);
        int failed = fresh.size() - processed.size();
        // 3. copies of stored articles or of earlier new ones
        CopyFinder copies = new CopyFinder(tx);
        List<Article> added = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        List<String> inputs = new ArrayList<>();
        List<Runnable> copyWrites = new ArrayList<>();
        Map<String, CopyFinder.Signature> signatures = new HashMap<>();
        int copyCount = 0;
        for (Article a : processed) {
            CopyFinder.Signature sig = copies.signature(a);
            CopyFinder.Match m = copies.find(a, sig);
            String id = tx.newArticleId();
            Article withId = withId(a, id);
            inputs.add(a.input());
            if (m != null) {
                copyCount++;
                String hash = rawHash.get(a.input());
                copyWrites.add(() -> tx.addCopy(id, m.article(), withId, hash, m.similarity(), m.reason()));
                Article target = findAdded(added, m.article());
                if (target != null) {
                    added.set(added.indexOf(target), CopyFinder.withCopy(target, withId, m.similarity()));
                } else {
                    touched.add(tx.storyOf(m.article()));
                }
                continue;
            }
            copies.remember(withId, sig);
            signatures.put(id, sig);
            added.add(withId);
        }
        // 4. cluster the new articles with the live stories; keep the ids
        Set<String> created = new LinkedHashSet<>();
        Map<String, List<String>> membersOf = new LinkedHashMap<>();
        Map<String, String> topicOf = new LinkedHashMap<>();
        Map<String, String> merges = Map.of();
        if (!added.isEmpty()) {
            int window = options.clustering().options().windowDays();
            LocalDate since = IncrementalGrouping.liveSince(added.stream().map(Article::published).toList(),
                    tx.latestDate(), window);
            List<StoryStore.LiveArticle> live = tx.liveArticles(since);
            List<Article> all = new ArrayList<>(live.size() + added.size());
            List<String> storyOfLive = new ArrayList<>();
            Map<String, Long> order = new HashMap<>();
            for (StoryStore.LiveArticle l : live) {
                all.add(light(l));
                storyOfLive.add(l.story());
                storyOf.put(l.id(), l.story());
                order.computeIfAbsent(l.story(), tx::storyOrder);
            }
            List<Article> liveArticles = new ArrayList<>(all);
            List<Article> background = new ArrayList<>();
            int room = IncrementalGrouping.MIN_CLUSTERED - live.size() - added.size();
            if (since != null && room > 0) {
                for (StoryStore.LiveArticle l : tx.quietArticles(since, room)) {
                    background.add(light(l));
                }
            }
            all.addAll(added);
            ArticleClusterer clusterer = new ArticleClusterer(new StoryClusterer(options.clustering().options()), null,
                    Engine::names);
            IncrementalGrouping.Plan plan = IncrementalGrouping.assign(liveArticles, storyOfLive, added, background, order, clusterer);
            merges = plan.merges();
            Map<Integer, List<String>> topicStories = new LinkedHashMap<>();
            for (IncrementalGrouping.Group gr : plan.groups()) {
                String id = gr.story();
                if (id == null) {
                    id = tx.newStory();
                    created.add(id);
                    order.put(id, tx.storyOrder(id));
                }
                List<String> ids = new ArrayList<>();
                for (int m : gr.members()) {
                    ids.add(all.get(m).id());
                }
                if (gr.changed()) {
                    membersOf.put(id, ids);
                }
                for (String a : ids) {
                    storyOf.put(a, id);
                }
                topicStories.computeIfAbsent(gr.topic(), t -> new ArrayList<>()).add(id);
            }
            for (List<String> ss : topicStories.values()) {
                String topic = "t" + ss.stream().mapToLong(order::get).min().orElseThrow();
                ss.forEach(s -> topicOf.put(s, topic));
            }
        }
        // 5. write the articles, their copies, the moves and the merges
        for (Article a : added) {
            CopyFinder.Signature sig = signatures.get(a.id());
            tx.addArticle(a, storyOf.get(a.id()), sha256(a.text() == null ? "" : a.text()), rawHash.get(a.input()),
                    sig == null ? null : sig.minHash(), sig == null ? null : sig.bandKeys());
        }
        copyWrites.forEach(Runnable::run);
        Set<String> addedIds = new HashSet<>();
        added.forEach(a -> addedIds.add(a.id()));
        for (Map.Entry<String, List<String>> e : membersOf.entrySet()) {
            for (String a : e.getValue()) {
                if (!addedIds.contains(a)) {
                    tx.moveArticle(a, e.getKey());
                }
            }
        }
        for (Map.Entry<String, String> m : merges.entrySet()) {
            tx.mergeStory(m.getKey(), m.getValue());
        }
        // 6. the story stages, on the changed stories only
        Set<String> changed = new LinkedHashSet<>(membersOf.keySet());
        for (String s : touched) {
            changed.add(merges.getOrDefault(s, s));
        }
        Map<String, Article> inMemory = new HashMap<>();
        added.forEach(a -> inMemory.put(a.id(), a));
        // the store is read and written on this thread only; the story stages and the reports (pure per
        // story, as in a run) go to the pool, and the stories are saved in their order
        List<Future<StoryStore.StoryResult>> results = new ArrayList<>();
        for (String s : changed) {
            List<String> ids = membersOf.containsKey(s) ? membersOf.get(s) : tx.storyArticles(s);
            List<Article> arts = new ArrayList<>();
            for (String id : ids) {
                Article a = inMemory.get(id);
                arts.add(a != null ? a : tx.load(id));
            }
            arts.sort((x, y) -> Long.compare(number(x.id()), number(y.id())));
            String topic = topicOf.get(s);
            Story story = Story.of(s, arts);
            results.add(pool.submit(() -> render(pipeline.processStory(story, errors), topic)));
        }
        for (Future<StoryStore.StoryResult> r : results) {
            tx.saveStory(get(r));
        }
        topicOf.forEach(tx::setTopic);
        Set<String> updated = new LinkedHashSet<>(changed);
        updated.removeAll(created);
        if (!inputs.isEmpty()) { // a batch that stored nothing leaves no trace: re-ingesting changes nothing
            tx.logIngest(String.join("\n", inputs), added.size(), copyCount, created.size(), updated.size());
        }
        return new BatchOutcome(inputs, added.size(), copyCount, created, updated, merges.keySet(), already, failed);
    }

    /** A stored article as the clusterer needs it: metadata and text. */
    private static Article light(StoryStore.LiveArticle l) {
        return new Article(l.id(), l.input(), null, l.url(), l.outlet(), l.title(), null, l.published(), null, null,
                l.text(), null, null, null, null);
    }

    private StoryStore.StoryResult render(Story story, String topic) {
        return new StoryStore.StoryResult(story, topic, StoryJson.write(story, version), MarkdownReport.write(story),
                HtmlReport.write(story, version));
    }

    private List<Article> articleStages(List<RawDocument> docs, Consumer<DocumentError> errors, ExecutorService pool) {
        List<Future<Article>> futures = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Article a = Article.of("n" + (i + 1), docs.get(i));
            futures.add(pool.submit(() -> pipeline.processArticle(a, errors)));
        }
        List<Article> out = new ArrayList<>();
        for (Future<Article> f : futures) {
            Article a = get(f);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a stage failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    private static Article findAdded(List<Article> added, String id) {
        for (Article a : added) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    static Article withId(Article a, String id) {
        return new Article(id, a.input(), a.raw(), a.url(), a.outlet(), a.title(), a.byline(), a.published(),
                a.dateline(), a.language(), a.text(), a.paragraphs(), a.sentences(), a.removed(), a.annotations(),
                a.duplicates());
    }

    /** The number in an id ({@code a17} → 17). */
    public static long number(String id) {
        return Long.parseLong(id.substring(1));
    }

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
