package org.newsfuse.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The desk's own files, each a fixed resource read once at start (no route maps a request path to
 * a file): the style sheet, the small script that tells a story page when new articles joined,
 * and the OpenAPI description.
 */
final class StaticRoutes {
    private static final String BASE = "/org/newsfuse/server/";
    private final byte[] css;
    private final byte[] js;
    private final String openapi;

    StaticRoutes(String version) {
        css = resource("desk.css");
        js = resource("desk.js");
        try {
            ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(resource("openapi.json"));
            ((ObjectNode) doc.path("info")).put("version", version);
            openapi = doc.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(RoutesConfig r) {
        r.get("/static/desk.css", ctx -> ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=300")
                .result(css));
        r.get("/static/desk.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=300").result(js));
        r.get("/openapi.json", ctx -> ctx.contentType(ApiRoutes.JSON_TYPE).result(openapi));
    }

    private static byte[] resource(String name) {
        try (InputStream in = StaticRoutes.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
