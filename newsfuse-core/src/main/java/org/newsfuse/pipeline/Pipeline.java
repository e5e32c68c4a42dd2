package org.newsfuse.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Story;

/**
 * An ordered chain of article stages followed by an ordered chain of story stages. Built once,
 * checked once: a stage whose needs no earlier stage meets is a configuration error, reported when
 * the pipeline is built, not halfway through a batch.
 */
public final class Pipeline {
    private final List<ArticleStage> articleStages;
    private final List<StoryStage> storyStages;
    private final Duration docTimeout;
    private final StageTimes times = new StageTimes();

    public Pipeline(List<ArticleStage> articleStages, List<StoryStage> storyStages) {
        this(articleStages, storyStages, Limits.DEFAULT_DOC_TIMEOUT);
    }

    /** With a time budget for one document's article stages (an overrun is an error for that document). */
    public Pipeline(List<ArticleStage> articleStages, List<StoryStage> storyStages, Duration docTimeout) {
        this.articleStages = List.copyOf(articleStages);
        this.storyStages = List.copyOf(storyStages);
        this.docTimeout = docTimeout;
        check();
    }

    private void check() {
        Set<String> have = new HashSet<>(Set.of(Annotations.RAW));
        for (ArticleStage s : articleStages) {
            requireAll(s, have);
            have.addAll(s.provides());
        }
        Set<String> articleLevel = Set.copyOf(have);
        Set<String> storyHave = new HashSet<>(articleLevel);
        for (StoryStage s : storyStages) {
            requireAll(s, storyHave);
            storyHave.addAll(s.provides());
        }
    }

    private static void requireAll(Stage<?> s, Set<String> have) {
        for (String need : s.requires()) {
            if (!have.contains(need)) {
                throw new IllegalArgumentException("stage '" + s.name() + "' needs '" + need
                        + "', which no earlier stage provides (have " + have + ")");
            }
        }
    }

    public List<ArticleStage> articleStages() {
        return articleStages;
    }

    public List<StoryStage> storyStages() {
        return storyStages;
    }

    /** Time spent in each stage by every item this pipeline has processed so far. */
    public StageTimes times() {
        return times;
    }

    /**
     * Runs the article stages on one article, within the per-document time budget. A failing stage,
     * an overrun of the budget or a stack overflow (absurdly deep markup) turns into an error value.
     *
     * @return the processed article, or null when it failed (the error went to {@code errors})
     */
    public Article processArticle(Article article, Consumer<DocumentError> errors) {
        Article a = article;
        long[] previous = Budget.open(docTimeout);
        long t0 = System.nanoTime();
        try {
            for (ArticleStage s : articleStages) {
                StageTimes.Timer t = times.start(s.name());
                try {
                    Budget.check();
                    a = s.apply(a);
                } catch (StageException | Rejected e) {
                    errors.accept(DocumentError.error(article.input(), s.name(), e.getMessage()));
                    return null;
                } catch (Budget.Exceeded e) {
                    errors.accept(DocumentError.error(article.input(), s.name(), String.format(java.util.Locale.ROOT,
                            "stopped in stage %s after %.1f s: over the per-document time budget of %d s "
                                    + "(--doc-timeout); document skipped", s.name(), (System.nanoTime() - t0) / 1e9,
                            docTimeout.toSeconds())));
                    return null;
                } catch (RuntimeException | StackOverflowError e) {
                    errors.accept(DocumentError.error(article.input(), s.name(),
                            "internal error in stage " + s.name() + ": " + e));
                    return null;
                } finally {
                    t.stop();
                }
            }
            return a;
        } finally {
            Budget.restore(previous);
        }
    }

    /** Runs the article stages on every article, keeping those that succeed, in order. */
    public List<Article> processArticles(List<Article> articles, Consumer<DocumentError> errors) {
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Article done = processArticle(a, errors);
            if (done != null) {
                out.add(done);
            }
        }
        return out;
    }

    /** Runs the story stages on a story. A failing story stage leaves the story as it was before it. */
    public Story processStory(Story story, Consumer<DocumentError> errors) {
        Story s = story;
        for (StoryStage st : storyStages) {
            StageTimes.Timer t = times.start(st.name());
            try {
                s = st.apply(s);
            } catch (StageException | RuntimeException | StackOverflowError e) {
                errors.accept(DocumentError.error("story " + story.id(), st.name(), String.valueOf(e.getMessage())));
            } finally {
                t.stop();
            }
        }
        return s;
    }
}
