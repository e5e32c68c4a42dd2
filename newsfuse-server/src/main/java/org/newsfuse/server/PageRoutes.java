package org.newsfuse.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.server.view.ArticleView;
import org.newsfuse.server.view.EntityView;
import org.newsfuse.server.view.OutletView;
import org.newsfuse.server.view.StoriesView;
import org.newsfuse.server.view.StoryView;
import org.newsfuse.store.StoredStory;
import org.newsfuse.store.StoryListing;
import org.newsfuse.store.StoryPage;
import org.newsfuse.store.StoryQuery;
import org.newsfuse.store.StoryStore;

/** The desk's pages: {@code /}, {@code /stories/{id}}, {@code /articles/{id}}, {@code /entities/{id}}, {@code /outlets/{name}}. */
final class PageRoutes {
    static final String HTML_TYPE = "text/html; charset=utf-8";
    /** Stories an entity or outlet page reads. */
    static final int PAGE_STORIES = 50;
    /** Bytes of listing and search pages (or their JSON) cached. */
    static final long LISTING_BUDGET = 64L * 1024 * 1024;
    private static final TemplateEngine JTE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            PageRoutes.class.getClassLoader(), "org.newsfuse.server.pages");

    private final StorePool pool;
    private final StoryCache stories;
    /** Listing and search pages by their query, while the store is unchanged. */
    private final RenderCache listings = new RenderCache(LISTING_BUDGET);
    /** The outlet list of the filter and coverage bar: a GROUP BY over every story, so read at most every 10 s. */
    private final Recent<List<String>> outletNames = new Recent<>(10_000);

    PageRoutes(StorePool pool) {
        this.pool = pool;
        this.stories = new StoryCache(pool, RenderCache.DEFAULT_BUDGET, (l, json) -> htmlBytes("story.jte", StoryView.of(l, json)));
    }

    void register(RoutesConfig r) {
        r.get("/", this::stories);
        r.get("/stories/{id}", this::story);
        r.get("/articles/{id}", this::article);
        r.get("/entities/{id}", this::entity);
        r.get("/outlets/{name}", this::outlet);
    }

    private void stories(Context ctx) {
        StoryQuery q = new Params(ctx, Params.STORY_QUERY, false).storyQuery();
        // the page is the same for the same query while the store is unchanged (the outlet list of the
        // filter may lag an ingest by its 10 s, as it does uncached)
        String key = Pages.key(q);
        long version = pool.version();
        byte[] page = listings.fresh(key, version);
        if (page == null) {
            StoriesView v = pool.read(s -> {
                StoryPage found = Pages.query(s, q);
                List<String> outlets = outletNames.get(() -> {
                    List<String> names = new ArrayList<>();
                    s.outlets().forEach(o -> names.add(o.outlet()));
                    return names;
                });
                return StoriesView.of(q, found, outlets);
            });
            page = listings.put(key, version, "", htmlBytes("stories.jte", v));
        }
        Cached.send(ctx, HTML_TYPE, page);
    }

    private void story(Context ctx) {
        new Params(ctx, Set.of(), false);
        Cached.send(ctx, HTML_TYPE, stories.get(Ids.story(ctx.pathParam("id"))));
    }

    private void article(Context ctx) {
        int sentence = new Params(ctx, Set.of("s"), false).integer("s", -1, 0, 1_000_000);
        String id = Ids.article(ctx.pathParam("id"));
        ArticleView v = pool.read(s -> s.article(id).map(a -> ArticleView.of(a, s.story(a.story()).orElse(null), sentence)))
                .orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'"));
        render(ctx, "article.jte", v);
    }

    private void entity(Context ctx) {
        new Params(ctx, Set.of(), false);
        String name = name(ctx.pathParam("id"), "entity");
        EntityView v = pool.read(s -> {
            List<StoredStory> stories = stories(s, new StoryQuery(null, null, name, null, null, PAGE_STORIES, null));
            return stories.isEmpty() ? null : EntityView.of(name, stories, stories.size() == PAGE_STORIES);
        });
        if (v == null) {
            throw ApiError.notFound("no story mentions '" + name + "'");
        }
        render(ctx, "entity.jte", v);
    }

    private void outlet(Context ctx) {
        new Params(ctx, Set.of(), false);
        String name = name(ctx.pathParam("name"), "outlet");
        OutletView v = pool.read(s -> {
            int count = s.outlets().stream().filter(o -> o.outlet().equals(name)).mapToInt(StoryStore.OutletCount::stories)
                    .findFirst().orElse(0);
            if (count == 0) {
                return null;
            }
            List<StoredStory> stories = stories(s, new StoryQuery(null, name, null, null, null, PAGE_STORIES, null));
            return OutletView.of(name, count, stories, count > stories.size());
        });
        if (v == null) {
            throw ApiError.notFound("no outlet named '" + name + "'");
        }
        render(ctx, "outlet.jte", v);
    }

    private static List<StoredStory> stories(StoryStore s, StoryQuery q) {
        List<StoredStory> out = new ArrayList<>();
        for (StoryListing l : Pages.query(s, q).stories()) {
            s.story(l.id()).ifPresent(out::add);
        }
        return out;
    }

    private static String name(String raw, String what) {
        if (raw == null || raw.isBlank() || raw.length() > 300) {
            throw ApiError.notFound("no " + what + " named '" + Json.clip(String.valueOf(raw)) + "'");
        }
        return raw.strip();
    }

    static void render(Context ctx, String template, Object model) {
        ctx.contentType(HTML_TYPE).result(html(template, model));
    }

    /**
     * A page as the UTF-8 bytes sent, encoded once as it is rendered (not built as a String, copied and
     * encoded again): what the caches keep.
     */
    static byte[] htmlBytes(String template, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        JTE.render(template, model, out);
        return out.toByteArray();
    }

    static String html(String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        JTE.render(template, model, out);
        return out.toString();
    }

    static String errorPage(int status, String message) {
        StringOutput out = new StringOutput();
        JTE.render("error.jte", Map.of("status", status, "message", message), out);
        return out.toString();
    }
}
