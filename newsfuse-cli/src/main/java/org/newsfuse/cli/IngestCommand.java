package org.newsfuse.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.store.Ingester;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse ingest INPUT... [--db FILE]}: adds articles to the story store. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Add articles to the story store (a SQLite file): only new articles are processed; copies of "
                + "stored articles (same URL, same text, near-duplicates) are recorded on the article they copy; the rest "
                + "join a stored story or start one (stories keep their ids; merged stories' ids still resolve), and the "
                + "stories that changed get their summaries, quotes, entities and comparison again. Each batch is one "
                + "transaction: an interrupted ingest keeps every batch it reported, and running it again completes it.",
                "",
                "Prints one line: N new, N copies, N stories created, N updated.",
                "",
                "INPUT is what 'run' reads: files, folders, or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the inputs were ingested (bad inputs are reported on stderr)",
                "2:the database cannot be used (named on stderr; left unchanged), no input was readable, or the options are wrong"})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsfuse.db",
            description = "The store (default: ${DEFAULT-VALUE} in the current folder; made when missing).")
    Path db;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
            description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100",
            description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the article stages (default: cores).")
    Integer threads;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "14",
            description = "A story whose latest article is this many days older than the new ones takes no more "
                    + "(default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--log", description = "After each committed batch, print 'stored INPUT' on stderr for every input it stored.")
    boolean log;

    @Override
    public Integer call() {
        EngineOptions o;
        try {
            o = RunCommand.options(words, threads).withClustering(RunCommand.clustering(false, false, window, "minhash"));
            if (batch < 1) {
                throw new IllegalArgumentException("--batch must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse ingest: " + e.getMessage());
            return 2;
        }
        try (SqliteStore store = SqliteStore.open(db, true)) {
            InputReader.Batch read = new InputReader().readAndReport(inputs, System.err);
            List<RawDocument> docs = read.documents();
            if (docs.isEmpty()) {
                System.err.println("newsfuse: no article could be read (no readable input)");
                return 2;
            }
            Ingester ingester = new Ingester(new Engine(o), o, store, Version.current(), batch);
            Ingester.Outcome out;
            try (Progress p = Progress.start("ingest", docs.size(), 1)) {
                out = ingester.ingest(docs, e -> System.err.println(e.line()), (stored, done, soFar) -> {
                    if (log) {
                        stored.forEach(i -> System.err.println("stored " + i));
                    }
                    p.stepTo(done);
                });
            }
            System.out.println(out.line());
            return out.newArticles() + out.copies() + out.alreadyStored() == 0 ? 2 : 0;
        } catch (StoreException e) {
            System.err.println("newsfuse: " + e.getMessage());
            return 2;
        }
    }
}
