package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server answers on a bounded number of HTTP threads ({@link ServerOptions#httpThreads}): many
 * more concurrent readers than threads, and an ingest running, are all answered (they
 * wait their turn, none is refused), and the server never runs more threads than it was given.
 */
class HttpThreadsTest {
    static final String TOKEN = "threads-token";
    @TempDir
    Path dir;

    private static int httpThreadsAlive() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith(DeskServer.HTTP_THREADS)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void manyMoreReadersThanThreadsAreAllAnsweredWhileAnIngestRuns() throws Exception {
        int threads = ServerOptions.MIN_HTTP_THREADS;
        try (TestServer srv = new TestServer(dir.resolve("threads.db"), ServerOptions.of(0, TOKEN, "test").withHttpThreads(threads))) {
            assertEquals(200, srv.post("/api/articles", TOKEN, "application/json", TestServer.fixture().toString()).status());
            String story = srv.get("/api/stories").json().path("stories").get(0).path("id").asText();
            AtomicInteger most = new AtomicInteger();
            AtomicBoolean watching = new AtomicBoolean(true);
            Thread watch = new Thread(() -> {
                while (watching.get()) {
                    most.accumulateAndGet(httpThreadsAlive(), Math::max);
                    Thread.onSpinWait();
                }
            });
            watch.start();
            // an ingest of a new event runs while 40 readers ask at once
            CompletableFuture<HttpResponse<String>> ingest = TestServer.HTTP.sendAsync(HttpRequest.newBuilder(
                    URI.create(srv.base + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            TestServer.JSON.createArrayNode().add(TestServer.article("Ferry to Osk island cancelled in storm",
                                    "Osk Herald", "2024-09-02", null, "The ferry between Haldby and Osk island was cancelled on "
                                    + "Monday as a storm brought winds of 30 metres a second, the ferry company said. About 120 "
                                    + "passengers stayed in Haldby overnight. Service is to resume on Tuesday.")).toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String path = switch (i % 4) {
                    case 0 -> "/stories/" + story;
                    case 1 -> "/api/stories/" + story;
                    case 2 -> "/?q=Brindle";
                    default -> "/api/stories?q=tram";
                };
                reads.add(TestServer.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(srv.base + path)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> r : reads) {
                HttpResponse<String> resp = r.get();
                assertEquals(200, resp.statusCode(), resp.uri() + ": " + resp.body());
            }
            HttpResponse<String> posted = ingest.get();
            assertEquals(200, posted.statusCode(), posted.body());
            assertTrue(posted.body().contains("\"status\":\"new\""), posted.body());
            watching.set(false);
            watch.join();
            assertTrue(most.get() > 0, "the server's threads are named " + DeskServer.HTTP_THREADS);
            assertTrue(most.get() <= threads, "at most " + threads + " HTTP threads, saw " + most.get());
        }
    }

    @Test
    void tooFewThreadsAreRefused() {
        ServerOptions o = ServerOptions.of(0, TOKEN, "test");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> o.withHttpThreads(ServerOptions.MIN_HTTP_THREADS - 1));
        assertTrue(e.getMessage().contains("at least " + ServerOptions.MIN_HTTP_THREADS), e.getMessage());
        assertTrue(ServerOptions.DEFAULT_HTTP_THREADS >= ServerOptions.MIN_HTTP_THREADS);
    }

    @Test
    void theDefaultPoolIsEightThreadsPerCoreWithinSixteenAndTwoHundredFifty() {
        assertEquals(16, ServerOptions.defaultHttpThreads(1));
        assertEquals(16, ServerOptions.defaultHttpThreads(2));
        assertEquals(32, ServerOptions.defaultHttpThreads(4));
        assertEquals(250, ServerOptions.defaultHttpThreads(64));
        assertEquals(ServerOptions.defaultHttpThreads(Runtime.getRuntime().availableProcessors()),
                ServerOptions.DEFAULT_HTTP_THREADS);
        assertEquals(ServerOptions.DEFAULT_HTTP_THREADS, ServerOptions.of(0, TOKEN, "test").httpThreads());
    }
}
