package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API on a real server (random loopback port), through a real HTTP client. */
class ApiTest {
    static final String TOKEN = "s3cret-token";
    @TempDir
    static Path dir;
    static TestServer srv;
    static JsonNode posted;

    @BeforeAll
    static void start() {
        srv = TestServer.start(dir.resolve("api.db"), TOKEN);
        TestServer.Reply r = srv.post("/api/articles", TOKEN, "application/json", TestServer.fixture().toString());
        assertEquals(200, r.status(), r.body());
        posted = r.json();
    }

    @AfterAll
    static void stop() {
        if (srv != null) {
            srv.close();
        }
    }

    /** A 4xx JSON error naming the problem, no stack trace. */
    static void assertError(TestServer.Reply r, int status, String mentions) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        JsonNode e = r.json();
        assertEquals(status, e.path("status").asInt());
        String m = e.path("error").asText();
        assertTrue(m.contains(mentions), "the error names the problem (" + mentions + "): " + m);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("org.newsfuse"),
                "no stack trace or class name: " + r.body());
    }

    @Test
    void postReturnsIdsAndStoryAssignmentsAndGroupsTheEvents() {
        assertEquals(4, posted.path("new").asInt(), posted.toString());
        JsonNode arts = posted.path("articles");
        assertEquals(4, arts.size());
        for (JsonNode a : arts) {
            assertEquals("new", a.path("status").asText(), a.toString());
            assertTrue(a.path("id").asText().matches("a\\d+"));
            assertEquals(a.path("id").asText(), a.path("article").asText());
            assertTrue(a.path("story").asText().matches("s\\d+"));
        }
        assertEquals(arts.get(0).path("story"), arts.get(1).path("story"), "the two flood reports are one story");
        assertEquals(arts.get(2).path("story"), arts.get(3).path("story"), "the two budget reports are one story");
        assertFalse(arts.get(0).path("story").equals(arts.get(2).path("story")), "two events, two stories");
        // the stored article is what was posted
        String id = arts.get(2).path("id").asText();
        JsonNode a = srv.get("/api/articles/" + id).json();
        assertEquals("Tarsen Post", a.path("outlet").asText());
        assertEquals("2024-03-12", a.path("published").asText());
        assertEquals(arts.get(2).path("story").asText(), a.path("story").asText());
        assertTrue(a.path("text").asText().contains("412 million crowns"));
        assertTrue(a.path("sentences").size() >= 3);
    }

    @Test
    void postingAgainAddsNothingAndACopyIsRecordedOnItsArticle() {
        JsonNode first = TestServer.fixture().get(0);
        TestServer.Reply again = srv.post("/api/articles", TOKEN, "application/json; charset=utf-8", first.toString());
        assertEquals(200, again.status(), again.body());
        JsonNode r = again.json().path("articles").get(0);
        assertEquals("already stored", r.path("status").asText());
        assertEquals(posted.path("articles").get(0).path("id").asText(), r.path("id").asText());
        var copy = first.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).put("outlet", "Valley Wire Reprint").remove("url");
        JsonNode c = srv.post("/api/articles", TOKEN, "application/json", copy.toString()).json().path("articles").get(0);
        assertEquals("copy", c.path("status").asText(), c.toString());
        assertEquals(posted.path("articles").get(0).path("id").asText(), c.path("article").asText());
        JsonNode viaCopyId = srv.get("/api/articles/" + c.path("id").asText()).json();
        assertEquals(c.path("article").asText(), viaCopyId.path("id").asText(), "a copy's id resolves to its article");
        assertTrue(viaCopyId.path("duplicates").toString().contains("Valley Wire Reprint"));
    }

    @Test
    void writesNeedTheToken() {
        String body = TestServer.fixture().get(0).toString();
        TestServer.Reply none = srv.post("/api/articles", null, "application/json", body);
        assertError(none, 401, "token");
        assertEquals("Bearer", none.header("WWW-Authenticate"));
        assertError(srv.post("/api/articles", "wrong", "application/json", body), 403, "wrong token");
        assertError(srv.post("/api/articles", TOKEN + "x", "application/json", body), 403, "wrong token");
    }

    @Test
    void withNoTokenConfiguredWritesAreRefusedAndReadsStayOpen() {
        try (TestServer ro = TestServer.start(dir.resolve("readonly.db"), null)) {
            assertError(ro.post("/api/articles", "anything", "application/json", TestServer.fixture().toString()), 403,
                    "without a token");
            assertError(ro.post("/api/articles", null, "application/json", "{}"), 403, "without a token");
            TestServer.Reply h = ro.get("/api/health");
            assertEquals(200, h.status());
            assertFalse(h.json().path("writes").asBoolean());
            assertEquals(0, ro.get("/api/stories").json().path("stories").size());
        }
    }

    @Test
    void badBodiesGetA4xxNamingTheProblem() {
        assertError(srv.post("/api/articles", TOKEN, "application/json", "{\"text\": "), 400, "malformed JSON");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "{\"text\": \"a\"} {}"), 400, "malformed JSON");
        assertError(srv.post("/api/articles", TOKEN, "application/json", ""), 400, "empty body");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "[" .repeat(5000) + "]".repeat(5000)), 400, "malformed JSON");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "{\"text\": 5}"), 400, "text is a number, not a string");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "{\"title\": \"x\"}"), 400, "text is missing");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "{\"text\": \"   \"}"), 400, "text is empty");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "[]"), 400, "no article");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "\"text\""), 400, "a string");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "[{\"text\": \"Fine. Text.\"}, 7]"), 400,
                "article [1] is a number");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "[{\"text\": \"Fine. Text.\", \"title\": [1]}]"), 400,
                "[0].title is an array");
        assertError(srv.post("/api/articles", TOKEN, "application/json", "{\"text\": \"Fine. Text.\", \"published\": \"soon\"}"),
                400, "published is 'soon', not a date");
        assertError(srv.post("/api/articles", TOKEN, "text/plain", "{\"text\": \"Fine.\"}"), 415, "must be JSON");
        assertError(srv.post("/api/articles", TOKEN, null, "{\"text\": \"Fine.\"}"), 415, "must be JSON");
        assertError(srv.post("/api/articles?x=1", TOKEN, "application/json", "{\"text\": \"Fine.\"}"), 400, "unknown parameter 'x'");
    }

    @Test
    void bodiesOverTheLimitGet413DeclaredOrStreamed() {
        try (TestServer small = new TestServer(dir.resolve("small.db"), ServerOptions.of(0, TOKEN, "test").withMaxBodyBytes(4096))) {
            String big = TestServer.article("t", "o", "2024-01-01", null, "word ".repeat(2000)).toString();
            assertError(small.post("/api/articles", TOKEN, "application/json", big), 413, "over the limit of 4096 bytes");
            // no Content-Length: the body is streamed in chunks and cut off at the limit
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(small.base + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))).build();
            assertError(small.send(chunked), 413, "over the limit");
        }
        try (TestServer few = new TestServer(dir.resolve("few.db"), new ServerOptions("127.0.0.1", 0, TOKEN,
                ServerOptions.DEFAULT_MAX_BODY, 2, 2, "test"))) {
            assertError(few.post("/api/articles", TOKEN, "application/json", TestServer.fixture().toString()), 413,
                    "4 articles in one request, over the limit of 2");
        }
    }

    @Test
    void storiesListFiltersAndPages() {
        // (stories other tests post are dated later than 2024-06-30)
        JsonNode all = srv.get("/api/stories?to=2024-06-30").json();
        assertEquals(2, all.path("stories").size(), all.toString());
        assertTrue(all.path("next").isNull());
        JsonNode first = all.path("stories").get(0);
        assertEquals("2024-05-06", first.path("to").asText(), "newest activity first");
        for (String f : List.of("id", "headline", "topic", "articleCount", "outlets", "from", "to", "summary", "updated")) {
            assertTrue(first.has(f), "field " + f);
        }
        JsonNode flood = srv.get("/api/stories?q=Brindle%20evacuated").json().path("stories");
        assertEquals(1, flood.size());
        assertTrue(flood.get(0).path("outlets").toString().contains("Lindell Courier"));
        assertEquals(0, srv.get("/api/stories?q=zeppelin").json().path("stories").size());
        JsonNode byOutlet = srv.get("/api/stories?outlet=Tarsen%20Post").json().path("stories");
        assertEquals(1, byOutlet.size());
        assertTrue(byOutlet.get(0).path("headline").asText().contains("Tarsen") || byOutlet.get(0).path("headline").asText().contains("ram"));
        assertEquals(1, srv.get("/api/stories?entity=Tova%20Renlund").json().path("stories").size());
        assertEquals(1, srv.get("/api/stories?from=2024-05-01&to=2024-06-30").json().path("stories").size());
        assertEquals(1, srv.get("/api/stories?to=2024-04-01").json().path("stories").size());
        assertEquals(0, srv.get("/api/stories?from=2024-04-01&to=2024-04-30").json().path("stories").size());
        JsonNode p1 = srv.get("/api/stories?limit=1&to=2024-06-30").json();
        assertEquals(1, p1.path("stories").size());
        String next = p1.path("next").asText();
        assertFalse(next.isEmpty());
        JsonNode p2 = srv.get("/api/stories?limit=1&to=2024-06-30&cursor=" + next).json();
        assertEquals(1, p2.path("stories").size());
        assertTrue(p2.path("next").isNull());
        Set<String> ids = new HashSet<>(List.of(p1.path("stories").get(0).path("id").asText(), p2.path("stories").get(0).path("id").asText()));
        assertEquals(2, ids.size(), "the pages do not overlap");
    }

    @Test
    void badParametersGet400() {
        assertError(srv.get("/api/stories?limit=0"), 400, "limit is 0, not between 1 and 200");
        assertError(srv.get("/api/stories?limit=201"), 400, "limit is 201");
        assertError(srv.get("/api/stories?limit=ten"), 400, "limit is 'ten', not a whole number");
        assertError(srv.get("/api/stories?from=2024-02-30"), 400, "from is '2024-02-30', not a date");
        assertError(srv.get("/api/stories?to=yesterday"), 400, "to is 'yesterday'");
        assertError(srv.get("/api/stories?from=2024-05-01&to=2024-04-01"), 400, "from (2024-05-01) is after to (2024-04-01)");
        assertError(srv.get("/api/stories?cursor=AAAA"), 400, "not a cursor");
        assertError(srv.get("/api/stories?cursor=%3Cx%3E"), 400, "not a cursor");
        assertError(srv.get("/api/stories?sort=new"), 400, "unknown parameter 'sort'");
        assertError(srv.get("/api/stories?q=a&q=b"), 400, "'q' given 2 times");
        assertError(srv.get("/api/stories?q=" + "x".repeat(600)), 400, "over the limit of 500");
        assertError(srv.get("/api/entities"), 400, "q is missing");
        assertError(srv.get("/api/entities?q=Tova&limit=-1"), 400, "limit is -1");
    }

    @Test
    void unknownIdsRoutesAndMethodsGetJsonErrors() {
        assertError(srv.get("/api/stories/s9999"), 404, "no story with id 's9999'");
        assertError(srv.get("/api/stories/nine"), 404, "no story with id 'nine'");
        assertError(srv.get("/api/stories/s1%27%20OR%201=1"), 404, "no story with id");
        assertError(srv.get("/api/articles/a9999"), 404, "no article with id 'a9999'");
        assertError(srv.get("/api/articles/..%2F..%2Fpom.xml"), 404, "no article");
        assertError(srv.get("/api/nothing"), 404, "/api/nothing");
        TestServer.Reply put = srv.send(HttpRequest.newBuilder(URI.create(srv.base + "/api/stories"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertError(put, 405, "PUT");
        TestServer.Reply del = srv.send(HttpRequest.newBuilder(URI.create(srv.base + "/api/articles/a1")).DELETE().build());
        assertError(del, 405, "DELETE");
    }

    @Test
    void storyJsonArticlesEntitiesOutletsAndHealth() {
        String sid = posted.path("articles").get(0).path("story").asText();
        JsonNode s = srv.get("/api/stories/" + sid).json();
        assertEquals(sid, s.path("id").asText());
        for (String f : List.of("headline", "summary", "articles", "quotes", "entities", "facts", "exclusives", "omissions",
                "discrepancies", "timeline")) {
            assertTrue(s.has(f), "story.json field " + f);
        }
        assertTrue(s.path("summary").get(0).path("evidence").size() > 0);
        JsonNode ents = srv.get("/api/entities?q=tova").json().path("entities");
        assertTrue(ents.size() >= 1, ents.toString());
        assertEquals("Tova Renlund", ents.get(0).path("name").asText());
        assertEquals(sid, ents.get(0).path("story").asText());
        JsonNode outlets = srv.get("/api/outlets").json().path("outlets");
        assertTrue(outlets.toString().contains("\"outlet\":\"Harbour Weekly\""), outlets.toString());
        JsonNode h = srv.get("/api/health").json();
        assertEquals("ok", h.path("status").asText());
        assertTrue(h.path("articles").asInt() >= 4);
        assertTrue(h.path("writes").asBoolean());
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoCors() {
        for (String path : List.of("/", "/api/health", "/api/stories/s9999", "/static/desk.css", "/openapi.json", "/nope")) {
            TestServer.Reply r = srv.send(HttpRequest.newBuilder(URI.create(srv.base + path))
                    .header("Origin", "http://evil.example").build());
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            String csp = r.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertNull(r.header("Access-Control-Allow-Origin"), "no CORS on " + path);
        }
        TestServer.Reply pre = srv.send(HttpRequest.newBuilder(URI.create(srv.base + "/api/articles"))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(pre.status() >= 400 && pre.status() < 500, "a preflight is refused: " + pre.status());
        assertNull(pre.header("Access-Control-Allow-Origin"));
    }

    @Test
    void noRouteServesAFileByAUserGivenPath() {
        for (String path : List.of("/static/../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/desk.css/../../pom.xml",
                "/static/openapi.json", "/org/newsfuse/server/desk.css", "/static/", "/etc/passwd")) {
            TestServer.Reply r = srv.get(path.replace("..", "%2e%2e"));
            assertTrue(r.status() == 404 || r.status() == 400, path + " -> " + r.status());
            assertFalse(r.body().contains("<project") || r.body().contains("root:"), path);
        }
        assertEquals(200, srv.get("/static/desk.css").status());
    }

    @Test
    void aStoryPageAndItsJsonShowArticlesThatJoinLater() {
        ArrayNode batch = TestServer.JSON.createArrayNode();
        batch.add(TestServer.article("Quarry pond overflows near Sellby", "Sellby Echo", "2024-09-02", null,
                "The old quarry pond at Sellby overflowed on Monday after two days of rain, the county said. "
                + "Water covered the road to the Sellby school. Workers pumped the pond through the night."));
        String story = srv.post("/api/articles", TOKEN, "application/json", batch.toString()).json().path("articles").get(0)
                .path("story").asText();
        String before = srv.get("/stories/" + story).body();
        assertEquals(1, srv.get("/api/stories/" + story).json().path("articles").size());
        assertFalse(before.contains("Sellby Tribune"));
        ArrayNode more = TestServer.JSON.createArrayNode();
        more.add(TestServer.article("Sellby quarry pond floods school road", "Sellby Tribune", "2024-09-02", null,
                "Rain made the old quarry pond in Sellby overflow on Monday and water covered the road to the school, "
                + "county officials said. Workers pumped the pond through the night. The road reopened on Tuesday."));
        JsonNode joined = srv.post("/api/articles", TOKEN, "application/json", more.toString()).json().path("articles").get(0);
        assertEquals(story, joined.path("story").asText(), "the second report joins the story");
        assertTrue(srv.get("/stories/" + story).body().contains("Sellby Tribune"), "the page lists the new article");
        assertEquals(2, srv.get("/api/stories/" + story).json().path("articles").size(), "the JSON too");
    }

    @Test
    void untrustedTextIsEscapedOnThePagesAndOnlyHttpLinksAreMade() {
        ArrayNode batch = TestServer.JSON.createArrayNode();
        batch.add(TestServer.article("Gate <script>alert('t')</script> closes", "<img src=x onerror=alert(1)>", "2024-07-01",
                "javascript:alert('u')", "The Fenwick gate closed on Monday after a storm damaged its hinges, the port authority "
                + "said. <script>alert('x')</script> Repairs will take two weeks. Ships will use the north gate meanwhile."));
        JsonNode r = srv.post("/api/articles", TOKEN, "application/json", batch.toString()).json().path("articles").get(0);
        String id = r.path("article").asText();
        String page = srv.get("/articles/" + id).body();
        assertFalse(page.contains("<script>alert"), "no script tag from the content");
        assertFalse(page.contains("<img src=x"), "no img tag from the content");
        assertTrue(page.contains("&lt;script&gt;alert("), "the title shows as text");
        assertFalse(page.contains("href=\"javascript:"), "no javascript: link");
        String story = srv.get("/stories/" + r.path("story").asText()).body();
        assertFalse(story.contains("<script>alert") || story.contains("<img src=x"));
        String outlet = srv.get("/outlets/" + org.newsfuse.server.view.V.enc("<img src=x onerror=alert(1)>")).body();
        assertTrue(outlet.contains("&lt;img src=x onerror=alert(1)&gt;"), "the outlet page names it, escaped");
        assertFalse(outlet.contains("<img src=x"));
        String listing = srv.get("/?q=Fenwick").body();
        assertTrue(listing.contains("Gate &lt;script&gt;"), listing);
    }
}
