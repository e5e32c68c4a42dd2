package org.newsfuse.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered responses (story pages, story JSON, listings and searches), kept as the UTF-8 bytes sent,
 * each tagged with the store's data version it is known to be current at ({@link StorePool#version})
 * and, for a story, the stamp of what it was rendered from. A request takes an entry as it is only
 * at the version it reads before it reads anything else ({@link #fresh}); after a commit an entry
 * can be {@link #revalidate}d by its stamp (one cheap query) instead of rendered again. Least
 * recently used entries go first once the entries hold more than the budget of bytes. Rendering
 * happens outside the cache's lock and outside any store connection.
 */
final class RenderCache {
    private record Entry(long version, String stamp, byte[] value) {
    }

    /** About 100 MB of rendered bytes per cache of stories. */
    static final long DEFAULT_BUDGET = 100L * 1024 * 1024;

    private final Map<String, Entry> map = new LinkedHashMap<>(1024, 0.75f, true);
    private final long budget;
    private long bytes;

    /** @param budget bytes the cached values may hold together */
    RenderCache(long budget) {
        this.budget = budget;
    }

    /** The bytes cached for {@code key} at the store's data version {@code version}, or null. */
    byte[] fresh(String key, long version) {
        synchronized (map) {
            Entry e = map.get(key);
            return e != null && e.version() == version ? e.value() : null;
        }
    }

    /**
     * The bytes cached for {@code key} when they were rendered from {@code stamp} (read at
     * {@code version}), now tagged with that version; null when absent or rendered from another stamp.
     */
    byte[] revalidate(String key, String stamp, long version) {
        synchronized (map) {
            Entry e = map.get(key);
            if (e == null || !e.stamp().equals(stamp)) {
                return null;
            }
            if (e.version() != version) {
                map.put(key, new Entry(version, stamp, e.value()));
            }
            return e.value();
        }
    }

    /**
     * Caches {@code text} (as UTF-8) for {@code key}, rendered from {@code stamp} read at
     * {@code version}; returns the bytes. A value over a quarter of the budget is not kept.
     */
    byte[] put(String key, long version, String stamp, String text) {
        return put(key, version, stamp, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Caches the bytes {@code v} for {@code key}, as {@link #put(String, long, String, String)}; returns them. */
    byte[] put(String key, long version, String stamp, byte[] v) {
        if (v.length > budget / 4) {
            return v;
        }
        synchronized (map) {
            Entry old = map.put(key, new Entry(version, stamp, v));
            bytes += v.length - (old == null ? 0 : old.value().length);
            for (var it = map.entrySet().iterator(); bytes > budget && it.hasNext();) {
                bytes -= it.next().getValue().value().length;
                it.remove();
            }
        }
        return v;
    }
}
