package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.store.Ingester;
import org.newsfuse.store.sqlite.SqliteStore;

/**
 * The caches of the read path never answer with what was true before a commit: once a POST has
 * returned, every story page, story JSON, listing and search read after it shows the change; a
 * commit by another writer of the same file is seen once the server's check for it is due
 * ({@link StoreVersion#CHECK_NANOS}). A real SQLite file, a real server on a random
 * loopback port, a real HTTP client; each read is made before the change too, so that it is cached.
 */
class FreshReadsTest {
    static final String TOKEN = "fresh-token";
    @TempDir
    Path dir;

    private static JsonNode post(TestServer srv, ArrayNode batch) {
        TestServer.Reply r = srv.post("/api/articles", TOKEN, "application/json", batch.toString());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> ids(JsonNode listing) {
        List<String> out = new ArrayList<>();
        listing.path("stories").forEach(s -> out.add(s.path("id").asText()));
        return out;
    }

    private static ArrayNode of(int... which) {
        ArrayNode all = TestServer.fixture();
        ArrayNode out = TestServer.JSON.createArrayNode();
        for (int i : which) {
            out.add(all.get(i));
        }
        return out;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aSearchAndAListingReadAfterAPostShowWhatItAdded() {
        try (TestServer srv = TestServer.start(dir.resolve("search.db"), TOKEN)) {
            String flood = post(srv, of(0, 1)).path("articles").get(0).path("story").asText();
            // read twice: the second answer comes from the cache
            for (int i = 0; i < 2; i++) {
                assertEquals(List.of(), ids(srv.get("/api/stories?q=tram").json()));
                assertFalse(srv.get("/?q=tram").body().contains("Tarsen"));
                assertEquals(List.of(flood), ids(srv.get("/api/stories").json()));
                assertFalse(srv.get("/").body().contains("Tarsen"));
            }
            String tram = post(srv, of(2, 3)).path("articles").get(0).path("story").asText();
            assertEquals(List.of(tram), ids(srv.get("/api/stories?q=tram").json()), "the search finds the new story");
            assertTrue(srv.get("/?q=tram").body().contains("/stories/" + tram), "the search page too");
            assertTrue(ids(srv.get("/api/stories").json()).contains(tram), "the listing lists it");
            assertTrue(srv.get("/").body().contains("/stories/" + tram), "the stories page too");
        }
    }

    @Test
    void aStoryReadAfterAPostThatChangedItShowsTheChangeAndAnUnchangedStoryStaysTheSame() {
        try (TestServer srv = TestServer.start(dir.resolve("story.db"), TOKEN)) {
            JsonNode first = post(srv, of(0, 2));
            String flood = first.path("articles").get(0).path("story").asText();
            String tram = first.path("articles").get(1).path("story").asText();
            String tramPage = srv.get("/stories/" + tram).body();
            String tramJson = srv.get("/api/stories/" + tram).body();
            for (int i = 0; i < 2; i++) {
                assertEquals(1, srv.get("/api/stories/" + flood).json().path("articles").size());
                assertFalse(srv.get("/stories/" + flood).body().contains("Lindell Courier"));
            }
            JsonNode joined = post(srv, of(1)).path("articles").get(0);
            assertEquals(flood, joined.path("story").asText(), "the second flood report joins the flood story");
            assertEquals(2, srv.get("/api/stories/" + flood).json().path("articles").size(), "the JSON has both articles");
            assertTrue(srv.get("/stories/" + flood).body().contains("Lindell Courier"), "the page lists the new article");
            assertEquals(tramPage, srv.get("/stories/" + tram).body(), "a story the post did not touch reads the same");
            assertEquals(tramJson, srv.get("/api/stories/" + tram).body());
        }
    }

    @Test
    void aCommitByAnotherWriterOfTheSameFileIsSeenToo() {
        Path db = dir.resolve("other.db");
        try (TestServer srv = TestServer.start(db, TOKEN)) {
            String flood = post(srv, of(0)).path("articles").get(0).path("story").asText();
            assertEquals(1, srv.get("/api/stories/" + flood).json().path("articles").size());
            assertFalse(srv.get("/stories/" + flood).body().contains("Lindell Courier"));
            assertEquals(List.of(), ids(srv.get("/api/stories?q=evacuated").json()));
            // another connection (as 'newsfuse ingest' in another process would) adds the second flood report
            List<RawDocument> docs = new ArrayList<>();
            docs.add(InputReader.jsonLine("other:1", of(1).get(0).toString(), e -> { }));
            EngineOptions eo = EngineOptions.defaults();
            try (SqliteStore other = SqliteStore.open(db, true)) {
                Ingester.Outcome out = new Ingester(new Engine(eo), eo, other, "test", 10).ingest(docs, e -> { }, null);
                assertEquals(1, out.newArticles());
            }
            // the server checks for other writers' commits when its last check is older than CHECK_NANOS
            sleep(3 * StoreVersion.CHECK_NANOS / 1_000_000);
            assertEquals(2, srv.get("/api/stories/" + flood).json().path("articles").size());
            assertTrue(srv.get("/stories/" + flood).body().contains("Lindell Courier"));
            assertEquals(List.of(flood), ids(srv.get("/api/stories?q=evacuated").json()));
        }
    }
}
