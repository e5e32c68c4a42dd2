package org.newsfuse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.server.DeskServer;
import org.newsfuse.server.ServerOptions;
import org.newsfuse.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse serve}: the web desk and the REST API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serve the story desk (web pages to browse, search and read stories) and the REST API "
                + "(/api, described at /openapi.json) over a store. Binds to loopback unless --host says otherwise; "
                + "prints the address; Ctrl-C stops it cleanly.",
                "",
                "Reads are open. Writes (POST /api/articles) need the token given with --token or the NEWSFUSE_TOKEN "
                + "environment variable (sent as 'Authorization: Bearer TOKEN'); with none, writes are refused. "
                + "See docs/server.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"130:stopped by Ctrl-C (143 by a termination signal); the server closes the store first",
                "2:the database cannot be used, the address is taken, or the options are wrong"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsfuse.db",
            description = "The store (default: ${DEFAULT-VALUE}; made when missing).")
    Path db;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Token that writes need (default: the NEWSFUSE_TOKEN environment variable; none: writes refused).")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "8388608",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100", description = "Summary word budget for ingests (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the article stages of ingests through the API (default: 1, so that readers keep the other cores).")
    Integer threads;

    @Option(names = "--http-threads", paramLabel = "N",
            description = "Most threads answering HTTP requests, Jetty's acceptor and selector included (default: "
                    + "8 per core, at least 16, at most 250; the least allowed is 4); more requests wait their turn in order.")
    Integer httpThreads;

    @Override
    public Integer call() {
        String t = token != null ? token : System.getenv("NEWSFUSE_TOKEN");
        ServerOptions so;
        EngineOptions eo;
        try {
            so = ServerOptions.of(port, t, Version.current()).withHost(host).withMaxBodyBytes(maxBody);
            if (httpThreads != null) {
                so = so.withHttpThreads(httpThreads);
            }
            eo = ingestOptions(words, threads == null ? 1 : threads);
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: serve: " + e.getMessage());
            return 2;
        }
        return serve(db, so, eo, System.out, System.err);
    }

    /** The engine options ingests use ({@code newsfuse ingest}'s defaults). */
    static EngineOptions ingestOptions(int words, Integer threads) {
        return RunCommand.options(words, threads).withClustering(RunCommand.clustering(false, false, 14, "minhash"));
    }

    /** Serves until the process is told to stop; prints the address on stdout. */
    static int serve(Path db, ServerOptions so, EngineOptions eo, PrintStream out, PrintStream err) {
        Path dir = db.toAbsolutePath().getParent();
        if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
            err.println("newsfuse: " + db + ": its folder does not exist");
            return 2;
        }
        DeskServer server;
        try {
            server = DeskServer.start(db, so, eo);
        } catch (StoreException e) {
            err.println("newsfuse: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("newsfuse: serve: cannot listen on " + so.host() + ":" + so.port() + ": " + bindProblem(e));
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("newsfuse: serve: stopping");
            server.close();
            stopped.countDown();
        }, "newsfuse-serve-stop"));
        if (!isLoopback(so.host())) {
            err.println("newsfuse: serve: warning: listening on " + so.host() + ", not only this machine: anyone who can "
                    + "reach it can read the store");
        }
        err.println("newsfuse: serving " + db + " (" + (so.token() == null ? "read-only: no token, writes refused"
                + "" : "writes need the token") + "); Ctrl-C stops");
        out.println(server.url());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static String bindProblem(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.contains("in use") ? "the address is in use" : m;
    }
}
