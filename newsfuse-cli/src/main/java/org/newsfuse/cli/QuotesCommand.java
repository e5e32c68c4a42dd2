package org.newsfuse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfuse.engine.Engine;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.Article;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse quotes INPUT...}: who said what, one JSON line per quote. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print who said what, one JSON line per quote.",
                "Each line holds the quote's speaker (canonical name, or null when unsure), its words verbatim, its "
                        + "kind (direct, partial, indirect), its article and outlet, and the group of wordings of the "
                        + "same statement across outlets.",
                "INPUT is a file (.txt scraped text, .html, .jsonl, WARC/ARC, RSS/Atom), a folder, or - for standard "
                        + "input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:At least one article was processed (bad inputs are reported on stderr).",
                "2:No article could be processed, or the options are wrong."})
public final class QuotesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the article stages (default: the number of cores).")
    Integer threads;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        org.newsfuse.engine.EngineOptions options;
        try {
            options = RunCommand.options(100, threads, limitOptions);
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: quotes: " + e.getMessage());
            return 2;
        }
        InputReader.Batch batch = new InputReader(System.in, options.limits()).readAndReport(inputs, System.err,
                !limitOptions.quiet);
        return execute(batch, options, limitOptions.quiet, System.out, System.err);
    }

    static int execute(InputReader.Batch batch, Integer threads, PrintStream out, PrintStream err) {
        return execute(batch, RunCommand.options(100, threads), false, out, err);
    }

    static int execute(InputReader.Batch batch, org.newsfuse.engine.EngineOptions options, boolean quiet,
            PrintStream out, PrintStream err) {
        Engine engine = new Engine(options);
        Engine.Result result = engine.run(batch.documents(), e -> RunCommand.report(e, quiet, err), null);
        if (result.stories().isEmpty()) {
            err.println("newsfuse: no article could be processed");
            return 2;
        }
        for (Story story : result.stories()) {
            for (Quote q : story.quotes()) {
                out.println(line(story, q));
            }
        }
        out.flush();
        return 0;
    }

    static String line(Story story, Quote q) {
        ObjectNode o = JSON.createObjectNode();
        o.put("speaker", q.speaker());
        o.put("speakerType", q.speakerType().name().toLowerCase(Locale.ROOT));
        o.put("text", org.newsfuse.text.WireQuotes.typeset(q.text()));
        o.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        o.put("article", q.article());
        o.put("group", q.group());
        Article a = story.article(q.article());
        o.put("outlet", a == null ? null : a.outlet());
        o.put("input", a == null ? null : a.input());
        o.put("story", story.id());
        o.put("start", q.start());
        o.put("end", q.end());
        o.put("source", q.source() == null ? null : q.source().text());
        return o.toString();
    }
}
