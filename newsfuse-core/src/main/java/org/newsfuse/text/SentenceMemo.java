package org.newsfuse.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A feature of a sentence's text that several story stages read, computed once per thread and
 * shared: the summarizer and the comparison both ask for the figures a sentence gives, and a story
 * runs all its stages on one thread, so the second asks costs a map look-up. Keyed by the text
 * itself (the feature is a pure function of it), so a hit is always right; at most {@link #capacity}
 * texts per thread are kept, the least recently used going first, so memory stays bounded whatever
 * the number of stories.
 *
 * @param <V> the feature (immutable: it is shared by every caller)
 */
public final class SentenceMemo<V> {
    /** Texts kept per thread: more than the sentences of any ordinary story. */
    public static final int DEFAULT_CAPACITY = 8192;

    private final Function<String, V> compute;
    private final int capacity;
    private final ThreadLocal<Map<String, V>> perThread;

    public SentenceMemo(Function<String, V> compute) {
        this(compute, DEFAULT_CAPACITY);
    }

    public SentenceMemo(Function<String, V> compute, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.compute = compute;
        this.capacity = capacity;
        this.perThread = ThreadLocal.withInitial(() -> new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > SentenceMemo.this.capacity;
            }
        });
    }

    /** The feature of {@code text}, computed on this thread's first ask since it was last forgotten. */
    public V get(String text) {
        Map<String, V> m = perThread.get();
        V v = m.get(text);
        if (v == null) {
            v = compute.apply(text);
            m.put(text, v);
        }
        return v;
    }

    /** How many texts this thread keeps (for tests). */
    int size() {
        return perThread.get().size();
    }
}
