package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.store.sqlite.SqliteStore;

class StoreVersionTest {
    @TempDir
    Path dir;

    private static long afterCheckIsDue(StoreVersion v) throws InterruptedException {
        Thread.sleep(3 * StoreVersion.CHECK_NANOS / 1_000_000);
        return v.current();
    }

    @Test
    void ownCommitsChangeItAtOnceOtherWritersCommitsByTheNextCheckAndNothingElseChangesIt() throws Exception {
        Path db = dir.resolve("v.db");
        try (SqliteStore w = SqliteStore.open(db, true); SqliteStore checker = SqliteStore.open(db, false)) {
            StoreVersion v = new StoreVersion(checker);
            long v0 = v.current();
            assertEquals(v0, afterCheckIsDue(v), "no commit, no change");
            v.committed();
            long v1 = v.current();
            assertNotEquals(v0, v1, "this server's commit counts at once, before any check");
            w.write(tx -> tx.newStory());
            long v2 = afterCheckIsDue(v);
            assertNotEquals(v1, v2, "another connection's commit is seen by the next check");
            assertEquals(v2, afterCheckIsDue(v));
        }
    }
}
