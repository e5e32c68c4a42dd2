package org.newsfuse.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsfuse.store.EntityListing;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.StoredArticle;
import org.newsfuse.store.StoredStory;
import org.newsfuse.store.StoryListing;
import org.newsfuse.store.StoryPage;
import org.newsfuse.store.StoryQuery;
import org.newsfuse.store.StoryStore;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A story store in one SQLite file: WAL (readers never wait for the writer), foreign keys on, FTS5
 * for search. {@link #open} checks the file before anything touches it, so a file that is not a
 * store, is damaged, comes from a newer version, or cannot be written is refused unchanged.
 */
public final class SqliteStore implements StoryStore {
    /** How long a writer waits for another writer's transaction before giving up. */
    static final int BUSY_MILLIS = 3000;
    /** Bytes of the file each connection reads through a memory map. */
    static final long MMAP_BYTES = 256L * 1024 * 1024;
    /** KiB of page cache per connection. */
    static final int CACHE_KIB = 16 * 1024;

    private final Path file;
    private final Connection conn;

    private SqliteStore(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /**
     * Opens a store. For writing, a missing file is created (with its folder's permission) and an
     * older schema migrated; for reading, the file must exist.
     */
    public static SqliteStore open(Path file, boolean write) {
        boolean exists = Files.exists(file);
        if (!exists && !write) {
            throw new StoreException(file, "no such database (make one with 'newsfuse ingest')");
        }
        if (exists && Files.isDirectory(file)) {
            throw new StoreException(file, "is a folder, not a database file");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (write) {
            if (exists && (!Files.isWritable(file) || !writeBit(file))) {
                throw new StoreException(file, "the database file is read-only: left unchanged");
            }
            if (!Files.isWritable(dir) || !writeBit(dir)) {
                throw new StoreException(file, "its folder is read-only (SQLite needs to write its journal beside the "
                        + "database): left unchanged");
            }
        }
        if (exists) {
            Schema.checkFile(file);
        }
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(BUSY_MILLIS);
        if (!write) {
            cfg.setReadOnly(true);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), cfg.toProperties());
            Schema.checkVersion(file, c);
            try (Statement s = c.createStatement()) {
                // reads through a memory map (no copy per page from the OS) and a bigger page cache:
                // a server's searches read the full-text index over and over
                s.execute("PRAGMA mmap_size = " + MMAP_BYTES);
                s.execute("PRAGMA cache_size = -" + CACHE_KIB);
            }
            if (write) {
                String mode;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    mode = rs.getString(1);
                }
                if (!"wal".equalsIgnoreCase(mode)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA journal_mode = WAL");
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA synchronous = NORMAL");
                }
                Schema.migrate(file, c);
            } else if (Schema.userVersion(c) < Schema.current()) {
                throw new StoreException(file, "the store has schema version " + Schema.userVersion(c)
                        + "; run 'newsfuse ingest' on it once to upgrade it to " + Schema.current());
            }
            return new SqliteStore(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Whether anyone may write the file by its permission bits (a superuser passes access checks regardless). */
    private static boolean writeBit(Path p) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                    || perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                    || perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            return true;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }

    /** One clear message for what SQLite says went wrong. */
    static StoreException failure(Path file, SQLException e) {
        if (e instanceof StoreFailure f) {
            return f.wrapped;
        }
        String m = String.valueOf(e.getMessage());
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new StoreException(file, "the database is locked by another writer (try again when it is done)", e);
            }
            if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                return new StoreException(file, "the database is corrupt or truncated", e);
            }
            if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM")) {
                return new StoreException(file, "cannot write the database (read-only file or folder)", e);
            }
            if (name.startsWith("SQLITE_FULL") || name.startsWith("SQLITE_IOERR")) {
                return new StoreException(file, "cannot write the database: " + m, e);
            }
        }
        return new StoreException(file, "database error: " + m, e);
    }

    /** Carries a StoreException through code that throws SQLException. */
    static final class StoreFailure extends SQLException {
        private static final long serialVersionUID = 1L;
        final transient StoreException wrapped;

        StoreFailure(StoreException e) {
            super(e.getMessage(), e);
            wrapped = e;
        }
    }

    @Override
    public Path location() {
        return file;
    }

    Connection connection() {
        return conn;
    }

    @Override
    public synchronized <T> T write(Function<Transaction, T> work) {
        try (Statement s = conn.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw failure(file, e);
        }
        boolean done = false;
        try {
            T out = work.apply(new SqliteTransaction(this));
            try (Statement s = conn.createStatement()) {
                s.execute("COMMIT");
            }
            done = true;
            return out;
        } catch (SQLException e) {
            throw failure(file, e);
        } catch (SqliteTransaction.Failure e) {
            throw failure(file, e.sql);
        } finally {
            if (!done) {
                try (Statement s = conn.createStatement()) {
                    s.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // the transaction is gone already
                }
            }
        }
    }

    interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    synchronized <T> T query(String sql, List<?> params, Rows<T> rows) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    <T> List<T> list(String sql, List<?> params, Rows<T> row) {
        return query(sql, params, rs -> {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        });
    }

    private static final String LISTING = "SELECT s.id, s.headline, s.topic_id, s.articles, s.first_date, s.last_date, "
            + "s.summary_lead, s.updated_at, s.seq, (SELECT group_concat(outlet, char(10)) FROM (SELECT outlet FROM "
            + "story_outlets o WHERE o.story_id = s.id ORDER BY position)) AS outlets FROM stories s";

    private static StoryListing listing(ResultSet rs) throws SQLException {
        String outlets = rs.getString("outlets");
        return new StoryListing(rs.getString("id"), rs.getString("headline"), rs.getString("topic_id"),
                rs.getInt("articles"), outlets == null ? List.of() : List.of(outlets.split("\n")),
                date(rs.getString("first_date")), date(rs.getString("last_date")), rs.getString("summary_lead"),
                rs.getString("updated_at"));
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @Override
    public StoryPage stories(StoryQuery q) {
        // the matching stories are found and ordered first, by their seq alone; the listing's columns
        // (outlets by a subquery per story) are read for the page's rows only
        StringBuilder sql = new StringBuilder("WITH hits AS (SELECT s.seq FROM stories s WHERE 1");
        List<Object> p = new ArrayList<>();
        if (q.search() != null) {
            String match = ftsQuery(q.search());
            if (match == null) {
                return new StoryPage(List.of(), null);
            }
            sql.append(" AND (s.id IN (SELECT a.story_id FROM articles a WHERE a.seq IN (SELECT rowid FROM article_search "
                    + "WHERE article_search MATCH ?)) OR s.seq IN (SELECT rowid FROM story_search WHERE story_search MATCH ?))");
            p.add(match);
            p.add(match);
        }
        if (q.outlet() != null) {
            sql.append(" AND s.id IN (SELECT story_id FROM story_outlets WHERE outlet = ?)");
            p.add(q.outlet());
        }
        if (q.entity() != null) {
            sql.append(" AND s.id IN (SELECT e.story_id FROM entities e WHERE e.name = ? COLLATE NOCASE UNION "
                    + "SELECT e.story_id FROM entities e JOIN entity_aliases x ON x.entity_seq = e.seq WHERE x.alias = ? COLLATE NOCASE)");
            p.add(q.entity());
            p.add(q.entity());
        }
        if (q.from() != null) {
            sql.append(" AND s.last_date >= ?");
            p.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND s.first_date <= ?");
            p.add(q.to().toString());
        }
        if (q.cursor() != null) {
            String[] c = decodeCursor(q.cursor());
            sql.append(" AND (coalesce(s.last_date, '') < ? OR (coalesce(s.last_date, '') = ? AND s.seq < ?))");
            p.add(c[0]);
            p.add(c[0]);
            p.add(Long.parseLong(c[1]));
        }
        sql.append(" ORDER BY coalesce(s.last_date, '') DESC, s.seq DESC LIMIT ?) ").append(LISTING)
                .append(" JOIN hits h ON h.seq = s.seq ORDER BY coalesce(s.last_date, '') DESC, s.seq DESC");
        p.add(q.limit() + 1);
        List<Object[]> rows = list(sql.toString(), p, rs -> new Object[] {listing(rs), rs.getString("last_date"),
            rs.getLong("seq")});
        List<StoryListing> out = new ArrayList<>();
        String next = null;
        for (int i = 0; i < rows.size() && i < q.limit(); i++) {
            out.add((StoryListing) rows.get(i)[0]);
        }
        if (rows.size() > q.limit()) {
            Object[] last = rows.get(q.limit() - 1);
            next = encodeCursor(last[1] == null ? "" : (String) last[1], (Long) last[2]);
        }
        return new StoryPage(out, next);
    }

    /** The user's words as an FTS5 query: each word a quoted term, all required; null when there is no word. */
    static String ftsQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                terms.add("\"" + w + "\"");
            }
            if (terms.size() == 32) {
                break;
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    static String encodeCursor(String lastDate, long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((lastDate + "|" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static String[] decodeCursor(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = s.split("\\|", -1);
            if (parts.length != 2 || !parts[1].matches("\\d{1,18}") || !parts[0].matches("(\\d{4}-\\d{2}-\\d{2})?")) {
                throw new IllegalArgumentException("bad cursor");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor this store handed out: " + cursor);
        }
    }

    /** The id a story id stands for now (itself, or the story it was merged into), or null. */
    String resolveStory(String id) {
        return query("SELECT coalesce((SELECT into_id FROM story_merges WHERE old_id = ?), "
                + "(SELECT id FROM stories WHERE id = ?))", List.of(id, id), rs -> rs.next() ? rs.getString(1) : null);
    }

    @Override
    public synchronized Optional<StoryListing> listing(String id) {
        String real = resolveStory(id);
        if (real == null) {
            return Optional.empty();
        }
        List<StoryListing> l = list(LISTING + " WHERE s.id = ?", List.of(real), SqliteStore::listing);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    @Override
    public synchronized Optional<String> storyJson(String id) {
        String real = resolveStory(id);
        return real == null ? Optional.empty() : Optional.ofNullable(query("SELECT json FROM story_reports WHERE story_id = ?",
                List.of(real), rs -> rs.next() ? rs.getString(1) : null));
    }

    @Override
    public synchronized Optional<StoredStory> story(String id) {
        String real = resolveStory(id);
        if (real == null) {
            return Optional.empty();
        }
        List<StoryListing> l = list(LISTING + " WHERE s.id = ?", List.of(real), SqliteStore::listing);
        if (l.isEmpty()) {
            return Optional.empty();
        }
        List<String> articles = list("SELECT id FROM articles WHERE story_id = ? ORDER BY seq", List.of(real),
                rs -> rs.getString(1));
        List<String> merged = list("SELECT old_id FROM story_merges WHERE into_id = ? ORDER BY merged_at, old_id",
                List.of(real), rs -> rs.getString(1));
        String[] reports = query("SELECT json, markdown, html FROM story_reports WHERE story_id = ?", List.of(real),
                rs -> rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)} : null);
        if (reports == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredStory(l.get(0), articles, reports[0], reports[1], reports[2], merged));
    }

    private static final String ARTICLE = "SELECT id, story_id, input, url, outlet, title, byline, published, text "
            + "FROM articles";

    @Override
    public synchronized Optional<StoredArticle> article(String id) {
        String real = query("SELECT coalesce((SELECT id FROM articles WHERE id = ?), (SELECT article_id FROM "
                + "article_copies WHERE id = ?))", List.of(id, id), rs -> rs.next() ? rs.getString(1) : null);
        if (real == null) {
            return Optional.empty();
        }
        List<StoredArticle> a = articles(ARTICLE + " WHERE id = ?", List.of(real));
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    @Override
    public synchronized Optional<String> idOfInput(String input) {
        List<String> ids = list("SELECT id FROM articles WHERE input = ? UNION ALL SELECT id FROM article_copies WHERE input = ?",
                List.of(input, input), rs -> rs.getString(1));
        return ids.stream().max(java.util.Comparator.comparingLong(i -> Long.parseLong(i.substring(1))));
    }

    private List<StoredArticle> articles(String sql, List<?> params) {
        List<StoredArticle> bare = list(sql, params, rs -> new StoredArticle(rs.getString("id"), rs.getString("story_id"),
                rs.getString("input"), rs.getString("url"), rs.getString("outlet"), rs.getString("title"),
                rs.getString("byline"), date(rs.getString("published")), rs.getString("text"), List.of()));
        List<StoredArticle> out = new ArrayList<>();
        for (StoredArticle a : bare) {
            List<StoredArticle.Copy> copies = list("SELECT id, input, outlet, url, published, similarity, reason FROM "
                    + "article_copies WHERE article_id = ? ORDER BY seq", List.of(a.id()), rs -> new StoredArticle.Copy(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
                            rs.getDouble(6), rs.getString(7)));
            out.add(new StoredArticle(a.id(), a.story(), a.input(), a.url(), a.outlet(), a.title(), a.byline(),
                    a.published(), a.text(), copies));
        }
        return out;
    }

    @Override
    public synchronized List<StoredArticle> articlesOf(String storyId) {
        String real = resolveStory(storyId);
        return real == null ? List.of() : articles(ARTICLE + " WHERE story_id = ? ORDER BY seq", List.of(real));
    }

    @Override
    public List<EntityListing> entities(String prefix, int limit) {
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return list("SELECT e.seq, e.name, e.type, e.mentions, e.story_id, (SELECT group_concat(alias, char(10)) FROM "
                + "entity_aliases x WHERE x.entity_seq = e.seq) AS aliases FROM entities e WHERE e.name LIKE ? ESCAPE '\\' "
                + "OR e.seq IN (SELECT entity_seq FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\') ORDER BY e.mentions DESC, "
                + "e.seq LIMIT ?", List.of(like, like, Math.max(1, Math.min(limit, 1000))), rs -> {
                    String al = rs.getString("aliases");
                    return new EntityListing(rs.getString("name"), rs.getString("type"),
                            al == null ? List.of() : List.of(al.split("\n")), rs.getInt("mentions"), rs.getString("story_id"));
                });
    }

    @Override
    public List<OutletCount> outlets() {
        return list("SELECT outlet, count(DISTINCT story_id) AS n FROM story_outlets GROUP BY outlet ORDER BY n DESC, outlet",
                List.of(), rs -> new OutletCount(rs.getString(1), rs.getInt(2)));
    }

    @Override
    public List<StoryListing> allStories() {
        return list(LISTING + " ORDER BY s.articles DESC, s.seq", List.of(), SqliteStore::listing);
    }

    @Override
    public Map<String, List<String>> topics() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (StoryListing s : allStories()) {
            out.computeIfAbsent(s.topic() == null ? "t" + s.id().substring(1) : s.topic(), k -> new ArrayList<>()).add(s.id());
        }
        return out;
    }

    @Override
    public Counts counts() {
        return query("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_copies), "
                + "(SELECT count(*) FROM stories)", List.of(), rs -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
    }

    /** Runs {@code work} on one consistent snapshot of the store (a read transaction). */
    public synchronized <T> T snapshot(java.util.function.Supplier<T> work) {
        try (Statement s = conn.createStatement()) {
            s.execute("BEGIN");
        } catch (SQLException e) {
            throw failure(file, e);
        }
        try {
            return work.get();
        } finally {
            try (Statement s = conn.createStatement()) {
                s.execute("COMMIT");
            } catch (SQLException ignored) {
                // a read transaction has nothing to lose
            }
        }
    }

    /**
     * SQLite's {@code PRAGMA data_version} of this connection: it changes when another connection
     * (of this process or any other) has committed a change since the last call, and stays the same
     * for this connection's own commits. A cheap check (the WAL index header) that the store is
     * unchanged, for caches of what was read from it.
     */
    public synchronized long dataVersion() {
        return query("PRAGMA data_version", List.of(), rs -> rs.getLong(1));
    }

    /** {@code PRAGMA integrity_check}: "ok" or the problems found. */
    public String integrityCheck() {
        return query("PRAGMA integrity_check", List.of(), rs -> {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(rs.getString(1));
            }
            return sb.toString();
        });
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }
}
