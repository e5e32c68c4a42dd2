package org.newsfuse.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered story pages and story JSON, kept while the story is unchanged: an entry is used only
 * when the story's {@code updated} stamp (read fresh from the store for every request) is the one
 * it was rendered at, so an ingest by this server or by any other process is seen at once.
 * Least recently used entries go first.
 */
final class RenderCache {
    private record Entry(String stamp, String value) {
    }

    private final Map<String, Entry> map;

    RenderCache(int size) {
        map = new LinkedHashMap<>(size * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > size;
            }
        };
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
        synchronized (map) {
            map.put(key, new Entry(stamp, v));
        }
        return v;
    }
}
