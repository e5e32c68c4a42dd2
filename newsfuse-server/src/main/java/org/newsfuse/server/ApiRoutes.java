package org.newsfuse.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.RawDocument;
import org.newsfuse.server.view.StoryData;
import org.newsfuse.store.EntityListing;
import org.newsfuse.store.StoredArticle;
import org.newsfuse.store.StoryPage;
import org.newsfuse.store.StoryStore;

/** The REST API under {@code /api}: JSON in the field names of story.json and {@code stories --json}. */
final class ApiRoutes {
    static final String JSON_TYPE = "application/json; charset=utf-8";
    private final StorePool pool;
    private final IngestService ingest;
    private final ServerOptions options;
    private final StoryCache storyJson;
    /** Listings and searches by their query, while the store is unchanged. */
    private final RenderCache listings = new RenderCache(PageRoutes.LISTING_BUDGET);

    ApiRoutes(StorePool pool, IngestService ingest, ServerOptions options) {
        this.pool = pool;
        this.ingest = ingest;
        this.options = options;
        this.storyJson = new StoryCache(pool, RenderCache.DEFAULT_BUDGET,
                (l, json) -> json.getBytes(StandardCharsets.UTF_8));
    }

    void register(RoutesConfig r) {
        r.get("/api/health", this::health);
        r.get("/api/stories", this::stories);
        r.get("/api/stories/{id}", this::story);
        r.get("/api/articles/{id}", this::article);
        r.post("/api/articles", this::post);
        r.get("/api/entities", this::entities);
        r.get("/api/outlets", this::outlets);
    }

    private void health(Context ctx) {
        new Params(ctx, Set.of(), true);
        StoryStore.Counts c = pool.read(StoryStore::counts);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("status", "ok");
        o.put("version", options.version());
        o.put("articles", c.articles());
        o.put("copies", c.copies());
        o.put("stories", c.stories());
        o.put("writes", options.token() != null);
        send(ctx, 200, o);
    }

    private void stories(Context ctx) {
        Params p = new Params(ctx, Params.STORY_QUERY, true);
        var q = p.storyQuery();
        String key = Pages.key(q);
        long version = pool.version();
        byte[] body = listings.fresh(key, version);
        if (body == null) {
            StoryPage page = pool.read(s -> Pages.query(s, q));
            body = listings.put(key, version, "", listing(page).toString());
        }
        Cached.send(ctx, JSON_TYPE, body);
    }

    /** A page of stories in the format of {@code newsfuse stories --json}. */
    static ObjectNode listing(StoryPage page) {
        return page.json();
    }

    private void story(Context ctx) {
        new Params(ctx, Set.of(), true);
        Cached.send(ctx, JSON_TYPE, storyJson.get(Ids.story(ctx.pathParam("id"))));
    }

    private void article(Context ctx) {
        new Params(ctx, Set.of(), true);
        String id = Ids.article(ctx.pathParam("id"));
        ObjectNode o = pool.read(st -> st.article(id).map(a -> articleJson(a, st))).orElseThrow(
                () -> ApiError.notFound("no article with id '" + id + "'"));
        send(ctx, 200, o);
    }

    /** An article with the fields of story.json's {@code articles[]}, plus its {@code story}. */
    static ObjectNode articleJson(StoredArticle a, StoryStore st) {
        JsonNode inStory = StoryData.of(st.storyJson(a.story()).orElse(null)).article(a.id());
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("story", a.story());
        o.put("input", a.input());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("byline", a.byline());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.set("dateline", inStory.path("dateline").isMissingNode() ? null : inStory.get("dateline"));
        o.put("url", a.url());
        o.set("language", inStory.path("language").isMissingNode() ? null : inStory.get("language"));
        o.put("text", a.text());
        o.set("sentences", inStory.path("sentences").isArray() ? inStory.get("sentences") : Json.MAPPER.createArrayNode());
        ArrayNode inputs = o.putArray("inputs");
        inputs.add(a.input());
        a.copies().forEach(c -> inputs.add(c.input()));
        ArrayNode dups = o.putArray("duplicates");
        for (StoredArticle.Copy c : a.copies()) {
            ObjectNode d = dups.addObject();
            d.put("id", c.id());
            d.put("input", c.input());
            d.put("outlet", c.outlet());
            d.put("url", c.url());
            d.put("published", c.published() == null ? null : c.published().toString());
            d.put("similarity", Math.round(c.similarity() * 1000) / 1000.0);
            d.put("reason", c.reason());
        }
        return o;
    }

    private void entities(Context ctx) {
        Params p = new Params(ctx, Set.of("q", "limit"), true);
        String q = p.text("q");
        if (q == null) {
            throw ApiError.badRequest("q is missing: give the start of a name (q=...)");
        }
        int limit = p.integer("limit", Params.DEFAULT_LIMIT, 1, Params.MAX_LIMIT);
        List<EntityListing> found = pool.read(st -> st.entities(q, limit));
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode arr = root.putArray("entities");
        for (EntityListing e : found) {
            ObjectNode o = arr.addObject();
            o.put("name", e.name());
            o.put("type", e.type());
            ArrayNode al = o.putArray("aliases");
            e.aliases().forEach(al::add);
            o.put("mentions", e.mentions());
            o.put("story", e.story());
        }
        send(ctx, 200, root);
    }

    private void outlets(Context ctx) {
        new Params(ctx, Set.of(), true);
        List<StoryStore.OutletCount> all = pool.read(StoryStore::outlets);
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode arr = root.putArray("outlets");
        for (StoryStore.OutletCount c : all) {
            ObjectNode o = arr.addObject();
            o.put("outlet", c.outlet());
            o.put("stories", c.stories());
        }
        send(ctx, 200, root);
    }

    private void post(Context ctx) {
        new Params(ctx, Set.of(), true);
        if (options.token() == null) {
            throw new ApiError(403, "writes are disabled: this server was started without a token "
                    + "(--token or NEWSFUSE_TOKEN)");
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        if (given == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "a token is needed: send 'Authorization: Bearer TOKEN'");
        }
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), options.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(403, "wrong token");
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, "the body must be JSON (Content-Type: application/json), not "
                    + (type == null ? "untyped" : "'" + Json.clip(type) + "'"));
        }
        byte[] body = Bodies.read(ctx, options.maxBodyBytes());
        List<RawDocument> docs = ingest.parse(Json.parse(body));
        ObjectNode counts = Json.MAPPER.createObjectNode();
        // the HTTP thread is free while the POST waits for its turn and its ingest (Javalin answers when the
        // future completes; an exception in it goes to the same exception handlers as one thrown here)
        ctx.future(() -> ingest.submit(docs, counts).thenAccept(results -> {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.set("articles", results);
            root.setAll(counts);
            send(ctx, 200, root);
        }));
    }

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON_TYPE).result(body.toString());
    }
}
