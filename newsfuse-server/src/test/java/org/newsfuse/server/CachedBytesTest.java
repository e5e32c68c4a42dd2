package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cached routes (story page and JSON, listing and search page and JSON) answer their cached
 * bytes as before (status, type, headers, the same body again, gzip when asked for) without
 * copying them through a buffer of their own on every request.
 */
class CachedBytesTest {
    static final String TOKEN = "cached-token";
    @TempDir
    Path dir;

    private static HttpResponse<byte[]> get(TestServer srv, String path, boolean gzip) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(srv.base + path)).GET();
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        return TestServer.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] b) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }

    /** Bytes allocated so far by the server's HTTP threads (in this process: the test's server). */
    private static long httpThreadsAllocated() {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(DeskServer.HTTP_THREADS)) {
                sum += Math.max(0, mx.getThreadAllocatedBytes(t.getId()));
            }
        }
        return sum;
    }

    @Test
    void cachedRoutesAnswerTheSameBytesAndHeaders() throws Exception {
        try (TestServer srv = TestServer.start(dir.resolve("cached.db"), TOKEN)) {
            assertEquals(200, srv.post("/api/articles", TOKEN, "application/json", TestServer.fixture().toString()).status());
            String story = srv.get("/api/stories").json().path("stories").get(0).path("id").asText();
            for (String path : List.of("/stories/" + story, "/api/stories/" + story, "/?q=Brindle", "/api/stories?q=tram", "/",
                    "/api/stories")) {
                HttpResponse<byte[]> first = get(srv, path, false);
                HttpResponse<byte[]> again = get(srv, path, false);
                assertEquals(200, first.statusCode(), path);
                assertEquals(200, again.statusCode(), path);
                assertArrayEquals(first.body(), again.body(), path);
                assertTrue(first.body().length > 100, path);
                String type = first.headers().firstValue("Content-Type").orElse("");
                assertEquals(path.startsWith("/api/") ? "application/json;charset=utf-8" : "text/html;charset=utf-8", type, path);
                assertEquals(DeskServer.CSP, again.headers().firstValue("Content-Security-Policy").orElse(null), path);
                assertEquals("nosniff", again.headers().firstValue("X-Content-Type-Options").orElse(null), path);
                String body = new String(first.body(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(path.startsWith("/api/") ? body.strip().startsWith("{") && body.strip().endsWith("}") : body.contains("</html>"), path);
                HttpResponse<byte[]> zipped = get(srv, path, true);
                byte[] plain = zipped.headers().firstValue("Content-Encoding").orElse("").equals("gzip") ? gunzip(zipped.body())
                        : zipped.body();
                assertArrayEquals(first.body(), plain, path + " with Accept-Encoding: gzip");
            }
            // unknown ids are still 404s with a JSON error or an error page
            HttpResponse<byte[]> none = get(srv, "/api/stories/no-such-story", false);
            assertEquals(404, none.statusCode());
            assertTrue(new String(none.body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"error\""));
            assertEquals(404, get(srv, "/stories/no-such-story", false).statusCode());
        }
    }

    @Test
    void aCachedAnswerIsNotCopiedThroughABufferOfItsOwn() throws Exception {
        try (TestServer srv = TestServer.start(dir.resolve("alloc.db"), TOKEN)) {
            assertEquals(200, srv.post("/api/articles", TOKEN, "application/json", TestServer.fixture().toString()).status());
            String story = srv.get("/api/stories").json().path("stories").get(0).path("id").asText();
            String path = "/stories/" + story;
            int size = get(srv, path, false).body().length;
            for (int i = 0; i < 500; i++) {
                assertEquals(200, get(srv, path, false).statusCode());
            }
            int n = 400;
            long before = httpThreadsAllocated();
            for (int i = 0; i < n; i++) {
                get(srv, path, false);
            }
            long perRequest = (httpThreadsAllocated() - before) / n;
            // Javalin's copy of a result allocates a 32 KiB buffer per request; what is left is Jetty's and
            // Javalin's own per-request objects, a few KiB
            assertTrue(perRequest < 16 * 1024, "a cached page of " + size + " bytes allocated " + perRequest
                    + " bytes per request on the HTTP threads");
        }
    }
}
