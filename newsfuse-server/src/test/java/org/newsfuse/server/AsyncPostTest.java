package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/articles} waits for its ingest without holding an HTTP thread: the ingests run on
 * the ingest's own thread, one after another, while the HTTP threads answer readers; the answer is
 * the same as when the HTTP thread ran the ingest itself (status, headers, fields).
 */
class AsyncPostTest {
    static final String TOKEN = "async-token";
    @TempDir
    Path dir;

    /** Invented reports of event {@code n} by four outlets (each POST its own event, so each is a real ingest). */
    private static String body(int n) {
        ArrayNode a = TestServer.JSON.createArrayNode();
        String[] outlets = {"Velm Daily", "Quay Gazette", "Harbour Wire", "North Coast Post"};
        for (int k = 0; k < outlets.length; k++) {
            a.add(TestServer.article("Harbour crane " + n + " stops work at Velm port" + (k == 0 ? "" : ", report " + k), outlets[k],
                    "2024-10-0" + (1 + n % 9), null, "Crane number " + n + " at the port of Velm stopped on Thursday after a "
                            + "cable snapped, the port authority said in statement " + k + ". Dock workers moved " + (40 + n + k)
                            + " containers by hand. Engineer Sanna Ollik said repairs would take " + (n + 2) + " days. Ships "
                            + "were sent to the northern quay while the crane is repaired, and " + (3 + k) + " sailings were "
                            + "delayed."));
        }
        return a.toString();
    }

    private static HttpRequest post(TestServer srv, int n) {
        return HttpRequest.newBuilder(URI.create(srv.base + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
    }

    /** Whether a thread runs an ingest or waits for its turn (checking a body is not an ingest). */
    private static boolean ingesting(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            // (Ingester.sha256 names an input while its body is checked: not an ingest)
            if (c.startsWith("org.newsfuse.store.Ingester") && !e.getMethodName().equals("sha256")
                    || c.equals(IngestService.class.getName()) && e.getMethodName().startsWith("ingest")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void waitingPostsHoldNoHttpThreadAndReadersAreAnsweredMeanwhile() throws Exception {
        try (TestServer srv = new TestServer(dir.resolve("async.db"),
                ServerOptions.of(0, TOKEN, "test").withHttpThreads(ServerOptions.MIN_HTTP_THREADS))) {
            AtomicBoolean watching = new AtomicBoolean(true);
            AtomicReference<String> held = new AtomicReference<>();
            AtomicBoolean ingestSeen = new AtomicBoolean();
            Thread watch = new Thread(() -> {
                while (watching.get()) {
                    for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
                        String name = t.getKey().getName();
                        if (ingesting(t.getValue())) {
                            if (name.startsWith(DeskServer.HTTP_THREADS)) {
                                held.compareAndSet(null, name);
                            } else if (name.equals(IngestService.THREAD)) {
                                ingestSeen.set(true);
                            }
                        }
                    }
                    Thread.onSpinWait();
                }
            });
            watch.start();
            // more POSTs than the pool has threads for requests (4 threads: Jetty's acceptor and selector take two)
            int posts = 8;
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            List<Long> answeredAt = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                CompletableFuture<HttpResponse<String>> f = TestServer.HTTP.sendAsync(post(srv, i), HttpResponse.BodyHandlers.ofString());
                sent.add(f.whenComplete((r, e) -> {
                    synchronized (answeredAt) {
                        answeredAt.add(System.nanoTime());
                    }
                }));
            }
            while (!ingestSeen.get()) {
                Thread.sleep(5);
            }
            Thread.sleep(150);
            // readers while the POSTs wait: answered while POSTs still wait (each POST ingests four articles)
            for (String path : List.of("/api/health", "/api/stories", "/")) {
                TestServer.Reply r = srv.get(path);
                assertEquals(200, r.status(), path + ": " + r.body());
            }
            int unanswered;
            synchronized (answeredAt) {
                unanswered = posts - answeredAt.size();
            }
            assertTrue(unanswered >= 2, "readers waited for the POSTs: only " + unanswered + " unanswered when they were");
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
            }
            watching.set(false);
            watch.join();
            assertTrue(ingestSeen.get(), "the ingests run on " + IngestService.THREAD);
            assertNull(held.get(), "an HTTP thread ran or waited for an ingest: " + held.get());
        }
    }

    @Test
    void theAnswerOfAPostIsUnchanged() throws Exception {
        try (TestServer srv = TestServer.start(dir.resolve("answer.db"), TOKEN)) {
            TestServer.Reply r = srv.post("/api/articles", TOKEN, "application/json", TestServer.fixture().toString());
            assertEquals(200, r.status(), r.body());
            assertEquals("application/json;charset=utf-8", r.header("Content-Type"));
            assertEquals(DeskServer.CSP, r.header("Content-Security-Policy"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            JsonNode j = r.json();
            assertEquals(List.of("articles", "new", "copies", "storiesCreated", "storiesUpdated", "alreadyStored", "failed"),
                    fieldNames(j));
            assertEquals(4, j.path("articles").size());
            for (int i = 0; i < 4; i++) {
                JsonNode a = j.path("articles").get(i);
                assertEquals(Set.of("index", "input", "id", "article", "story", "status"), new TreeSet<>(fieldNames(a)));
                assertEquals(i, a.path("index").asInt());
                assertTrue(a.path("input").asText().startsWith("api:"), a.toString());
                assertFalse(a.path("story").asText().isEmpty(), a.toString());
            }
            assertEquals(4, j.path("new").asInt() + j.path("copies").asInt());
            assertEquals(0, j.path("failed").asInt());
            assertEquals(0, j.path("alreadyStored").asInt());
            // the same articles again: every one already stored, nothing changes
            JsonNode again = srv.post("/api/articles", TOKEN, "application/json", TestServer.fixture().toString()).json();
            assertEquals(4, again.path("alreadyStored").asInt());
            for (JsonNode a : again.path("articles")) {
                assertEquals("already stored", a.path("status").asText());
            }
            // errors found before the ingest are answered as before
            TestServer.Reply bad = srv.post("/api/articles", TOKEN, "application/json", "[{\"title\": \"no text\"}]");
            assertEquals(400, bad.status());
            assertEquals("application/json;charset=utf-8", bad.header("Content-Type"));
            assertTrue(bad.json().path("error").asText().contains("[0].text is missing"), bad.body());
        }
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
