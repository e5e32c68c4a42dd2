package org.newsfuse.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Pipeline;
import org.newsfuse.quotes.QuotesStage;
import org.newsfuse.quotes.SpeechVerbs;
import org.newsfuse.summarize.SummarizeStage;
import org.newsfuse.summarize.Summarizer;

/** Runs the standard pipeline over raw documents. */
public final class Engine {
    private final EngineOptions options;
    private final Pipeline pipeline;

    public Engine(EngineOptions options) {
        this.options = options;
        this.pipeline = standardPipeline(options);
    }

    /**
     * The stages in order: clean → dedup paragraphs → nlp | repeated paragraphs → entities → quotes →
     * summarize → compare.
     */
    public static Pipeline standardPipeline(EngineOptions options) {
        return new Pipeline(
                List.of(new CleanStage(), new ParagraphDedupStage(), new NlpStage()),
                List.of(new RepeatedParagraphsStage(), new EntitiesStage(SpeechVerbs.get()), new QuotesStage(),
                        new SummarizeStage(new Summarizer.Options(options.summaryWords())), new CompareStage()));
    }

    public Pipeline pipeline() {
        return pipeline;
    }

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

    /**
     * Processes raw documents into articles (ids {@code a1}, {@code a2}, ... in input order), merges
     * syndicated copies, then groups the articles into stories ({@code s1}, {@code s2}, ..., the
     * biggest first) and runs the story stages on each; without clustering, into one story.
     *
     * @param progress called with the number of documents done so far (may be null)
     */
    public Result run(List<RawDocument> docs, Consumer<DocumentError> errors, IntConsumer progress) {
        List<DocumentError> seen = new ArrayList<>();
        Consumer<DocumentError> sink = e -> {
            synchronized (seen) {
                seen.add(e);
            }
            if (errors != null) {
                errors.accept(e);
            }
        };
        List<Article> articles = processArticles(docs, sink, progress);
        List<Story> stories = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        if (articles.isEmpty()) {
            return new Result(stories, articles, seen, topics);
        }
        ClusterSettings cs = options.clustering();
        ArticleClusterer clusterer = new ArticleClusterer(new StoryClusterer(cs.options()),
                cs.dedup() == null ? null : new DocumentDedup(cs.dedup(), cs.dedupThreshold()), Engine::names);
        if (!cs.cluster()) {
            articles = clusterer.mergeDuplicates(articles);
            stories.add(pipeline.processStory(Story.of("s1", articles), sink));
            topics.add(new Topic("t1", List.of("s1"), TopicNames.name(stories)));
            return new Result(stories, articles, seen, topics);
        }
        ArticleClusterer.Grouping g = clusterer.group(articles);
        Map<Integer, List<String>> byTopic = new TreeMap<>();
        for (int i = 0; i < g.stories().size(); i++) {
            String id = "s" + (i + 1);
            stories.add(pipeline.processStory(Story.of(id, g.stories().get(i)), sink));
            byTopic.computeIfAbsent(g.topicOfStory().get(i), k -> new ArrayList<>()).add(id);
        }
        Map<String, Story> byId = new java.util.HashMap<>();
        stories.forEach(s -> byId.put(s.id(), s));
        for (List<String> ids : byTopic.values()) {
            topics.add(new Topic("t" + (topics.size() + 1), ids, TopicNames.name(ids.stream().map(byId::get).toList())));
        }
        return new Result(stories, g.articles(), seen, topics);
    }

    private static final MentionFinder NAMES = new MentionFinder(SpeechVerbs.get());

    /**
     * Names of people, organisations and places in an article, for clustering: the entities stage's
     * mention finder run on the one article (names only, titles dropped). Needs the article's
     * tagged sentences; an article without them has none.
     */
    public static List<String> names(Article a) {
        if (a.sentences().isEmpty()) {
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

    private List<Article> processArticles(List<RawDocument> docs, Consumer<DocumentError> errors, IntConsumer progress) {
        List<Article> fresh = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            fresh.add(Article.of("a" + (i + 1), docs.get(i)));
        }
        List<Article> out = new ArrayList<>();
        if (options.threads() == 1 || docs.size() < 4) {
            int done = 0;
            for (Article a : fresh) {
                Article r = pipeline.processArticle(a, errors);
                if (r != null) {
                    out.add(r);
                }
                if (progress != null) {
                    progress.accept(++done);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "newsfuse-article");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (Article a : fresh) {
                futures.add(pool.submit(() -> pipeline.processArticle(a, errors)));
            }
            int done = 0;
            for (Future<Article> f : futures) {
                Article r = f.get();
                if (r != null) {
                    out.add(r);
                }
                if (progress != null) {
                    progress.accept(++done);
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("article stage failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
