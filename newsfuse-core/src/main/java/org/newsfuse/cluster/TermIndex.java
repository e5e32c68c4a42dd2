package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate retrieval: an inverted index from a term to the items whose strongest terms include it,
 * each posting list kept in date order, so that a query scans only the items within a time window
 * (and at most {@code maxScan} per term). Items are scored by the part of their dot product that the
 * indexed terms give, and the best few are returned for exact scoring. Undated items match at any
 * date.
 */
final class TermIndex {
    static final int UNDATED = Integer.MIN_VALUE;

    private final int indexTerms;
    private final int maxScan;
    private final int window;
    private final Map<Integer, int[]> postings = new HashMap<>();
    private final Map<Integer, Integer> lengths = new HashMap<>();
    private final List<SparseVector> vectors = new ArrayList<>();
    private int[] dates = new int[16];
    private float[] acc = new float[16];
    private int[] touched = new int[16];

    /**
     * @param indexTerms how many of an item's heaviest terms are indexed and queried
     * @param maxScan    postings scanned per term and query, at most
     * @param window     days either side of a query's date scanned (dated items)
     */
    TermIndex(int indexTerms, int maxScan, int window) {
        this.indexTerms = indexTerms;
        this.maxScan = maxScan;
        this.window = window;
    }

    int size() {
        return vectors.size();
    }

    /** Adds an item (ids 0, 1, 2 ... in order of adding). Items must come in ascending date order, undated first. */
    int add(SparseVector v, int date) {
        int id = vectors.size();
        vectors.add(v);
        if (id == dates.length) {
            dates = Arrays.copyOf(dates, id * 2);
        }
        dates[id] = date;
        for (int p : v.top(indexTerms)) {
            int term = v.ids[p];
            int[] list = postings.get(term);
            int len = lengths.getOrDefault(term, 0);
            if (list == null) {
                list = new int[4];
            } else if (len == list.length) {
                list = Arrays.copyOf(list, len * 2);
            }
            list[len] = id;
            postings.put(term, list);
            lengths.put(term, len + 1);
        }
        return id;
    }

    /**
     * Up to {@code max} indexed items (other than {@code self}) sharing an indexed term with {@code q},
     * best partial score first.
     */
    int[] query(SparseVector q, int date, int self, int max) {
        int n = vectors.size();
        if (acc.length < n) {
            acc = new float[Math.max(n, acc.length * 2)];
        }
        int nt = 0;
        for (int p : q.top(indexTerms)) {
            int term = q.ids[p];
            int[] list = postings.get(term);
            if (list == null) {
                continue;
            }
            int len = lengths.get(term);
            float w = q.weights[p];
            int scanned = 0;
            if (date == UNDATED) {
                for (int k = len - 1; k >= 0 && scanned < maxScan; k--, scanned++) {
                    nt = touch(list[k], w, term, self, nt);
                }
                continue;
            }
            // undated items (a prefix of the list), then the dated ones within the window
            int firstDated = lowerBound(list, len, UNDATED + 1);
            for (int k = 0; k < firstDated && scanned < maxScan; k++, scanned++) {
                nt = touch(list[k], w, term, self, nt);
            }
            int from = lowerBound(list, len, date - window);
            for (int k = from; k < len && scanned < maxScan; k++, scanned++) {
                int id = list[k];
                if (dates[id] > date + window) {
                    break;
                }
                nt = touch(id, w, term, self, nt);
            }
        }
        int[] out = best(nt, max);
        for (int i = 0; i < nt; i++) {
            acc[touched[i]] = 0;
        }
        return out;
    }

    /** The {@code max} touched items of highest score, best first (a bounded min-heap, no boxing). */
    private int[] best(int nt, int max) {
        int m = Math.min(max, nt);
        int[] heap = new int[m];
        int size = 0;
        for (int i = 0; i < nt; i++) {
            int id = touched[i];
            if (size < m) {
                heap[size] = id;
                int k = size++;
                while (k > 0) {
                    int parent = (k - 1) >>> 1;
                    if (acc[heap[parent]] <= acc[heap[k]]) {
                        break;
                    }
                    int t = heap[parent];
                    heap[parent] = heap[k];
                    heap[k] = t;
                    k = parent;
                }
            } else if (acc[id] > acc[heap[0]]) {
                heap[0] = id;
                int k = 0;
                while (true) {
                    int l = 2 * k + 1;
                    int r = l + 1;
                    int small = k;
                    if (l < size && acc[heap[l]] < acc[heap[small]]) {
                        small = l;
                    }
                    if (r < size && acc[heap[r]] < acc[heap[small]]) {
                        small = r;
                    }
                    if (small == k) {
                        break;
                    }
                    int t = heap[small];
                    heap[small] = heap[k];
                    heap[k] = t;
                    k = small;
                }
            }
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = heap[i];
        }
        Arrays.sort(order, (a, b) -> Float.compare(acc[b], acc[a]));
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = order[i];
        }
        return out;
    }

    private int touch(int id, float w, int term, int self, int nt) {
        if (id == self) {
            return nt;
        }
        SparseVector v = vectors.get(id);
        int pos = Arrays.binarySearch(v.ids, term);
        float add = pos >= 0 ? w * v.weights[pos] : 0f;
        if (acc[id] == 0) {
            if (nt == touched.length) {
                touched = Arrays.copyOf(touched, nt * 2);
            }
            touched[nt++] = id;
            add += 1e-9f; // mark as touched even when the product underflows
        }
        acc[id] += add;
        return nt;
    }

    /** First position whose item's date is at least {@code d}. */
    private int lowerBound(int[] list, int len, int d) {
        int lo = 0;
        int hi = len;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates[list[mid]] < d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
