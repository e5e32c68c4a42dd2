package org.newsfuse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.model.RawDocument;
import org.newsfuse.server.ServerOptions;
import org.newsfuse.store.Ingester;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.sqlite.SqliteStore;

/** {@code newsfuse demo --serve}: the demo corpus ingested into a fresh store, then served. */
final class DemoDesk {
    private DemoDesk() {
    }

    static int run(Path db, int port, String token, int words) throws IOException {
        ServerOptions so;
        EngineOptions eo;
        EngineOptions served;
        try {
            so = ServerOptions.of(port, token, Version.current());
            eo = ServeCommand.ingestOptions(words, null);
            served = ServeCommand.ingestOptions(words, 1);
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: demo: " + e.getMessage());
            return 2;
        }
        Path file = db;
        if (file == null) {
            file = Files.createTempDirectory("newsfuse-demo").resolve("demo.db");
        } else if (Files.exists(file)) {
            System.err.println("newsfuse: demo: " + file + ": exists already; --serve makes a fresh store (give a new file, "
                    + "or run 'newsfuse serve --db " + file + "')");
            return 2;
        }
        List<RawDocument> docs = DemoCommand.corpus();
        System.err.println("newsfuse: demo: ingesting " + docs.size() + " bundled articles into " + file);
        try (SqliteStore store = SqliteStore.open(file, true)) {
            Ingester.Outcome out = new Ingester(new Engine(eo), eo, store, Version.current(), 100).ingest(docs,
                    e -> System.err.println(e.line()), null);
            System.err.println("newsfuse: demo: " + out.line());
        } catch (StoreException e) {
            System.err.println("newsfuse: " + e.getMessage());
            return 2;
        }
        return ServeCommand.serve(file, so, served, System.out, System.err);
    }
}
