package org.newsfuse.server;

import java.util.function.BiFunction;
import org.newsfuse.store.StoryListing;

/**
 * One rendering of every story (its page, or its JSON) through a {@link RenderCache}: a request
 * reads the store's data version first; while no commit has happened since the story was cached,
 * it is answered without a store connection. After a commit, the story's listing is read (one
 * indexed query) and the cached bytes are kept when the story is unchanged, rendered again when it
 * changed; the connection is held for the lookup (and a miss's stored JSON) only.
 */
final class StoryCache {
    /** A story's listing, and either its cached rendering or the stored JSON to render it from. */
    private record Read(StoryListing listing, byte[] bytes, String json) {
    }

    private final StorePool pool;
    private final RenderCache cache;
    private final BiFunction<StoryListing, String, byte[]> render;

    /** @param render the UTF-8 bytes of a story from its listing and stored story.json */
    StoryCache(StorePool pool, long budget, BiFunction<StoryListing, String, byte[]> render) {
        this.pool = pool;
        this.cache = new RenderCache(budget);
        this.render = render;
    }

    /**
     * What a rendered story depends on besides the id asked for: the story it resolves to (a merged
     * story's id resolves to the story it joined) and when that last changed.
     */
    static String stamp(StoryListing l) {
        return l.id() + "|" + l.updated() + "|" + l.articles() + "|" + l.headline();
    }

    /** The rendered story {@code id} stands for; a 404 {@link ApiError} when there is none. */
    byte[] get(String id) {
        long version = pool.version();
        byte[] hit = cache.fresh(id, version);
        if (hit != null) {
            return hit;
        }
        Read r = pool.read(s -> s.listing(id).map(l -> {
            byte[] same = cache.revalidate(id, stamp(l), version);
            return new Read(l, same, same != null ? null : s.storyJson(l.id()).orElse(null));
        }).orElse(null));
        if (r == null || r.bytes() == null && r.json() == null) {
            throw ApiError.notFound("no story with id '" + id + "'");
        }
        return r.bytes() != null ? r.bytes() : cache.put(id, version, stamp(r.listing()), render.apply(r.listing(), r.json()));
    }
}
