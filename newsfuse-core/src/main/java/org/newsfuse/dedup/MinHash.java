package org.newsfuse.dedup;

import java.util.Collection;

/**
 * MinHash signatures of shingle sets: for each of {@code n} hash functions, the smallest hash of
 * any shingle. The share of positions where two signatures agree estimates the Jaccard similarity
 * of the two sets (standard error about {@code 1/sqrt(n)}). Hash function {@code i} multiplies the
 * (already mixed) shingle hash xor a fixed seed by a fixed odd constant, so signatures are cheap and
 * reproducible across runs and machines.
 */
public final class MinHash {
    private final long[] seeds;
    private final long[] multipliers;

    /** A family of {@code n} hash functions (n ≥ 1). */
    public MinHash(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one hash function");
        }
        seeds = new long[n];
        multipliers = new long[n];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[i] = Shingles.mix(s);
            multipliers[i] = Shingles.mix(s ^ 0x5851F42D4C957F2DL) | 1L; // odd: a bijection of 64-bit values
        }
    }

    public int size() {
        return seeds.length;
    }

    /** The signature of a set of 64-bit shingle hashes; an empty set has all {@code Long.MAX_VALUE}. */
    public long[] signature(Collection<Long> shingles) {
        long[] a = new long[shingles.size()];
        int k = 0;
        for (long x : shingles) {
            a[k++] = x;
        }
        return signature(a);
    }

    /** The signature of distinct 64-bit shingle hashes. */
    public long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                // shingle hashes are already well mixed: xor and an odd multiply make a cheap independent family
                long h = ((x ^ seeds[i]) * multipliers[i]) >>> 1; // non-negative, so MAX_VALUE means empty
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity: the share of positions where the signatures agree. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths");
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
