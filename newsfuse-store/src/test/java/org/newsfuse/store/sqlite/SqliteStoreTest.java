package org.newsfuse.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.StoryQuery;

class SqliteStoreTest {
    @TempDir
    Path dir;

    @Test
    void aFreshFileGetsTheCurrentSchemaInWalMode() {
        Path db = dir.resolve("n.db");
        try (SqliteStore s = SqliteStore.open(db, true)) {
            assertEquals("ok", s.integrityCheck());
            assertEquals(0, s.counts().stories());
            assertEquals(List.of(), s.stories(StoryQuery.first(10)).stories());
            assertEquals(Schema.current(), (int) s.<Integer>query("PRAGMA user_version", List.of(), rs -> rs.getInt(1)));
            assertEquals("wal", s.query("PRAGMA journal_mode", List.of(), rs -> rs.getString(1)));
            assertEquals(1, (int) s.<Integer>query("PRAGMA foreign_keys", List.of(), rs -> rs.getInt(1)));
        }
        // opening again migrates nothing and keeps the data
        try (SqliteStore s = SqliteStore.open(db, true)) {
            assertEquals(Schema.current(), (int) s.<Integer>query("PRAGMA user_version", List.of(), rs -> rs.getInt(1)));
        }
    }

    @Test
    void aReaderReadsACommittedSnapshotWhileAWriterHoldsItsTransaction() throws Exception {
        Path db = dir.resolve("rw.db");
        try (SqliteStore w = SqliteStore.open(db, true)) {
            w.write(tx -> tx.newStory());
            try (SqliteStore r = SqliteStore.open(db, false)) {
                w.write(tx -> {
                    tx.newStory();
                    // inside the writer's open transaction, the reader still sees the one committed story
                    assertEquals(1, r.counts().stories());
                    return null;
                });
                assertEquals(2, r.counts().stories());
            }
        }
    }

    @Test
    void aFailedTransactionLeavesNothing() {
        Path db = dir.resolve("fail.db");
        try (SqliteStore s = SqliteStore.open(db, true)) {
            assertThrows(IllegalStateException.class, () -> s.write(tx -> {
                tx.newStory();
                throw new IllegalStateException("boom");
            }));
            assertEquals(0, s.counts().stories());
        }
    }

    @Test
    void cursorsAndSearchTextAreCheckedNotTrusted() {
        assertEquals("\"cable\" \"OR\" \"Vell\"", SqliteStore.ftsQuery("cable OR (Vell*"), "operators become plain quoted words");
        assertEquals(null, SqliteStore.ftsQuery("*** \" ()"));
        String c = SqliteStore.encodeCursor("2025-03-11", 7);
        assertEquals(List.of("2025-03-11", "7"), List.of(SqliteStore.decodeCursor(c)));
        assertThrows(IllegalArgumentException.class, () -> SqliteStore.decodeCursor("' OR 1=1 --"));
    }

    @Test
    void theDataVersionChangesWithEveryCommitOfAnotherConnectionAndWithNothingElse() {
        Path db = dir.resolve("version.db");
        try (SqliteStore w = SqliteStore.open(db, true); SqliteStore r = SqliteStore.open(db, false)) {
            long v0 = r.dataVersion();
            r.snapshot(() -> r.counts());
            assertEquals(v0, r.dataVersion(), "a read changes nothing");
            w.write(tx -> tx.newStory());
            long v1 = r.dataVersion();
            assertNotEquals(v0, v1, "the writer's commit is seen at once");
            assertEquals(v1, r.dataVersion());
            assertThrows(IllegalStateException.class, () -> w.write(tx -> {
                tx.newStory();
                throw new IllegalStateException("rolled back");
            }));
            assertEquals(v1, r.dataVersion(), "a rolled back transaction changes nothing");
            w.write(tx -> tx.newStory());
            assertNotEquals(v1, r.dataVersion());
        }
    }

    @Test
    void aDirectoryIsNotADatabase() throws Exception {
        Path d = dir.resolve("folder.db");
        Files.createDirectories(d);
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(d, true));
        assertTrue(e.getMessage().startsWith(d.toString()), e.getMessage());
    }
}
