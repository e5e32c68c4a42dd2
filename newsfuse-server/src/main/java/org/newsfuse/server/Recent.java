package org.newsfuse.server;

import java.util.function.Supplier;

/** A value computed at most once per period (a cheap list that may lag an ingest by that long). */
final class Recent<T> {
    private final long millis;
    private T value;
    private long at;

    Recent(long millis) {
        this.millis = millis;
    }

    synchronized T get(Supplier<T> compute) {
        long now = System.currentTimeMillis();
        if (value == null || now - at > millis) {
            value = compute.get();
            at = now;
        }
        return value;
    }
}
