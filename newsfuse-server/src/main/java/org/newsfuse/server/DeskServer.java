package org.newsfuse.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.ParsedEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.sqlite.SqliteStore;

/**
 * The server of {@code newsfuse serve}: Javalin on Jetty, bound to loopback unless told otherwise.
 * Every response carries a Content-Security-Policy that allows no inline script, {@code nosniff},
 * no framing and no referrer; no CORS header is ever sent. Errors are JSON under {@code /api} (and
 * for {@code /openapi.json}) and a page elsewhere, always with a message naming the problem and
 * never a stack trace.
 */
public final class DeskServer implements AutoCloseable {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String HANDLED = "newsfuse.error";
    /** The name of Jetty's threads (each thread's name is this and a number). */
    static final String HTTP_THREADS = "newsfuse-http";

    private final SqliteStore writer;
    private final StorePool pool;
    private final IngestService ingest;
    private final Javalin app;
    private final ServerOptions options;
    private boolean closed;

    private DeskServer(SqliteStore writer, StorePool pool, IngestService ingest, Javalin app, ServerOptions options) {
        this.writer = writer;
        this.pool = pool;
        this.ingest = ingest;
        this.app = app;
        this.options = options;
    }

    /**
     * Opens the store (made when missing, migrated when older), builds the engine for ingests and
     * starts serving. A store that cannot be used is a {@link StoreException} naming the file.
     */
    public static DeskServer start(Path db, ServerOptions options, EngineOptions engineOptions) {
        SqliteStore writer = SqliteStore.open(db, true);
        StorePool pool = null;
        IngestService ingest = null;
        try {
            pool = new StorePool(db, options.readers());
            ingest = new IngestService(writer, new Engine(engineOptions), engineOptions, options.version(),
                    options.maxArticles(), pool::committed);
            ApiRoutes api = new ApiRoutes(pool, ingest, options);
            PageRoutes pages = new PageRoutes(pool);
            StaticRoutes statics = new StaticRoutes(options.version());
            Javalin app = Javalin.create(c -> configure(c, options, api, pages, statics));
            app.start(options.host(), options.port());
            return new DeskServer(writer, pool, ingest, app, options);
        } catch (RuntimeException e) {
            if (ingest != null) {
                ingest.close();
            }
            if (pool != null) {
                pool.close();
            }
            writer.close();
            throw e;
        }
    }

    private static void configure(JavalinConfig c, ServerOptions options, ApiRoutes api, PageRoutes pages,
            StaticRoutes statics) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = options.maxBodyBytes();
        // a bounded pool (ServerOptions.httpThreads): requests beyond it wait in Jetty's queue in order; a small
        // one keeps readers from crowding out an ingest's threads on a few cores (an option: docs/server.md)
        QueuedThreadPool threads = new QueuedThreadPool(options.httpThreads(), Math.min(8, options.httpThreads()));
        threads.setName(HTTP_THREADS);
        c.jetty.threadPool = threads;
        c.http.prefer405over404 = true;
        c.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
        c.routes.before(DeskServer::headers);
        api.register(c.routes);
        pages.register(c.routes);
        statics.register(c.routes);
        c.routes.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        c.routes.exception(HttpResponseException.class, (e, ctx) -> {
            int s = e.getStatus();
            String m = switch (s) {
                case 413 -> "the body is over the limit of " + options.maxBodyBytes() + " bytes";
                case 405 -> ctx.method() + " is not allowed on " + Json.clip(ctx.path());
                case 404 -> "no such page or route: " + Json.clip(ctx.path());
                default -> s >= 400 && s < 500 ? Json.clip(String.valueOf(e.getMessage())) : "internal error";
            };
            fail(ctx, s >= 400 && s < 500 ? s : 500, m);
        });
        c.routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("newsfuse: serve: " + ctx.method() + " " + Json.clip(ctx.path()) + ": internal error: "
                    + Json.clip(String.valueOf(e)));
            fail(ctx, 500, "internal error (see the server's log)");
        });
        c.routes.error(404, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                fail(ctx, 404, "no such page or route: " + Json.clip(ctx.path()));
            }
        });
        c.routes.error(405, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                fail(ctx, 405, ctx.method() + " is not allowed on " + Json.clip(ctx.path()));
            }
        });
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** An error response: JSON {@code {"error": ..., "status": ...}} for the API, a page otherwise. */
    static void fail(Context ctx, int status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status);
        String path = ctx.path();
        if (path.startsWith("/api/") || path.equals("/api") || path.equals("/openapi.json")) {
            var o = Json.MAPPER.createObjectNode();
            o.put("error", message);
            o.put("status", status);
            ctx.contentType(ApiRoutes.JSON_TYPE).result(o.toString());
        } else {
            ctx.contentType(PageRoutes.HTML_TYPE).result(PageRoutes.errorPage(status, message));
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = options.host();
        String host = h.contains(":") ? "[" + h + "]" : h.equals("0.0.0.0") ? "127.0.0.1" : h;
        return "http://" + host + ":" + port() + "/";
    }

    /** Every route the server answers: {@code METHOD path} (Javalin's own list, for the OpenAPI check). */
    public List<String> routes() {
        List<String> out = new ArrayList<>();
        for (ParsedEndpoint p : app.unsafe.internalRouter.allHttpHandlers()) {
            String m = p.endpoint.method.name();
            if (!m.startsWith("BEFORE") && !m.startsWith("AFTER")) {
                out.add(m + " " + p.endpoint.path);
            }
        }
        return out;
    }

    /** Stops serving (requests in flight finish) and closes the store. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            app.stop();
        } finally {
            ingest.close();
            pool.close();
            writer.close();
        }
    }
}
