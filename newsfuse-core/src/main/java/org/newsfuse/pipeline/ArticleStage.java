package org.newsfuse.pipeline;

import org.newsfuse.model.Article;

/** A stage that is a pure function of one article. */
public interface ArticleStage extends Stage<Article> {
}
