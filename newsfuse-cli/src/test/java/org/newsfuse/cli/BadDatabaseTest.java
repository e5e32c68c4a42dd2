package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot be used gets one error line naming it, exit 2, and stays byte for byte as
 * it was: not SQLite, truncated, corrupt, read-only file or folder, newer schema, locked by a writer.
 */
class BadDatabaseTest {
    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void article() throws Exception {
        input = dir.resolve("story.txt");
        Files.writeString(input, "Harbour cranes stopped in Portvell\n\nDock workers in Portvell stopped the harbour cranes "
                + "on Monday in a dispute over night shifts, the union said. The port authority said talks would resume on "
                + "Wednesday and that ferries were running to the timetable.\n");
    }

    /** Runs ingest on the database and checks the failure: exit 2, one line naming the file, the file unchanged. */
    private String refused(Path db, String expected) throws Exception {
        String before = StoreTestSupport.sha256(db);
        CliRunner.Outcome o = CliRunner.run("ingest", input.toString(), "--db", db.toString());
        assertEquals(2, o.exit(), o.out() + o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith("newsfuse: " + db), lines.get(0));
        assertTrue(lines.get(0).contains(expected), lines.get(0));
        assertEquals("", o.out());
        assertEquals(before, StoreTestSupport.sha256(db), "the file changed");
        return lines.get(0);
    }

    /** A small real store. */
    private Path store(String name) {
        Path db = dir.resolve(name);
        CliRunner.Outcome o = CliRunner.run("ingest", input.toString(), "--db", db.toString());
        assertEquals(0, o.exit(), o.err());
        return db;
    }

    @Test
    void notSqlite() throws Exception {
        Path db = dir.resolve("notes.db");
        Files.writeString(db, "these are my notes, not a database\n".repeat(20));
        refused(db, "not a SQLite database");
        CliRunner.Outcome o = CliRunner.run("stories", "--db", db.toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("not a SQLite database"), o.err());
    }

    @Test
    void truncated() throws Exception {
        Path db = store("full.db");
        byte[] all = Files.readAllBytes(db);
        Path cut = dir.resolve("cut.db");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        refused(cut, "truncated or corrupt");
    }

    @Test
    void corruptPages() throws Exception {
        Path db = store("bad.db");
        byte[] all = Files.readAllBytes(db);
        for (int i = 4096; i < all.length; i++) { // every page after the first overwritten: the schema page survives
            all[i] = (byte) 0xA5;
        }
        Files.write(db, all);
        refused(db, "corrupt");
    }

    @Test
    void readOnlyFileAndFolder() throws Exception {
        Path db = store("ro.db");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        refused(db, "read-only");
        Path folder = dir.resolve("locked-folder");
        Files.createDirectories(folder);
        Path inFolder = folder.resolve("news.db");
        Files.copy(db, inFolder);
        Files.setPosixFilePermissions(inFolder, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            refused(inFolder, "folder is read-only");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void newerSchema() throws Exception {
        Path db = store("new.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        refused(db, "newer newsfuse");
        CliRunner.Outcome o = CliRunner.run("stories", "--db", db.toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("newer newsfuse"), o.err());
    }

    @Test
    void lockedByAnotherWriter() throws Exception {
        Path db = store("busy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE stories SET headline = headline");
            refused(db, "locked by another writer");
            // readers still read while the writer holds its lock
            CliRunner.Outcome list = CliRunner.run("stories", "--db", db.toString());
            assertEquals(0, list.exit(), list.err());
            assertTrue(list.out().contains("Portvell"), list.out());
            s.execute("ROLLBACK");
        }
    }

    @Test
    void missingDatabaseIsNotCreatedByReaders() {
        Path db = dir.resolve("none.db");
        CliRunner.Outcome o = CliRunner.run("stories", "--db", db.toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().startsWith("newsfuse: " + db + ": no such database"), o.err());
        assertTrue(Files.notExists(db));
    }
}
