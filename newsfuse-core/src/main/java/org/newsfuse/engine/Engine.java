package org.newsfuse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.Map;
import java.util.TreeMap;
import org.newsfuse.clean.CleanStage;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.compare.CompareStage;
import org.newsfuse.dedup.ParagraphDedupStage;
import org.newsfuse.dedup.RepeatedParagraphsStage;
import org.newsfuse.entities.EntitiesStage;
import org.newsfuse.entities.Mention;
import org.newsfuse.entities.MentionFinder;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.Story;
import org.newsfuse.nlp.NlpStage;
import org.newsfuse.nlp.TokenCap;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Pipeline;
import org.newsfuse.pipeline.StageTimes;
import org.newsfuse.quotes.QuotesStage;
import org.newsfuse.quotes.SpeechVerbs;
import org.newsfuse.summarize.SummarizeStage;
import org.newsfuse.summarize.Summarizer;

/** Runs the standard pipeline over raw documents. */
public final class Engine {
    private final EngineOptions options;
    private final Pipeline pipeline;
    private final StageTimes phases = new StageTimes();

    public Engine(EngineOptions options) {
        this.options = options;
        this.pipeline = standardPipeline(options);
    }

    /**
     * The stages in order: clean → dedup paragraphs → nlp | repeated paragraphs → entities → quotes →
     * summarize → compare; each document's article stages within {@code options.limits().docTimeout()}.
     * Sets the process-wide token-length cap ({@link TokenCap}) from the options' limits.
     */
    public static Pipeline standardPipeline(EngineOptions options) {
        TokenCap.setCap(options.limits().maxTokenChars());
        return new Pipeline(
                List.of(new CleanStage(), new ParagraphDedupStage(), new NlpStage()),
                List.of(new RepeatedParagraphsStage(), new EntitiesStage(SpeechVerbs.get()), new QuotesStage(),
                        new SummarizeStage(new Summarizer.Options(options.summaryWords())), new CompareStage()),
                options.limits().docTimeout());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Wall-clock time of each phase of the runs so far: {@value #ARTICLE_PHASE}, {@value #CLUSTER_PHASE}, {@value #STORY_PHASE}. */
    public StageTimes phases() {
        return phases;
    }

    /** Phase names in {@link #phases()} (reading overlaps the article stages: documents stream in). */
    public static final String ARTICLE_PHASE = "read + article stages", STORY_PHASE = "story stages";

    /**
     * What a run produced: its stories, every article that went through (syndicated copies merged
     * into the article they copy), every problem met, and the topics that group related stories.
     */
    public record Result(List<Story> stories, List<Article> articles, List<DocumentError> errors, List<Topic> topics) {
        public Result(List<Story> stories, List<Article> articles, List<DocumentError> errors) {
            this(stories, articles, errors, List.of());
        }
    }

    /**
     * A group of related stories (several events of one broader subject).
     *
     * @param name what its stories share: their most common names ({@link TopicNames})
     */
    public record Topic(String id, List<String> stories, String name) {
        public Topic(String id, List<String> stories) {
            this(id, stories, null);
        }
    }

    /** Where a run's raw documents come from: each is handed to the sink, in input order, as it is read. */
    @FunctionalInterface
    public interface Documents {
        void forEach(Consumer<RawDocument> sink);
    }

    /**
     * Processes raw documents into articles (ids {@code a1}, {@code a2}, ... in input order), merges
     * syndicated copies, then groups the articles into stories ({@code s1}, {@code s2}, ..., the
     * biggest first) and runs the story stages on each; without clustering, into one story.
     *
     * @param progress called with the number of documents done so far (may be null)
     */
    public Result run(List<RawDocument> docs, Consumer<DocumentError> errors, IntConsumer progress) {
        return run(docs::forEach, errors, progress, null);
    }

    /**
     * As {@link #run(List, Consumer, IntConsumer)}, also telling {@code storyProgress} how many
     * stories are done out of how many, after each story's stages (may be null).
     */
    public Result run(List<RawDocument> docs, Consumer<DocumentError> errors, IntConsumer progress,
            BiConsumer<Integer, Integer> storyProgress) {
        return run(docs::forEach, errors, progress, storyProgress);
    }

    /** {@link #run(Documents, Consumer, IntConsumer, BiConsumer)} without story progress. */
    public Result run(Documents docs, Consumer<DocumentError> errors, IntConsumer progress) {
        return run(docs, errors, progress, null);
    }

    /**
     * {@link #run(List, Consumer, IntConsumer)} over documents streamed from a source: each is
     * handed to the article stages as it is read (at most a few per thread wait), and its raw
     * content is let go once it is cleaned, so the heap holds the articles, not every input's
     * markup. The story stages then run on the threads too, the biggest stories first. Each
     * document's problems are reported in input order.
     */
    public Result run(Documents docs, Consumer<DocumentError> errors, IntConsumer progress,
            BiConsumer<Integer, Integer> storyProgress) {
        List<DocumentError> seen = new ArrayList<>();
        Consumer<DocumentError> sink = e -> {
            synchronized (seen) {
                seen.add(e);
            }
            if (errors != null) {
                errors.accept(e);
            }
        };
        ExecutorService pool = options.threads() == 1 ? null : Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "newsfuse-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(docs, sink, seen, progress, storyProgress, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private Result run(Documents docs, Consumer<DocumentError> sink, List<DocumentError> seen, IntConsumer progress,
            BiConsumer<Integer, Integer> storyProgress, ExecutorService pool) {
        long t0 = System.nanoTime();
        List<Article> articles = processArticles(docs, sink, progress, pool);
        phases.add(ARTICLE_PHASE, 1, System.nanoTime() - t0, 0);
        List<Topic> topics = new ArrayList<>();
        if (articles.isEmpty()) {
            return new Result(new ArrayList<>(), articles, seen, topics);
        }
        ClusterSettings cs = options.clustering();
        ArticleClusterer clusterer = articleClusterer(cs);
        StageTimes.Timer t = pipeline.times().start(CLUSTER_PHASE);
        long c0 = System.nanoTime();
        if (!cs.cluster()) {
            articles = clusterer.mergeDuplicates(articles);
            t.stop();
            phases.add(CLUSTER_PHASE, 1, System.nanoTime() - c0, 0);
            List<Story> stories = processStories(List.of(Story.of("s1", articles)), sink, pool, storyProgress);
            topics.add(new Topic("t1", List.of("s1"), TopicNames.name(stories)));
            return new Result(stories, articles, seen, topics);
        }
        ArticleClusterer.Grouping g = clusterer.group(articles);
        t.stop();
        phases.add(CLUSTER_PHASE, 1, System.nanoTime() - c0, 0);
        List<Story> fresh = new ArrayList<>();
        Map<Integer, List<String>> byTopic = new TreeMap<>();
        for (int i = 0; i < g.stories().size(); i++) {
            String id = "s" + (i + 1);
            fresh.add(Story.of(id, g.stories().get(i)));
            byTopic.computeIfAbsent(g.topicOfStory().get(i), k -> new ArrayList<>()).add(id);
        }
        List<Story> stories = processStories(fresh, sink, pool, storyProgress);
        Map<String, Story> byId = new java.util.HashMap<>();
        stories.forEach(s -> byId.put(s.id(), s));
        for (List<String> ids : byTopic.values()) {
            topics.add(new Topic("t" + (topics.size() + 1), ids, TopicNames.name(ids.stream().map(byId::get).toList())));
        }
        return new Result(stories, g.articles(), seen, topics);
    }

    /** The name under which merging copies and clustering are timed in {@link Pipeline#times()}. */
    public static final String CLUSTER_PHASE = "copies+clustering";

    /** Runs the story stages on every story, on the pool when there is one; the stories in the order given. */
    private List<Story> processStories(List<Story> stories, Consumer<DocumentError> sink, ExecutorService pool,
            BiConsumer<Integer, Integer> storyProgress) {
        long t0 = System.nanoTime();
        List<Story> out = processStoriesUntimed(stories, sink, pool, storyProgress);
        phases.add(STORY_PHASE, 1, System.nanoTime() - t0, 0);
        return out;
    }

    private List<Story> processStoriesUntimed(List<Story> stories, Consumer<DocumentError> sink, ExecutorService pool,
            BiConsumer<Integer, Integer> storyProgress) {
        List<Story> out = new ArrayList<>(stories.size());
        int total = stories.size();
        if (pool == null || stories.size() == 1) {
            for (Story s : stories) {
                out.add(pipeline.processStory(s, sink));
                if (storyProgress != null) {
                    storyProgress.accept(out.size(), total);
                }
            }
            return out;
        }
        AtomicInteger done = new AtomicInteger();
        List<Future<Story>> futures = new ArrayList<>(stories.size());
        for (Story s : stories) {
            futures.add(pool.submit(() -> {
                Story r = pipeline.processStory(s, sink);
                if (storyProgress != null) {
                    storyProgress.accept(done.incrementAndGet(), total);
                }
                return r;
            }));
        }
        for (Future<Story> f : futures) {
            out.add(await(f, "story stage"));
        }
        return out;
    }

    /**
     * The copy merger and clusterer a run uses with these settings: for drivers that find stories
     * their own way (the Spark job clusters blocks of articles with it).
     */
    public static ArticleClusterer articleClusterer(ClusterSettings cs) {
        return new ArticleClusterer(new StoryClusterer(cs.options()),
                cs.dedup() == null ? null : new DocumentDedup(cs.dedup(), cs.dedupThreshold()), Engine::names);
    }

    private static final MentionFinder NAMES = new MentionFinder(SpeechVerbs.get());

    private static boolean tagged(Article a) {
        for (org.newsfuse.model.Sentence s : a.sentences()) {
            for (org.newsfuse.model.Token t : s.tokens()) {
                if (t.pos() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Names of people, organisations and places in an article, for clustering: the entities stage's
     * mention finder run on the one article (names only, titles dropped). Needs the article's
     * tagged sentences; an article without them has none, and neither has an article the English
     * tagger left untagged (its text is in another language, see NlpStage): the clusterer's stand-in
     * for names, capitalised words of the text, serves it.
     */
    public static List<String> names(Article a) {
        if (a.sentences().isEmpty() || !tagged(a)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Mention m : NAMES.find(a)) {
            if (m.kind() == Mention.Kind.NAME && m.name() != null && !m.name().isBlank()) {
                out.add(m.name());
            }
        }
        return out;
    }

    /** Documents a thread may have waiting for it: reading stays just ahead of the article stages. */
    static final int QUEUED_PER_THREAD = 4;

    private List<Article> processArticles(Documents docs, Consumer<DocumentError> errors, IntConsumer progress,
            ExecutorService pool) {
        List<Article> out = new ArrayList<>();
        int[] n = {0};
        if (pool == null) {
            docs.forEach(raw -> {
                Article r = pipeline.processArticle(Article.of("a" + (++n[0]), raw), errors);
                if (r != null) {
                    out.add(r.withoutRaw());
                }
                if (progress != null) {
                    progress.accept(n[0]);
                }
            });
            return out;
        }
        Semaphore room = new Semaphore(options.threads() * QUEUED_PER_THREAD);
        AtomicInteger done = new AtomicInteger();
        List<Future<Processed>> futures = new ArrayList<>();
        docs.forEach(raw -> {
            room.acquireUninterruptibly();
            Article a = Article.of("a" + (++n[0]), raw);
            futures.add(pool.submit(() -> {
                try {
                    // each document's problems are held back and reported in input order
                    List<DocumentError> own = new ArrayList<>();
                    Article r = pipeline.processArticle(a, own::add);
                    return new Processed(r == null ? null : r.withoutRaw(), own);
                } finally {
                    done.incrementAndGet();
                    room.release();
                }
            }));
            if (progress != null) {
                progress.accept(done.get());
            }
        });
        int k = 0;
        for (Future<Processed> f : futures) {
            Processed p = await(f, "article stage");
            p.errors().forEach(errors);
            if (p.article() != null) {
                out.add(p.article());
            }
            if (progress != null) {
                progress.accept(Math.max(++k, done.get()));
            }
        }
        return out;
    }

    /** One document's result and the problems it met. */
    private record Processed(Article article, List<DocumentError> errors) {
    }

    private static <T> T await(Future<T> f, String what) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed unexpectedly", e.getCause());
        }
    }
}
