package org.newsfuse.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word shingles of a text, for telling near-exact repeats apart from different texts: the text is
 * folded (case, accents, quote styles, punctuation) into words, and every run of {@code k} words is
 * hashed to 64 bits.
 */
public final class Shingles {
    private Shingles() {
    }

    /** Folded words: lower case, accents and punctuation removed, digits kept. */
    public static List<String> words(String text) {
        if (isAscii(text)) {
            return asciiWords(text);
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #words(String)} for ASCII text, without the regular expressions: the same words, faster. */
    private static List<String> asciiWords(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                w.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                w.append((char) (c + 32));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    /** The set of hashed k-word shingles; a text shorter than k words is one shingle. */
    public static Set<Long> of(String text, int k) {
        return of(words(text), k);
    }

    /** The distinct hashed k-word shingles of folded words, as a sorted array (no boxing). */
    public static long[] hashes(List<String> w, int k) {
        if (w.isEmpty()) {
            return new long[0];
        }
        if (w.size() < k) {
            return new long[] {hash(w, 0, w.size())};
        }
        long[] h = new long[w.size() - k + 1];
        for (int i = 0; i + k <= w.size(); i++) {
            h[i] = hash(w, i, i + k);
        }
        java.util.Arrays.sort(h);
        int n = 0;
        for (int i = 0; i < h.length; i++) {
            if (i == 0 || h[i] != h[i - 1]) {
                h[n++] = h[i];
            }
        }
        return java.util.Arrays.copyOf(h, n);
    }

    /** The set of hashed k-word shingles of words already folded by {@link #words(String)}. */
    public static Set<Long> of(List<String> w, int k) {
        Set<Long> out = new HashSet<>();
        if (w.isEmpty()) {
            return out;
        }
        if (w.size() < k) {
            out.add(hash(w, 0, w.size()));
            return out;
        }
        for (int i = 0; i + k <= w.size(); i++) {
            out.add(hash(w, i, i + k));
        }
        return out;
    }

    private static long hash(List<String> w, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            String s = w.get(i);
            for (int c = 0; c < s.length(); c++) {
                h ^= s.charAt(c);
                h *= 0x100000001b3L;
            }
            h ^= ' ';
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A 64-bit finaliser so that nearby FNV values spread over all bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Share of {@code a}'s shingles that are also in {@code b}. */
    public static double containment(Set<Long> a, Set<Long> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (Long x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / a.size();
    }

    /** Jaccard similarity of two shingle sets. */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (Long x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
