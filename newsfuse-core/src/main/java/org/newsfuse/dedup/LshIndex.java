package org.newsfuse.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing of MinHash signatures by banding: the signature is cut into
 * {@code bands} bands of {@code rows} values; two items become candidates when they agree on every
 * value of at least one band. The chance of that for items of Jaccard similarity {@code s} is
 * {@code 1 - (1 - s^rows)^bands}, an S-curve whose steep part lies near
 * {@code (1/bands)^(1/rows)} ({@link #threshold()}). Lookup cost follows the number of items that
 * share a bucket, not the number of items indexed.
 */
public final class LshIndex {
    private final int bands;
    private final int rows;
    private final List<Map<Long, List<Integer>>> tables;

    public LshIndex(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be at least 1");
        }
        this.bands = bands;
        this.rows = rows;
        tables = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            tables.add(new HashMap<>());
        }
    }

    /** Signatures of this many values fit: {@code bands × rows}. */
    public int signatureLength() {
        return bands * rows;
    }

    /** The similarity at which an item pair has even odds of becoming a candidate, about {@code (1/b)^(1/r)}. */
    public double threshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** The probability that a pair of Jaccard similarity {@code s} becomes a candidate. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    private long bandKey(long[] sig, int band) {
        long h = 0x84222325CBF29CE4L ^ band;
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            h = Shingles.mix(h ^ sig[r]) + r;
        }
        return h;
    }

    /** Ids already indexed that share a band with {@code sig} (in first-seen order), without adding it. */
    public Set<Integer> candidates(long[] sig) {
        check(sig);
        Set<Integer> out = new LinkedHashSet<>();
        for (int b = 0; b < bands; b++) {
            List<Integer> bucket = tables.get(b).get(bandKey(sig, b));
            if (bucket != null) {
                out.addAll(bucket);
            }
        }
        return out;
    }

    /** Adds an item. An empty set's signature (all {@code Long.MAX_VALUE}) is never indexed. */
    public void add(int id, long[] sig) {
        check(sig);
        if (sig[0] == Long.MAX_VALUE) {
            return;
        }
        for (int b = 0; b < bands; b++) {
            tables.get(b).computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>(2)).add(id);
        }
    }

    private void check(long[] sig) {
        if (sig.length < bands * rows) {
            throw new IllegalArgumentException("signature of " + sig.length + " values; the index needs " + bands * rows);
        }
    }
}
