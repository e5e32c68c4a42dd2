package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.summarize.Summarizer;

class SummarizeCommandTest {
    /** The demo corpus's first event (E1), reported by four invented outlets. */
    private static List<RawDocument> firstEvent() throws IOException {
        List<RawDocument> docs = new ArrayList<>();
        for (String name : List.of("doc01.txt", "doc03.txt", "doc06.txt", "doc09.txt")) {
            docs.add(new RawDocument("demo/" + name, SourceFormat.TEXT, DemoCommand.read(name), Map.of()));
        }
        return docs;
    }

    private static String run(List<RawDocument> docs, Summarizer.Options options, boolean plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SummarizeCommand.execute(docs, options, plain, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainPrintsWholeSourceSentencesWithinTheBudgetOnePerLine() throws IOException {
        List<RawDocument> docs = firstEvent();
        StringBuilder sources = new StringBuilder();
        for (RawDocument d : docs) {
            sources.append(d.content().replaceAll("\\s+", " ")).append(' ');
        }
        String out = run(docs, new Summarizer.Options(60), true);
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty());
        int words = 0;
        for (String line : lines) {
            // the lead may carry its relative day resolved, "(March 11)"; a sentence may be cut at a clause
            String own = line.replaceFirst(" \\((?:January|February|March|April|May|June|July|August|September|October"
                    + "|November|December) \\d{1,2}(?:, \\d{4})?\\)", "");
            String body = own.endsWith(".") ? own.substring(0, own.length() - 1) : own;
            assertTrue(sources.toString().contains(body), "not a source sentence: " + line);
            assertFalse(line.contains("["), "plain output carries no citations: " + line);
            words += line.split("\\s+").length;
        }
        assertTrue(words <= 60, "words: " + words);
        assertEquals(out, run(docs, new Summarizer.Options(60), true), "same input, same output");
    }

    @Test
    void defaultOutputHasHeadlineCitationsAndTheArticles() throws IOException {
        String out = run(firstEvent(), Summarizer.Options.defaults(), false);
        List<String> lines = out.lines().toList();
        assertFalse(lines.get(0).isBlank(), "headline first");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1. ") && l.endsWith("]")), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("a1: ")), out);
    }

    @Test
    void commandLineRejectsAZeroBudget() {
        CliRunner.Outcome o = CliRunner.run("summarize", "--words", "0", "nothing.txt");
        assertEquals(2, o.exit());
    }
}
