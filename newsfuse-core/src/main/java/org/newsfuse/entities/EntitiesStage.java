package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.StoryStage;

/** Adds the story's entities: mentions found per article, merged across the story with their aliases. */
public final class EntitiesStage implements StoryStage {
    private final MentionFinder finder;
    private final EntityResolver resolver = new EntityResolver();

    /** @param speech tells verbs of saying (a name right before one is a person's) */
    public EntitiesStage(MentionFinder.SpeechCue speech) {
        this.finder = new MentionFinder(speech);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.POS);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Annotations.ENTITIES);
    }

    @Override
    public Story apply(Story story) {
        return story.withEntities(resolve(story).entities(), Annotations.ENTITIES);
    }

    /** The story's mentions and what they resolved to. */
    public EntityResolver.Result resolve(Story story) {
        List<Mention> mentions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Article a : story.articles()) {
            ids.add(a.id());
            mentions.addAll(finder.find(a));
        }
        return resolver.resolve(ids, mentions);
    }
}
