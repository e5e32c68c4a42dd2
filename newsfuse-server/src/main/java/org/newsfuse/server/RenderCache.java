package org.newsfuse.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered story pages and story JSON, kept while the story is unchanged: an entry is used only
 * when the story's {@code updated} stamp (read fresh from the store for every request) is the one
 * it was rendered at, so an ingest by this server or by any other process is seen at once.
 * Least recently used entries go first once the entries hold more than the budget of characters.
 */
final class RenderCache {
    private record Entry(String stamp, String value) {
    }

    /** 48 million characters (about 100 MB) per cache. */
    static final long DEFAULT_BUDGET = 48L * 1024 * 1024;

    private final Map<String, Entry> map = new LinkedHashMap<>(1024, 0.75f, true);
    private final long budget;
    private long chars;

    /** @param budget characters the cached values may hold together */
    RenderCache(long budget) {
        this.budget = budget;
    }

    /** The value for {@code key} rendered at {@code stamp}, rendering (outside the lock) when absent or stale. */
    String get(String key, String stamp, Supplier<String> render) {
        synchronized (map) {
            Entry e = map.get(key);
            if (e != null && e.stamp().equals(stamp)) {
                return e.value();
            }
        }
        String v = render.get();
        if (v == null || v.length() > budget / 4) {
            return v;
        }
        synchronized (map) {
            Entry old = map.put(key, new Entry(stamp, v));
            chars += v.length() - (old == null ? 0 : old.value().length());
            for (var it = map.entrySet().iterator(); chars > budget && it.hasNext();) {
                chars -= it.next().getValue().value().length();
                it.remove();
            }
        }
        return v;
    }
}
