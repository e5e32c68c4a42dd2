package org.newsfuse.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.model.RawDocument;
import org.newsfuse.store.Ingester;
import org.newsfuse.store.StoredArticle;
import org.newsfuse.store.sqlite.SqliteStore;

/**
 * {@code POST /api/articles}: checks the posted articles (one object or an array of objects with
 * the JSON Lines fields), then ingests them through the same incremental path as {@code newsfuse
 * ingest}, one request at a time, and says what became of each: its id, the article it is (a copy's
 * id resolves to the article it copies), its story, and whether it was new, a copy, already stored
 * or could not be used. The ingests run on a thread of their own ({@link #THREAD}), one after
 * another in the order they were submitted, so that a request waiting for its turn holds no HTTP
 * thread ({@link #submit} answers a future).
 */
final class IngestService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The name of the thread that runs the ingests. */
    static final String THREAD = "newsfuse-api-ingest";
    /** How long {@link #close} waits for the ingests submitted before it. */
    private static final long CLOSE_WAIT_SECONDS = 600;

    private final SqliteStore writer;
    private final Engine engine;
    private final EngineOptions options;
    private final String version;
    private final int maxArticles;
    private final Runnable committed;
    /** One thread: ingests are serialised in submission order (the writer is one connection). */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });

    /** @param committed told after each committed transaction, before the request is answered */
    IngestService(SqliteStore writer, Engine engine, EngineOptions options, String version, int maxArticles,
            Runnable committed) {
        this.committed = committed;
        this.writer = writer;
        this.engine = engine;
        this.options = options;
        this.version = version;
        this.maxArticles = maxArticles;
    }

    /** The articles of a request body, checked; an {@link ApiError} names the first problem. */
    List<RawDocument> parse(JsonNode body) {
        List<JsonNode> items = new ArrayList<>();
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ApiError.badRequest("empty body: send one article (a JSON object) or an array of them");
        } else if (body.isObject()) {
            items.add(body);
        } else if (body.isArray()) {
            body.forEach(items::add);
        } else {
            throw ApiError.badRequest("the body is " + Json.kind(body) + ": send one article (a JSON object) or an array of them");
        }
        if (items.isEmpty()) {
            throw ApiError.badRequest("the array holds no article");
        }
        if (items.size() > maxArticles) {
            throw new ApiError(413, items.size() + " articles in one request, over the limit of " + maxArticles
                    + ": send them in several requests");
        }
        List<RawDocument> docs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            docs.add(document(items.get(i), body.isArray() ? "[" + i + "]" : ""));
        }
        return docs;
    }

    private static RawDocument document(JsonNode item, String where) {
        String at = where.isEmpty() ? "" : where + ".";
        if (!item.isObject()) {
            throw ApiError.badRequest("article " + where + " is " + Json.kind(item) + ", not a JSON object");
        }
        JsonNode text = item.get("text");
        String field = "text";
        if ((text == null || text.isNull()) && item.hasNonNull("html")) {
            text = item.get("html");
            field = "html";
        }
        if (text == null || text.isNull()) {
            throw ApiError.badRequest(at + "text is missing: every article needs its \"text\" (or \"html\")");
        }
        if (!text.isTextual()) {
            throw ApiError.badRequest(at + field + " is " + Json.kind(text) + ", not a string");
        }
        if (text.asText().isBlank()) {
            throw ApiError.badRequest(at + field + " is empty");
        }
        ObjectNode clean = JSON.createObjectNode();
        clean.set(field, text);
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            JsonNode v = f.getValue();
            if (!InputReader.JSONL_FIELDS.contains(key) || v.isNull()) {
                continue;
            }
            if (!v.isTextual() && !(key.equals("id") && v.isIntegralNumber())) {
                throw ApiError.badRequest(at + key + " is " + Json.kind(v) + ", not a string");
            }
            if (key.equals("published") && !v.asText().isBlank() && !v.asText().strip().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                throw ApiError.badRequest(at + "published is '" + Json.clip(v.asText()) + "', not a date (YYYY-MM-DD)");
            }
            clean.set(key, v);
        }
        String line = clean.toString();
        String input = "api:" + Ingester.sha256(line).substring(0, 16);
        List<String> problems = new ArrayList<>();
        RawDocument d = InputReader.jsonLine(input, line, e -> {
            if (e.fatal()) {
                problems.add(e.message());
            }
        });
        if (d == null) {
            throw ApiError.badRequest(at + (problems.isEmpty() ? "not an article" : problems.get(0)));
        }
        return d;
    }

    /**
     * Ingests checked documents after the ingests submitted before them (one at a time, on
     * {@link #THREAD}); the future holds what became of each, in order, and {@code counts} is filled
     * when it completes. The caller's thread is free at once.
     */
    CompletableFuture<ArrayNode> submit(List<RawDocument> docs, ObjectNode counts) {
        return CompletableFuture.supplyAsync(() -> run(docs, counts), runner);
    }

    /** Waits for the ingests submitted so far to finish (their commits are kept) and takes no more. */
    @Override
    public void close() {
        runner.shutdown();
        try {
            if (!runner.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                System.err.println("newsfuse: serve: an ingest through the API did not finish in " + CLOSE_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ArrayNode run(List<RawDocument> docs, ObjectNode counts) {
        Map<String, String> errors = new HashMap<>();
        Set<String> stored = new HashSet<>();
        Ingester ingester = new Ingester(engine, options, writer, version, Math.max(1, Math.min(100, docs.size())));
        Ingester.Outcome out = ingester.ingest(docs, e -> {
            if (e.fatal()) {
                errors.putIfAbsent(e.input(), e.message());
            }
        }, (inputs, done, soFar) -> {
            committed.run();
            stored.addAll(inputs);
        });
        counts.put("new", out.newArticles());
        counts.put("copies", out.copies());
        counts.put("storiesCreated", out.created());
        counts.put("storiesUpdated", out.updated());
        counts.put("alreadyStored", out.alreadyStored());
        counts.put("failed", out.failed());
        ArrayNode results = JSON.createArrayNode();
        for (int i = 0; i < docs.size(); i++) {
            RawDocument d = docs.get(i);
            ObjectNode r = results.addObject();
            r.put("index", i);
            r.put("input", d.input());
            String id = writer.idOfInput(d.input()).orElse(null);
            StoredArticle a = id == null ? null : writer.article(id).orElse(null);
            if (a == null) {
                r.putNull("id");
                r.putNull("article");
                r.putNull("story");
                r.put("status", "failed");
                r.put("error", errors.getOrDefault(d.input(), "no article could be made of it"));
                continue;
            }
            r.put("id", id);
            r.put("article", a.id());
            r.put("story", a.story());
            r.put("status", !stored.contains(d.input()) ? "already stored" : id.equals(a.id()) ? "new" : "copy");
        }
        return results;
    }
}
