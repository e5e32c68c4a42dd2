package org.newsfuse.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.dedup.MinHash;
import org.newsfuse.dedup.Shingles;
import org.newsfuse.model.Article;
import org.newsfuse.model.Duplicate;

/**
 * Finds the stored (or earlier new) article a new article copies: the same URL, the same clean
 * text (its SHA-256), or a near-duplicate — a MinHash signature of its {@value DocumentDedup#K}-word
 * shingles sharing a band key ({@value DocumentDedup#BANDS} bands of {@value DocumentDedup#ROWS}
 * rows, the batch dedup's parameters) and reaching the batch dedup's Jaccard threshold.
 */
final class CopyFinder {
    private static final MinHash MIN_HASH = new MinHash(DocumentDedup.HASHES);

    private final StoryStore.Transaction tx;
    private final Map<String, String> urls = new HashMap<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final Map<Long, List<String>> bands = new HashMap<>();
    private final Map<String, long[]> sigs = new HashMap<>();

    CopyFinder(StoryStore.Transaction tx) {
        this.tx = tx;
    }

    /** A text's MinHash signature and band keys; null fields when it is too short to call a copy. */
    record Signature(long[] minHash, long[] bandKeys, String contentHash) {
    }

    record Match(String article, double similarity, String reason) {
    }

    Signature signature(Article a) {
        String text = a.text() == null ? "" : a.text();
        List<String> w = Shingles.words(text);
        String hash = Ingester.sha256(text);
        if (w.size() < DocumentDedup.MIN_WORDS) {
            return new Signature(null, null, hash);
        }
        long[] sig = MIN_HASH.signature(Shingles.hashes(w, DocumentDedup.K));
        return new Signature(sig, bandKeys(sig), hash);
    }

    static long[] bandKeys(long[] sig) {
        long[] keys = new long[DocumentDedup.BANDS];
        for (int b = 0; b < DocumentDedup.BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < DocumentDedup.ROWS; r++) {
                h = Long.rotateLeft(h ^ sig[b * DocumentDedup.ROWS + r], 27) * 0xBF58476D1CE4E5B9L;
            }
            keys[b] = h ^ (h >>> 31);
        }
        return keys;
    }

    Match find(Article a, Signature s) {
        if (a.url() != null) {
            String id = urls.containsKey(a.url()) ? urls.get(a.url()) : tx.articleByUrl(a.url());
            if (id != null) {
                return new Match(id, 1.0, "url");
            }
        }
        String id = hashes.containsKey(s.contentHash()) ? hashes.get(s.contentHash()) : tx.articleByContentHash(s.contentHash());
        if (id != null) {
            return new Match(id, 1.0, "content hash");
        }
        if (s.minHash() == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>(tx.articlesByBands(s.bandKeys()));
        for (int b = 0; b < s.bandKeys().length; b++) {
            candidates.addAll(bands.getOrDefault(s.bandKeys()[b] * 31 + b, List.of()));
        }
        String best = null;
        double bestSim = DocumentDedup.THRESHOLD;
        for (String c : candidates) {
            long[] other = sigs.containsKey(c) ? sigs.get(c) : tx.signature(c);
            if (other == null) {
                continue;
            }
            double sim = MinHash.similarity(s.minHash(), other);
            if (sim >= bestSim && (best == null || sim > bestSim || Ingester.number(c) < Ingester.number(best))) {
                bestSim = sim;
                best = c;
            }
        }
        return best == null ? null : new Match(best, bestSim, "near-duplicate");
    }

    /** Makes a new article findable by the ones after it in the same batch. */
    void remember(Article a, Signature s) {
        if (a.url() != null) {
            urls.putIfAbsent(a.url(), a.id());
        }
        hashes.putIfAbsent(s.contentHash(), a.id());
        if (s.minHash() != null) {
            sigs.put(a.id(), s.minHash());
            for (int b = 0; b < s.bandKeys().length; b++) {
                bands.computeIfAbsent(s.bandKeys()[b] * 31 + b, k -> new ArrayList<>()).add(a.id());
            }
        }
    }

    /** The article with one more copy listed. */
    static Article withCopy(Article a, Article copy, double similarity) {
        List<Duplicate> d = new ArrayList<>(a.duplicates());
        d.add(new Duplicate(copy.id(), copy.input(), copy.outlet(), copy.url(), copy.published(), similarity));
        d.addAll(copy.duplicates());
        return a.toBuilder().duplicates(d).build();
    }
}
