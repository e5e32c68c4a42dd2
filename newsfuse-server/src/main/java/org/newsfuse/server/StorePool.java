package org.newsfuse.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.sqlite.SqliteStore;

/**
 * Read-only connections to the store, lent one per request. The file is in WAL mode, so a reader
 * sees the last committed state and never waits for an ingest's transaction; each use runs in one
 * read transaction (a consistent snapshot). One more connection of its own keeps
 * {@link #version} ({@link StoreVersion}), so that caches can tell without a query of their own
 * that nothing changed.
 */
final class StorePool implements AutoCloseable {
    private final BlockingQueue<SqliteStore> idle;
    private final List<SqliteStore> all = new ArrayList<>();
    private final StoreVersion version;

    StorePool(Path db, int size) {
        idle = new ArrayBlockingQueue<>(size);
        try {
            SqliteStore checker = SqliteStore.open(db, false);
            all.add(checker);
            version = new StoreVersion(checker);
            for (int i = 0; i < size; i++) {
                SqliteStore s = SqliteStore.open(db, false);
                all.add(s);
                idle.add(s);
            }
        } catch (StoreException e) {
            close();
            throw e;
        }
    }

    /**
     * The store's version now ({@link StoreVersion}). Read it before reading what is cached under
     * it: something read after it is then at least as new as the version says.
     */
    long version() {
        return version.current();
    }

    /** Told by this server's writer after each commit. */
    void committed() {
        version.committed();
    }

    /** Runs {@code work} on a lent connection, in one read transaction. */
    <T> T read(Function<SqliteStore, T> work) {
        SqliteStore s;
        try {
            s = idle.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a store connection", e);
        }
        if (s == null) {
            throw new IllegalStateException("no store connection free within 30 s");
        }
        try {
            return s.snapshot(() -> work.apply(s));
        } finally {
            idle.add(s);
        }
    }

    @Override
    public void close() {
        for (SqliteStore s : all) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // closing anyway
            }
        }
    }
}
