package org.newsfuse.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.Story;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Pipeline;
import org.newsfuse.report.Citations;
import org.newsfuse.summarize.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse summarize INPUT...}: the given articles summarized as one story, with citations. */
@Command(name = "summarize", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Summarize the given articles as one story, citing the articles for every sentence.",
                "The summary is made of whole sentences the articles wrote, each citing every article that reports it.",
                "INPUT is a file (.txt, .html, .jsonl, WARC/ARC, RSS/Atom), a folder, or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:A summary was printed (bad inputs are reported on stderr).",
                "2:No article could be processed, or the options are wrong."})
public final class SummarizeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100",
            description = "Word budget of the summary, from 1 to 100000 (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--plain", description = "Print only the summary sentences, one per line.")
    boolean plain;

    @Option(names = "--query", paramLabel = "TEXT", description = "Summarize what the articles say about this.")
    String query;

    @picocli.CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Override
    public Integer call() {
        EngineOptions engineOptions;
        try {
            engineOptions = RunCommand.options(words, null, limitOptions);
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: summarize: " + e.getMessage());
            return 2;
        }
        InputReader.Batch batch = new InputReader(System.in, engineOptions.limits()).readAndReport(inputs, System.err,
                !limitOptions.quiet);
        return execute(batch.documents(), new Summarizer.Options(words, query), engineOptions, plain,
                limitOptions.quiet, System.out, System.err);
    }

    static int execute(List<RawDocument> docs, Summarizer.Options options, boolean plain, PrintStream out,
            PrintStream err) {
        return execute(docs, options, EngineOptions.defaults().withSummaryWords(options.words()), plain, false, out, err);
    }

    static int execute(List<RawDocument> docs, Summarizer.Options options, EngineOptions engineOptions, boolean plain,
            boolean quiet, PrintStream out, PrintStream err) {
        Pipeline pipeline = Engine.standardPipeline(engineOptions);
        List<Article> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            fresh.add(Article.of("a" + (i + 1), docs.get(i)));
        }
        List<Article> articles;
        try (Progress p = Progress.start("articles", fresh.size(), 50, quiet)) {
            articles = new java.util.ArrayList<>();
            for (Article a : fresh) {
                Article done = pipeline.processArticle(a, (DocumentError e) -> RunCommand.report(e, quiet, err));
                if (done != null) {
                    articles.add(done);
                }
                p.step();
            }
        }
        if (articles.isEmpty()) {
            err.println("newsfuse: summarize: no article could be processed" + (docs.isEmpty() ? " (no readable input)" : ""));
            return 2;
        }
        Summarizer.Result r = new Summarizer().summarize(articles, options);
        if (plain) {
            for (SummarySentence s : r.sentences()) {
                out.println(org.newsfuse.text.WireQuotes.typeset(s.text()).replaceAll("\\s+", " ").strip());
            }
            return 0;
        }
        Story story = Story.of("s1", articles).withSummary(r.headline(), r.sentences());
        out.println(r.headline());
        out.println();
        for (int i = 0; i < r.sentences().size(); i++) {
            SummarySentence s = r.sentences().get(i);
            out.println((i + 1) + ". " + org.newsfuse.text.WireQuotes.typeset(s.text()).replaceAll("\\s+", " ").strip() + " ["
                    + String.join("; ", Citations.labels(story, s.sources())) + "]");
        }
        out.println();
        for (Article a : articles) {
            out.println(a.id() + ": " + a.label() + (a.title() != null ? " — " + a.title() : ""));
        }
        return 0;
    }
}
