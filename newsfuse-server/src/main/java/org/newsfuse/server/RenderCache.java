package org.newsfuse.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered story pages and story JSON, kept as the UTF-8 bytes sent while the story is unchanged:
 * an entry is used only when the story's {@code updated} stamp (read fresh from the store for every
 * request) is the one it was rendered at, so an ingest by this server or by any other process is
 * seen at once. Least recently used entries go first once the entries hold more than the budget of
 * bytes. Rendering happens outside the cache's lock and outside the store connection: a request
 * looks up ({@link #peek}), reads what a miss needs, gives the connection back, renders, then
 * {@link #put}s.
 */
final class RenderCache {
    private record Entry(String stamp, byte[] value) {
    }

    /** About 100 MB of rendered bytes per cache. */
    static final long DEFAULT_BUDGET = 100L * 1024 * 1024;

    private final Map<String, Entry> map = new LinkedHashMap<>(1024, 0.75f, true);
    private final long budget;
    private long bytes;

    /** @param budget bytes the cached values may hold together */
    RenderCache(long budget) {
        this.budget = budget;
    }

    /** The bytes cached for {@code key} at {@code stamp}, or null when absent or stale. */
    byte[] peek(String key, String stamp) {
        synchronized (map) {
            Entry e = map.get(key);
            return e != null && e.stamp().equals(stamp) ? e.value() : null;
        }
    }

    /** Caches {@code text} (as UTF-8) for {@code key} at {@code stamp}; returns the bytes. A value over a quarter of the budget is not kept. */
    byte[] put(String key, String stamp, String text) {
        byte[] v = text.getBytes(StandardCharsets.UTF_8);
        if (v.length > budget / 4) {
            return v;
        }
        synchronized (map) {
            Entry old = map.put(key, new Entry(stamp, v));
            bytes += v.length - (old == null ? 0 : old.value().length);
            for (var it = map.entrySet().iterator(); bytes > budget && it.hasNext();) {
                bytes -= it.next().getValue().value().length;
                it.remove();
            }
        }
        return v;
    }
}
