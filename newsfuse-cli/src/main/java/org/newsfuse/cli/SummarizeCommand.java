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
        description = {"Summarize the given articles as one story: whole sentences the articles wrote, each citing",
                "every article that reports it. INPUT is a file (.txt, .html, .jsonl), a folder or - for stdin."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:a summary was printed (bad inputs are reported on stderr)",
                "2:no article could be processed, or the options are wrong"})
public final class SummarizeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
    List<String> inputs;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100",
            description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--plain", description = "Print only the summary sentences, one per line.")
    boolean plain;

    @Option(names = "--query", paramLabel = "TEXT", description = "Summarize what the articles say about this.")
    String query;

    @Override
    public Integer call() {
        if (words < 1) {
            System.err.println("newsfuse summarize: --words must be at least 1");
            return 2;
        }
        InputReader.Batch batch = new InputReader().readAndReport(inputs, System.err);
        return execute(batch.documents(), new Summarizer.Options(words, query), plain, System.out, System.err);
    }

    static int execute(List<RawDocument> docs, Summarizer.Options options, boolean plain, PrintStream out,
            PrintStream err) {
        Pipeline pipeline = Engine.standardPipeline(EngineOptions.defaults().withSummaryWords(options.words()));
        List<Article> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            fresh.add(Article.of("a" + (i + 1), docs.get(i)));
        }
        List<Article> articles;
        try (Progress p = Progress.start("articles", fresh.size(), 50)) {
            articles = new java.util.ArrayList<>();
            for (Article a : fresh) {
                Article done = pipeline.processArticle(a, (DocumentError e) -> err.println(e.line()));
                if (done != null) {
                    articles.add(done);
                }
                p.step();
            }
        }
        if (articles.isEmpty()) {
            err.println("newsfuse summarize: no article could be processed" + (docs.isEmpty() ? " (no readable input)" : ""));
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
