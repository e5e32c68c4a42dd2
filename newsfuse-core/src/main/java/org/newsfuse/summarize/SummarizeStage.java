package org.newsfuse.summarize;

import java.util.Set;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.StoryStage;

/** Adds a headline and a cited summary to a story. */
public final class SummarizeStage implements StoryStage {
    private final Summarizer summarizer = new Summarizer();
    private final Summarizer.Options options;

    public SummarizeStage(Summarizer.Options options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "summarize";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.TOKENS);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Annotations.SUMMARY);
    }

    @Override
    public Story apply(Story story) {
        Summarizer.Result r = summarizer.summarize(story.articles(), options);
        return story.withSummary(r.headline(), r.sentences());
    }
}
