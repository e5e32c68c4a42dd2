package org.newsfuse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfuse.TestArticles;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.StageTimes;

/** Streamed, parallel runs give what a one-thread run over a list gives, hold no raw input, and are timed. */
class EngineRunTest {
    private static final String[] STRIKE = {
        "Dock workers in the port of Velby walked out on Tuesday over a pay offer, halting all container traffic, "
                + "the Velby Dockers Union said.\n\nThe union said the strike would last 48 hours.",
        "A 48-hour strike by dock workers shut the port of Velby on Tuesday, the dockers' union said.\n\n"
                + "Container ships waited offshore as the walkout over pay began.",
    };

    private static List<RawDocument> docs() {
        List<RawDocument> out = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of(TestArticles.FERRY));
        texts.addAll(List.of(STRIKE));
        texts.add("   "); // a bad input: its error must come through the streamed run too
        for (int i = 0; i < texts.size(); i++) {
            out.add(new RawDocument("in" + (i + 1) + ".txt", SourceFormat.TEXT, texts.get(i), Map.of()));
        }
        return out;
    }

    private static String fingerprint(Engine.Result r) {
        StringBuilder sb = new StringBuilder();
        for (Story s : r.stories()) {
            sb.append(s.id()).append(' ').append(s.headline()).append(' ')
                    .append(s.articles().stream().map(Article::id).collect(Collectors.joining(","))).append('\n');
            s.summary().forEach(x -> sb.append("  ").append(x.text()).append(' ').append(x.sources()).append('\n'));
            sb.append("  quotes ").append(s.quotes().size()).append(" entities ").append(s.entities().size())
                    .append(" facts ").append(s.comparison().facts().size()).append('\n');
        }
        r.topics().forEach(t -> sb.append(t).append('\n'));
        return sb.toString();
    }

    @Test
    void streamedParallelRunMatchesTheSerialRun() {
        List<DocumentError> serialErrors = new ArrayList<>();
        Engine.Result serial = new Engine(new EngineOptions(60, 1)).run(docs(), serialErrors::add, null);
        List<DocumentError> streamedErrors = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();
        Engine parallel = new Engine(new EngineOptions(60, 2));
        Engine.Result streamed = parallel.run(sink -> docs().forEach(sink), streamedErrors::add, progress::add);
        assertTrue(serial.stories().size() >= 2, fingerprint(serial));
        assertEquals(fingerprint(serial), fingerprint(streamed));
        assertEquals(serialErrors, streamedErrors);
        assertEquals(1, streamedErrors.size());
        assertEquals(6, progress.get(progress.size() - 1));
        for (Article a : streamed.articles()) {
            assertNull(a.raw(), "raw input let go once cleaned: " + a.id());
        }
        Set<String> timed = parallel.pipeline().times().totals().stream().map(StageTimes.Total::stage)
                .collect(Collectors.toSet());
        assertTrue(timed.containsAll(Set.of("clean", "nlp", "summarize", "compare", Engine.CLUSTER_PHASE)), timed.toString());
        StageTimes.Total clean = parallel.pipeline().times().totals().stream().filter(t -> t.stage().equals("clean"))
                .findFirst().orElseThrow();
        assertEquals(6, clean.items());
        assertTrue(clean.nanos() > 0);
        assertEquals(List.of(Engine.ARTICLE_PHASE, Engine.CLUSTER_PHASE, Engine.STORY_PHASE),
                parallel.phases().totals().stream().map(StageTimes.Total::stage).toList());
    }
}
