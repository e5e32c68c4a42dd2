package org.newsfuse.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.clean.CleanStage;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.nlp.NlpStage;

class PipelineTest {
    @Test
    void aStageWhoseNeedsAreUnmetIsRejectedWhenThePipelineIsBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new NlpStage()), List.of()));
        assertTrue(e.getMessage().contains("'nlp' needs 'text'"), e.getMessage());
    }

    @Test
    void aFailingDocumentBecomesAnErrorValueAndTheOthersGoOn() {
        ArticleStage failing = new ArticleStage() {
            public String name() {
                return "picky";
            }

            public Set<String> requires() {
                return Set.of(Annotations.TEXT);
            }

            public Set<String> provides() {
                return Set.of();
            }

            public Article apply(Article a) throws StageException {
                if (a.text().contains("reject")) {
                    throw new StageException("rejected on purpose");
                }
                return a;
            }
        };
        Pipeline p = new Pipeline(List.of(new CleanStage(), failing), List.of());
        List<DocumentError> errors = new ArrayList<>();
        Article bad = Article.of("a1", new RawDocument("bad.txt", SourceFormat.TEXT, "Please reject this article now.", Map.of()));
        Article good = Article.of("a2", new RawDocument("good.txt", SourceFormat.TEXT, "Keep this article, it is fine.", Map.of()));
        List<Article> out = p.processArticles(List.of(bad, good), errors::add);
        assertEquals(1, out.size());
        assertEquals("a2", out.get(0).id());
        assertEquals(1, errors.size());
        assertEquals("bad.txt", errors.get(0).input());
        assertEquals("picky", errors.get(0).where());
        assertNull(p.processArticle(bad, e -> { }));
    }
}
