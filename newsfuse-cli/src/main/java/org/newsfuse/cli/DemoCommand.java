package org.newsfuse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse demo}: runs {@code run} on the demo corpus bundled in the jar. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run newsfuse on its bundled demo corpus and print where the reports are. The corpus holds "
                + "invented events reported by invented outlets, with the clutter, repeats and disagreements real "
                + "scrapes have."})
public final class DemoCommand implements Callable<Integer> {
    static final String BASE = "/org/newsfuse/demo/";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "newsfuse-out/demo",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100",
            description = "Word budget of the summary, from 1 to 100000 (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--serve", description = "Instead of writing reports: ingest the corpus into a fresh store and "
            + "serve the desk on it (see 'newsfuse serve').")
    boolean serve;

    @Option(names = "--db", paramLabel = "FILE", description = "With --serve: the store to make (must not exist; default: "
            + "a new file in a temporary folder).")
    Path db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "With --serve: port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", description = "With --serve: the write token (default: NEWSFUSE_TOKEN).")
    String token;

    @Override
    public Integer call() throws IOException {
        if (serve) {
            return DemoDesk.run(db, port, token != null ? token : System.getenv("NEWSFUSE_TOKEN"), words);
        }
        org.newsfuse.engine.EngineOptions options;
        try {
            options = RunCommand.options(words, null);
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: demo: " + e.getMessage());
            return 2;
        }
        String problem = OutputFolder.problem(out);
        if (problem != null) {
            System.err.println("newsfuse: demo: " + problem);
            return 2;
        }
        List<RawDocument> docs = corpus();
        System.err.println("newsfuse: demo: " + docs.size() + " bundled articles");
        return RunCommand.execute(new InputReader.Batch(docs, 0), Path.of(out), options, false, System.out, System.err);
    }

    /** The bundled demo articles, in the order of the corpus index. */
    public static List<RawDocument> corpus() throws IOException {
        List<RawDocument> docs = new ArrayList<>();
        for (String name : read("index.txt").split("\n")) {
            String n = name.strip();
            if (n.isEmpty() || n.startsWith("#")) {
                continue;
            }
            docs.add(new RawDocument("demo/" + n, SourceFormat.TEXT, read(n), Map.of()));
        }
        return docs;
    }

    static String read(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("demo corpus file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
