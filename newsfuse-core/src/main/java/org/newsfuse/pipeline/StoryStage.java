package org.newsfuse.pipeline;

import org.newsfuse.model.Story;

/** A stage that works on a whole story with its articles. */
public interface StoryStage extends Stage<Story> {
}
