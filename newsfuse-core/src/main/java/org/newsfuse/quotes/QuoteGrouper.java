package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Quote;
import org.newsfuse.nlp.Nlp;
import org.newsfuse.text.StopWords;

/**
 * Groups the wordings of one statement across articles. Two quotes of different articles are one
 * statement when their speakers agree (the same, or one unknown) and the content words of the
 * shorter one are mostly in the longer one: at least {@value #MIN_SHARED} shared stems making at
 * least {@value #MIN_CONTAINMENT} of the shorter quote's. Words are compared by Porter stem after
 * joining hyphenated words ("long-standing") and folding British and American spellings
 * ("defence"/"defense", "-ise"/"-ize", "-our"/"-or"); stop words do not count. Groups are the
 * connected sets of that relation; every quote gets a group id ({@code q1}, {@code q2}, ... in order
 * of first appearance), alone or not.
 */
public final class QuoteGrouper {
    static final int MIN_SHARED = 4;
    static final double MIN_CONTAINMENT = 0.5;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*|\\p{N}+");

    public List<Quote> group(List<Quote> quotes) {
        int n = quotes.size();
        List<Set<String>> words = new ArrayList<>(n);
        for (Quote q : quotes) {
            words.add(stems(q.text()));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Quote a = quotes.get(i);
                Quote b = quotes.get(j);
                boolean sameArticle = a.article().equals(b.article());
                if (sameArticle && !a.text().equals(b.text())) {
                    continue;
                }
                if (a.speaker() != null && b.speaker() != null && !a.speaker().equals(b.speaker())) {
                    continue;
                }
                if (a.speaker() == null && a.kind() != Quote.Kind.DIRECT
                        || b.speaker() == null && b.kind() != Quote.Kind.DIRECT) {
                    continue; // an unattributed paraphrase is nobody's wording
                }
                if (a.text().equalsIgnoreCase(b.text()) || same(words.get(i), words.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, String> ids = new LinkedHashMap<>();
        List<Quote> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            String id = ids.computeIfAbsent(root, r -> "q" + (ids.size() + 1));
            Quote q = quotes.get(i);
            out.add(quotes.get(i).withGroup(id));
        }
        return out;
    }

    static boolean same(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return shared >= MIN_SHARED && shared >= MIN_CONTAINMENT * small.size();
    }

    /** Content-word stems of a text, spellings folded. */
    public static Set<String> stems(String text) {
        String joined = text.replaceAll("(\\p{L})[-‐‑](\\p{L})", "$1$2");
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(joined);
        Nlp nlp = Nlp.get();
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (StopWords.is(w)) {
                continue;
            }
            out.add(nlp.stem(spelling(w)));
        }
        return out;
    }

    private static String spelling(String w) {
        if (w.endsWith("ence") && (w.equals("defence") || w.equals("offence") || w.equals("licence")
                || w.equals("pretence"))) {
            return w.substring(0, w.length() - 4) + "ense";
        }
        if (w.length() > 5 && w.contains("our") && !w.startsWith("our")) {
            String x = w.replace("iour", "ior").replace("bour", "bor").replace("vour", "vor").replace("lour", "lor")
                    .replace("mour", "mor");
            if (!x.equals(w)) {
                return x;
            }
        }
        return w.replaceAll("(?<=\\p{L}{3})is(e|ed|es|ing|ation)$", "iz$1");
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
