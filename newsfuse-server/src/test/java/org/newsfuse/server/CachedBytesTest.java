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

    @Test
    void aRenderedPageIsEncodedOnce() throws Exception {
        try (TestServer srv = TestServer.start(dir.resolve("render.db"), TOKEN)) {
            assertEquals(200, srv.post("/api/articles", TOKEN, "application/json", TestServer.fixture().toString()).status());
            for (int i = 0; i < 300; i++) {
                assertEquals(200, get(srv, "/?q=warm" + i, false).statusCode());
            }
            int n = 300;
            long before = httpThreadsAllocated();
            int size = 0;
            for (int i = 0; i < n; i++) {
                size = get(srv, "/?q=brindle+miss" + i, false).body().length;
            }
            long perRequest = (httpThreadsAllocated() - before) / n;
            // a page rendered into a String (16 KiB to start), copied and encoded again allocated 45 KB per miss of a
            // 1.8 KB page; rendered straight to UTF-8 bytes, 29 KB
            assertTrue(perRequest < 37 * 1024, "a search page of " + size + " bytes, not cached, allocated " + perRequest
                    + " bytes per request on the HTTP threads");
        }
    }

    @Test
    void pagesRenderedToBytesKeepEveryCharacter() throws Exception {
        String title = "Caf\u00e9 R\u00f8dhus reopens \u2014 \u201cT\u014dky\u014d\u201d \u6771\u4eac \ud83d\ude80";
        try (TestServer srv = TestServer.start(dir.resolve("chars.db"), TOKEN)) {
            var body = TestServer.JSON.createArrayNode().add(TestServer.article(title, "\u00d8stby Tidende", "2024-06-01", null,
                    "The Caf\u00e9 R\u00f8dhus in \u00d8stby reopened on Saturday after a fire, its owner Ma\u00eflys "
                            + "\u0160imkov\u00e1 said. The \u6771\u4eac-style kitchen seats 40 guests \ud83d\ude80."));
            TestServer.Reply posted = srv.post("/api/articles", TOKEN, "application/json", body.toString());
            assertEquals(200, posted.status(), posted.body());
            String story = posted.json().path("articles").get(0).path("story").asText();
            for (String path : List.of("/stories/" + story, "/?q=R%C3%B8dhus", "/")) {
                for (int i = 0; i < 2; i++) {
                    HttpResponse<byte[]> r = get(srv, path, false);
                    assertEquals(200, r.statusCode(), path);
                    String page = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(page.contains(title), path + " shows the title as posted");
                    assertArrayEquals(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), r.body(), path + ": valid UTF-8");
                }
            }
        }
    }
}
