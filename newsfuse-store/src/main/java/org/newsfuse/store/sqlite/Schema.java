package org.newsfuse.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.newsfuse.store.StoreException;

/**
 * The schema's versions and the checks made on a file before anything writes to it: an existing
 * file must be a whole SQLite database holding a newsfuse store of this version or older; older
 * ones are migrated forward, a newer one is refused untouched.
 */
final class Schema {
    private Schema() {
    }

    /** Migration scripts: {@code V<n>.sql} brings a store from version n-1 to n. */
    static final List<String> MIGRATIONS = List.of("V1.sql");

    static int current() {
        return MIGRATIONS.size();
    }

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Looks at the file's header without opening it as a database. */
    static void checkFile(Path file) {
        long size;
        byte[] header = new byte[100];
        int read;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            size = ch.size();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(header);
            read = 0;
            while (read < 100 && ch.read(b) > 0) {
                read = b.position();
            }
        } catch (IOException e) {
            throw new StoreException(file, "cannot read the database: " + e.getMessage(), e);
        }
        if (size == 0) {
            return; // an empty file is an empty database
        }
        if (read < 100 || !java.util.Arrays.equals(java.util.Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new StoreException(file, "not a SQLite database (a newsfuse store is made by 'newsfuse ingest')");
        }
        int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        if (pageSize == 1) {
            pageSize = 65536;
        }
        long pages = ((header[28] & 0xffL) << 24) | ((header[29] & 0xffL) << 16) | ((header[30] & 0xffL) << 8) | (header[31] & 0xffL);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        boolean walPages;
        try {
            walPages = Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            walPages = true;
        }
        if (!walPages && (size % pageSize != 0 || size < pages * pageSize)) {
            throw new StoreException(file, "the database is truncated or corrupt (" + size + " bytes, its header says "
                    + pages * pageSize + ")");
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.getInt(1) > 0;
        }
    }

    /** Refuses a store this version cannot read. */
    static void checkVersion(Path file, Connection c) throws SQLException {
        int v = userVersion(c);
        if (v > current()) {
            throw new StoreException(file, "the database was made by a newer newsfuse (schema version " + v
                    + "; this one knows up to " + current() + "): left unchanged");
        }
        if (v == 0 && hasTables(c)) {
            throw new StoreException(file, "a SQLite database, but not a newsfuse store: left unchanged");
        }
    }

    /** Runs the migrations the store lacks, each version in its own transaction. */
    static void migrate(Path file, Connection c) throws SQLException {
        int v = userVersion(c);
        for (int next = v + 1; next <= current(); next++) {
            String sql = script(MIGRATIONS.get(next - 1));
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    if (userVersion(c) >= next) { // another process migrated meanwhile
                        s.execute("COMMIT");
                        continue;
                    }
                    for (String stmt : statements(sql)) {
                        s.execute(stmt);
                    }
                    s.execute("PRAGMA user_version = " + next);
                    s.execute("COMMIT");
                } catch (SQLException e) {
                    s.execute("ROLLBACK");
                    throw e;
                }
            }
        }
    }

    private static String script(String name) {
        try (InputStream in = Schema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** The script's statements: comments dropped, split at semicolons that end a line. */
    static List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            int dash = line.indexOf("--");
            clean.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
        }
        List<String> out = new java.util.ArrayList<>();
        for (String s : clean.toString().split(";\\s*\n")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
