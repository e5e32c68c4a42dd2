package org.newsfuse.pipeline;

import java.time.Duration;

/**
 * The time budget of the document the current thread is working on. {@link Pipeline} opens it
 * around a document's article stages; long loops in the stages call {@link #check()} (between
 * sentences, blocks, lines), which throws {@link Exceeded} once the budget is spent, and the
 * pipeline turns that into an error for that document. Outside a budget, {@link #check()} does
 * nothing.
 */
public final class Budget {
    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private Budget() {
    }

    /** Thrown by {@link #check()} when the current document's budget is spent. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("over the per-document time budget", null, false, false);
        }
    }

    /** Starts a budget of {@code d} for the current thread; returns the previous deadline (to restore). */
    static long[] open(Duration d) {
        long[] previous = DEADLINE.get();
        long nanos = d.toNanos();
        DEADLINE.set(new long[] {System.nanoTime() + (nanos <= 0 ? Long.MAX_VALUE / 4 : nanos)});
        return previous;
    }

    static void restore(long[] previous) {
        if (previous == null) {
            DEADLINE.remove();
        } else {
            DEADLINE.set(previous);
        }
    }

    /** Throws {@link Exceeded} when the current thread's document is over its budget. */
    public static void check() {
        long[] d = DEADLINE.get();
        if (d != null && System.nanoTime() - d[0] > 0) {
            throw new Exceeded();
        }
    }
}
