package org.newsfuse.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Duplicate;
import org.newsfuse.model.Story;
import org.newsfuse.store.ArticleCodec;
import org.newsfuse.store.StoryStore;

/** An ingest's reads and writes inside one SQLite write transaction. */
final class SqliteTransaction implements StoryStore.Transaction {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection conn;
    private final String now = Instant.now().toString();

    /** An SQLException carried out of the interface's methods, which do not declare it. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SQLException sql;

        Failure(SQLException e) {
            super(e);
            sql = e;
        }
    }

    SqliteTransaction(SqliteStore store) {
        this.conn = store.connection();
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> rows, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rows.read(rs);
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    private String string(String sql, Object... params) {
        return query(sql, rs -> rs.next() ? rs.getString(1) : null, params);
    }

    private List<String> strings(String sql, Object... params) {
        return query(sql, rs -> {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }, params);
    }

    private int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    @Override
    public boolean hasInput(String input, String rawHash) {
        return string("SELECT 1 FROM articles WHERE input = ? AND raw_hash = ? UNION ALL SELECT 1 FROM article_copies "
                + "WHERE input = ? AND raw_hash = ? LIMIT 1", input, rawHash, input, rawHash) != null;
    }

    @Override
    public String articleByUrl(String url) {
        return string("SELECT id FROM articles WHERE url = ? ORDER BY seq LIMIT 1", url);
    }

    @Override
    public String articleByContentHash(String hash) {
        return string("SELECT id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1", hash);
    }

    @Override
    public Collection<String> articlesByBands(long[] keys) {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT 'a' || article_seq FROM article_minhash_bands WHERE band = ? AND key = ?")) {
            for (int b = 0; b < keys.length; b++) {
                ps.setInt(1, b);
                ps.setLong(2, keys[b]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new Failure(e);
        }
        return out;
    }

    @Override
    public long[] signature(String articleId) {
        byte[] b = query("SELECT minhash FROM articles WHERE id = ?", rs -> rs.next() ? rs.getBytes(1) : null, articleId);
        if (b == null) {
            return null;
        }
        long[] out = new long[b.length / 8];
        ByteBuffer.wrap(b).asLongBuffer().get(out);
        return out;
    }

    @Override
    public List<StoryStore.LiveArticle> liveArticles(LocalDate since) {
        String sql = "SELECT a.id, a.story_id, a.input, a.url, a.outlet, a.title, a.published, a.text FROM articles a "
                + (since == null ? "" : "WHERE a.story_id IN (SELECT id FROM stories WHERE last_date >= ? OR last_date IS NULL) ")
                + "ORDER BY a.seq";
        return query(sql, rs -> {
            List<StoryStore.LiveArticle> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new StoryStore.LiveArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), SqliteStore.date(rs.getString(7)), rs.getString(8)));
            }
            return out;
        }, since == null ? new Object[0] : new Object[] {day(since)});
    }

    @Override
    public List<StoryStore.LiveArticle> quietArticles(LocalDate since, int limit) {
        return query("SELECT a.id, a.story_id, a.input, a.url, a.outlet, a.title, a.published, a.text FROM articles a "
                + "WHERE a.published IS NOT NULL AND a.story_id IN (SELECT id FROM stories WHERE last_date < ?) "
                + "ORDER BY a.seq DESC LIMIT ?", rs -> {
                    List<StoryStore.LiveArticle> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new StoryStore.LiveArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), SqliteStore.date(rs.getString(7)), rs.getString(8)));
                    }
                    return out;
                }, day(since), limit);
    }

    @Override
    public LocalDate latestDate() {
        return SqliteStore.date(string("SELECT max(last_date) FROM stories"));
    }

    @Override
    public String storyOf(String articleId) {
        return string("SELECT story_id FROM articles WHERE id = ?", articleId);
    }

    @Override
    public List<String> storyArticles(String storyId) {
        return strings("SELECT id FROM articles WHERE story_id = ? ORDER BY seq", storyId);
    }

    @Override
    public Article load(String id) {
        return query("SELECT id, input, url, outlet, title, byline, published, dateline, language, text, annotations "
                + "FROM articles WHERE id = ?", rs -> {
                    if (!rs.next()) {
                        throw new IllegalStateException("no stored article " + id);
                    }
                    Article bare = new Article(rs.getString(1), rs.getString(2), null, rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), SqliteStore.date(rs.getString(7)), rs.getString(8),
                            rs.getString(9), rs.getString(10), null, null, null, null, copies(id));
                    return ArticleCodec.decode(bare, rs.getString(11));
                }, id);
    }

    private List<Duplicate> copies(String articleId) {
        return query("SELECT id, input, outlet, url, published, similarity FROM article_copies WHERE article_id = ? ORDER BY seq",
                rs -> {
                    List<Duplicate> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Duplicate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                SqliteStore.date(rs.getString(5)), rs.getDouble(6)));
                    }
                    return out;
                }, articleId);
    }

    @Override
    public long storyOrder(String storyId) {
        return Long.parseLong(storyId.substring(1));
    }

    private long next(String counter) {
        return query("UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value", rs -> {
            rs.next();
            return rs.getLong(1);
        }, counter);
    }

    @Override
    public String newArticleId() {
        return "a" + next("article");
    }

    @Override
    public String newStory() {
        long seq = next("story");
        String id = "s" + seq;
        update("INSERT INTO stories (seq, id, created_at, updated_at) VALUES (?, ?, ?, ?)", seq, id, now, now);
        return id;
    }

    @Override
    public void addArticle(Article a, String storyId, String contentHash, String rawHash, long[] signature, long[] bandKeys) {
        long seq = Long.parseLong(a.id().substring(1));
        byte[] sig = null;
        if (signature != null) {
            ByteBuffer b = ByteBuffer.allocate(signature.length * 8);
            b.asLongBuffer().put(signature);
            sig = b.array();
        }
        update("INSERT INTO articles (seq, id, story_id, input, url, outlet, title, byline, published, dateline, language, "
                + "text, content_hash, raw_hash, annotations, minhash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, a.id(), storyId, a.input(), a.url(), a.outlet(), a.title(), a.byline(), day(a.published()), a.dateline(),
                a.language(), a.text() == null ? "" : a.text(), contentHash, rawHash, ArticleCodec.encode(a), sig, now);
        update("INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)", seq, a.title(), a.text() == null ? "" : a.text());
        if (bandKeys != null) {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR IGNORE INTO article_minhash_bands VALUES (?, ?, ?)")) {
                for (int b = 0; b < bandKeys.length; b++) {
                    ps.setInt(1, b);
                    ps.setLong(2, bandKeys[b]);
                    ps.setLong(3, seq);
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new Failure(e);
            }
        }
    }

    @Override
    public void addCopy(String copyId, String articleId, Article copy, String rawHash, double similarity, String reason) {
        update("INSERT INTO article_copies (seq, id, article_id, input, outlet, url, published, similarity, reason, raw_hash, "
                + "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Long.parseLong(copyId.substring(1)), copyId, articleId,
                copy.input(), copy.outlet(), copy.url(), day(copy.published()), similarity, reason, rawHash, now);
    }

    @Override
    public void moveArticle(String articleId, String storyId) {
        update("UPDATE articles SET story_id = ? WHERE id = ?", storyId, articleId);
    }

    @Override
    public void mergeStory(String old, String into) {
        update("INSERT INTO story_merges (old_id, into_id, merged_at) VALUES (?, ?, ?)", old, into, now);
        update("UPDATE story_merges SET into_id = ? WHERE into_id = ?", into, old);
        update("DELETE FROM story_search WHERE rowid = ?", storyOrder(old));
        update("DELETE FROM stories WHERE id = ?", old);
    }

    @Override
    public void saveStory(StoryStore.StoryResult r) {
        Story s = r.story();
        JsonNode json;
        try {
            json = JSON.readTree(r.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("story.json of " + s.id() + " does not parse", e);
        }
        Set<String> outlets = new LinkedHashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        int inputs = 0;
        for (Article a : s.articles()) {
            inputs += 1 + a.duplicates().size();
            List<String> os = new ArrayList<>();
            List<LocalDate> ds = new ArrayList<>();
            os.add(a.outlet());
            ds.add(a.published());
            for (Duplicate d : a.duplicates()) {
                os.add(d.outlet());
                ds.add(d.published());
            }
            for (String o : os) {
                if (o != null) {
                    outlets.add(o);
                }
            }
            for (LocalDate d : ds) {
                if (d != null) {
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
            }
        }
        String lead = s.summary().isEmpty() ? null : s.summary().get(0).text();
        update("UPDATE stories SET headline = ?, articles = ?, first_date = ?, last_date = ?, summary_lead = ?, "
                + "topic_id = coalesce(?, topic_id, 't' || seq), updated_at = ? WHERE id = ?", s.headline(), inputs, day(first),
                day(last), lead, r.topic(), now, s.id());
        for (String table : List.of("story_outlets", "summary_sentences", "summary_citations", "quotes", "entities",
                "comparisons", "timeline", "story_reports")) {
            update("DELETE FROM " + table + " WHERE story_id = ?", s.id());
        }
        int pos = 0;
        for (String o : outlets) {
            update("INSERT INTO story_outlets VALUES (?, ?, ?)", s.id(), pos++, o);
        }
        StringBuilder summary = new StringBuilder();
        pos = 0;
        for (JsonNode sent : json.path("summary")) {
            update("INSERT INTO summary_sentences VALUES (?, ?, ?)", s.id(), pos, sent.path("text").asText());
            summary.append(sent.path("text").asText()).append('\n');
            int src = 0;
            for (JsonNode ev : sent.path("evidence")) {
                update("INSERT INTO summary_citations VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), pos, src++,
                        ev.path("article").asText(), ev.path("sentence").asInt(), ev.path("start").asInt(), ev.path("end").asInt());
            }
            pos++;
        }
        pos = 0;
        for (JsonNode q : json.path("quotes")) {
            update("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), pos++, text(q, "speaker"), text(q, "text"),
                    text(q, "kind"), text(q, "article"), text(q, "group"), q.path("start").asInt(), q.path("end").asInt());
        }
        for (JsonNode e : json.path("entities")) {
            long seq = query("INSERT INTO entities (story_id, name, type, mentions) VALUES (?, ?, ?, ?) RETURNING seq", rs -> {
                rs.next();
                return rs.getLong(1);
            }, s.id(), text(e, "name"), text(e, "type"), e.path("mentions").asInt());
            for (JsonNode al : e.path("aliases")) {
                update("INSERT OR IGNORE INTO entity_aliases VALUES (?, ?)", seq, al.asText());
            }
        }
        update("INSERT INTO comparisons VALUES (?, ?, ?, ?, ?)", s.id(), json.path("facts").toString(),
                json.path("exclusives").toString(), json.path("omissions").toString(), json.path("discrepancies").toString());
        pos = 0;
        for (JsonNode t : json.path("timeline")) {
            update("INSERT INTO timeline VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), pos++, text(t, "date"), text(t, "precision"),
                    text(t, "when"), text(t, "text"), t.path("sources").toString());
        }
        update("INSERT INTO story_reports VALUES (?, ?, ?, ?)", s.id(), r.json(), r.markdown(), r.html());
        long seq = storyOrder(s.id());
        update("DELETE FROM story_search WHERE rowid = ?", seq);
        update("INSERT INTO story_search (rowid, headline, summary) VALUES (?, ?, ?)", seq, s.headline(), summary.toString());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public void setTopic(String storyId, String topicId) {
        update("UPDATE stories SET topic_id = ? WHERE id = ? AND topic_id IS NOT ?", topicId, storyId, topicId);
    }

    @Override
    public void logIngest(String inputs, int newArticles, int copies, int created, int updated) {
        update("INSERT INTO ingest_log (at, inputs, new_articles, copies, stories_created, stories_updated) VALUES (?, ?, ?, ?, ?, ?)",
                now, inputs, newArticles, copies, created, updated);
    }
}
