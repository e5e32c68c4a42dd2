package org.newsfuse.server;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.newsfuse.store.sqlite.SqliteStore;

/**
 * A number that changes whenever the store may have changed, read by every request without a lock
 * or a store call: this server's ingest bumps it after each commit, before its POST returns; a
 * commit by any other connection (another process's {@code newsfuse ingest}) is seen through
 * SQLite's {@code PRAGMA data_version} on a connection of its own, which one request at a time
 * checks when the last check is older than {@link #CHECK_NANOS} (the others do not wait for it).
 * So a read after this server's POST returned never gets what was cached before it, and another
 * writer's commit is seen within about {@link #CHECK_NANOS}.
 */
final class StoreVersion {
    /** How old the last check of another connection's commits may be: 10 ms. */
    static final long CHECK_NANOS = 10_000_000L;

    private final SqliteStore checker;
    private final AtomicLong version = new AtomicLong();
    private final ReentrantLock checking = new ReentrantLock();
    private volatile long checkedAt;
    private long dataVersion;

    /** @param checker a read-only connection used for nothing else (its owner closes it) */
    StoreVersion(SqliteStore checker) {
        this.checker = checker;
        this.dataVersion = checker.dataVersion();
        this.checkedAt = System.nanoTime();
    }

    /** The version now. Read it before reading what is cached under it. */
    long current() {
        if (System.nanoTime() - checkedAt > CHECK_NANOS && checking.tryLock()) {
            try {
                long v = checker.dataVersion();
                if (v != dataVersion) {
                    dataVersion = v;
                    version.incrementAndGet();
                }
                checkedAt = System.nanoTime();
            } finally {
                checking.unlock();
            }
        }
        return version.get();
    }

    /** Told by this server's writer after each commit (before the write's answer is sent). */
    void committed() {
        version.incrementAndGet();
    }
}
