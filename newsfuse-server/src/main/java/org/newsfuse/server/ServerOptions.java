package org.newsfuse.server;

/**
 * How the server runs.
 *
 * @param host        the address to bind (loopback by default)
 * @param port        the port (0: any free port)
 * @param token       the write token, or null: then every write is refused (403)
 * @param maxBodyBytes the largest request body accepted (413 above it)
 * @param maxArticles the most articles one {@code POST /api/articles} may carry
 * @param readers     read-only store connections in the pool
 * @param version     the version written into reports and {@code /api/health}
 * @param httpThreads the most threads Jetty runs (its acceptor and selector included): requests beyond
 *                    them wait in its queue, first come first served, instead of all sharing the cores
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes, int maxArticles, int readers,
        String version, int httpThreads) {
    public static final String LOOPBACK = "127.0.0.1";
    /**
     * HTTP threads by default: 8 per core, at least 16, at most Javalin's own 250. The work of a request is
     * CPU, so threads beyond a few per core only share the cores by time slice and stretch the tail: on two
     * cores with 50 readers and an ingest, 16 threads against 250 gave story p99 33 ms against 48-53 ms and
     * more requests/s (docs/benchmarks.md, issue 15). POSTs waiting for the ingest hold no HTTP thread, so
     * they cannot fill the pool.
     */
    public static final int DEFAULT_HTTP_THREADS = defaultHttpThreads(Runtime.getRuntime().availableProcessors());
    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_ARTICLES = 1000;
    /** Fewest HTTP threads: Jetty's acceptor and selector, and at least two for requests. */
    public static final int MIN_HTTP_THREADS = 4;

    /** The default pool for a machine with this many cores: 8 per core, at least 16, at most 250. */
    static int defaultHttpThreads(int cores) {
        return Math.min(250, Math.max(16, 8 * cores));
    }

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the host must not be empty");
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1024 bytes");
        }
        if (maxArticles < 1) {
            throw new IllegalArgumentException("the article limit must be at least 1");
        }
        if (readers < 1) {
            throw new IllegalArgumentException("at least one reader is needed");
        }
        if (httpThreads < MIN_HTTP_THREADS) {
            throw new IllegalArgumentException("the HTTP threads must be at least " + MIN_HTTP_THREADS + ", not " + httpThreads);
        }
    }

    /** The options with the default number of HTTP threads ({@link #DEFAULT_HTTP_THREADS}). */
    public ServerOptions(String host, int port, String token, long maxBodyBytes, int maxArticles, int readers, String version) {
        this(host, port, token, maxBodyBytes, maxArticles, readers, version, DEFAULT_HTTP_THREADS);
    }

    /** Loopback, the given port and token, the default limits. */
    public static ServerOptions of(int port, String token, String version) {
        return new ServerOptions(LOOPBACK, port, token, DEFAULT_MAX_BODY, DEFAULT_MAX_ARTICLES,
                Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), version);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, token, maxBodyBytes, maxArticles, readers, version, httpThreads);
    }

    public ServerOptions withMaxBodyBytes(long b) {
        return new ServerOptions(host, port, token, b, maxArticles, readers, version, httpThreads);
    }

    public ServerOptions withHttpThreads(int n) {
        return new ServerOptions(host, port, token, maxBodyBytes, maxArticles, readers, version, n);
    }
}
