package org.newsfuse.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;

class BudgetTest {
    /** A stage that works until its budget stops it (or for ten seconds). */
    static final class Endless implements ArticleStage {
        @Override
        public String name() {
            return "endless";
        }

        @Override
        public Set<String> requires() {
            return Set.of(Annotations.RAW);
        }

        @Override
        public Set<String> provides() {
            return Set.of();
        }

        @Override
        public Article apply(Article a) {
            long end = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < end) {
                Budget.check();
            }
            return a;
        }
    }

    @Test
    void anOverrunBecomesAnErrorForThatDocument() {
        Pipeline p = new Pipeline(List.of(new Endless()), List.of(), Duration.ofMillis(300));
        List<DocumentError> errors = new ArrayList<>();
        long t0 = System.nanoTime();
        Article a = Article.of("a1", new RawDocument("slow.txt", SourceFormat.TEXT, "x", Map.of()));
        assertNull(p.processArticle(a, errors::add));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).line().startsWith("newsfuse: slow.txt: stopped in stage endless after"), errors.get(0).line());
        assertTrue(errors.get(0).message().contains("(--doc-timeout)"));
        Budget.check(); // outside a document: no budget
    }
}
