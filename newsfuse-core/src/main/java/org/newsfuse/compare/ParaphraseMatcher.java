package org.newsfuse.compare;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.text.StoryVectors;

/**
 * Looks for a fact in other sentences, tolerant of paraphrase: how much of a wording's weighted
 * content words (stems, spelling variants folded, weighted by how rare they are in the story) a
 * sentence — alone or with the sentence after it, since a fact can be told in two — holds, the
 * names and numbers included; or the same quoted words. The answer has three values, because a
 * coverage claim is made only when the fact is clearly absent: when the search is unsure, the
 * report says nothing.
 */
final class ParaphraseMatcher {
    /** Share of a wording's weighted content words at which another sentence reports it. */
    static final double FOUND = 0.5;
    /** Share at which another sentence may report it: too close to call. */
    static final double UNSURE = 0.22;
    private static final Pattern QUOTED = Pattern.compile("[\"“”']([^\"“”]{12,}?)[\"“”']");

    enum Verdict { FOUND, UNSURE, ABSENT }

    /** The search's answer: the verdict, the nearest sentence searched (or null) and its score. */
    record Match(Verdict verdict, StoryVectors.Unit nearest, double score) {
    }

    /**
     * Searches every candidate sentence (in article order; a window is a sentence and the next one of
     * the same article) for any of the fact's wordings.
     */
    static Match search(List<StoryVectors.Unit> wordings, List<StoryVectors.Unit> candidates) {
        return search(wordings, candidates, java.util.Map.of());
    }

    /**
     * As {@link #search(List, List)}, with how many sentences of the story hold each term: a window of
     * up to three sentences that shares two of the wording's rare terms (in at most {@value #RARE}
     * sentences of the story), or a word the wording quotes, makes the search unsure.
     */
    static Match search(List<StoryVectors.Unit> wordings, List<StoryVectors.Unit> candidates, Map<String, Integer> df) {
        return search(wordings, candidates, df, UNSURE);
    }

    /** As {@link #search(List, List, Map)} with another threshold for "unsure". */
    static Match search(List<StoryVectors.Unit> wordings, List<StoryVectors.Unit> candidates, Map<String, Integer> df,
            double unsureAt) {
        StoryVectors.Unit nearest = null;
        double best = 0;
        boolean unsure = false;
        for (StoryVectors.Unit w : wordings) {
            double total = 0;
            for (double x : w.terms().weights().values()) {
                total += x;
            }
            if (total == 0) {
                continue;
            }
            for (int i = 0; i < candidates.size(); i++) {
                StoryVectors.Unit c = candidates.get(i);
                StoryVectors.Unit next = i + 1 < candidates.size() && candidates.get(i + 1).article() == c.article()
                        ? candidates.get(i + 1) : null;
                double[] one = held(w, c, null, total);
                double[] two = next == null ? one : held(w, c, next, total);
                double score = Math.max(one[0], two[0]);
                int shared = (int) Math.max(one[1], two[1]);
                if (score > best) {
                    best = score;
                    nearest = c;
                }
                boolean aligned = w.terms().cosine(c.terms()) >= FactAligner.ALIGN
                        && w.terms().overlap(c.terms()) >= FactAligner.MIN_SHARED;
                if (aligned || score >= FOUND && shared >= 2 || sameQuote(w.text(), c.text())) {
                    return new Match(Verdict.FOUND, c, Math.max(score, best));
                }
                if (score >= unsureAt && shared >= 2 || !unsure && rareShared(w, candidates, i, df)) {
                    unsure = true;
                }
            }
        }
        return new Match(unsure ? Verdict.UNSURE : Verdict.ABSENT, nearest, best);
    }

    /** Terms in at most this many sentences of the story are rare. */
    static final int RARE = 3;

    /** The window of up to three sentences from {@code i} shares two rare terms of the wording, or a quoted word. */
    private static boolean rareShared(StoryVectors.Unit w, List<StoryVectors.Unit> candidates, int i, Map<String, Integer> df) {
        java.util.Set<String> window = new java.util.HashSet<>();
        for (int k = i; k < Math.min(candidates.size(), i + 3) && candidates.get(k).article() == candidates.get(i).article(); k++) {
            window.addAll(candidates.get(k).terms().weights().keySet());
        }
        int rare = 0;
        for (String t : w.terms().weights().keySet()) {
            if (window.contains(t) && df.getOrDefault(t, Integer.MAX_VALUE) <= RARE && ++rare >= 2) {
                return true;
            }
        }
        Matcher q = QUOTED_WORDS.matcher(w.text());
        while (q.find()) {
            for (String word : q.group(1).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 6) {
                    for (int k = i; k < Math.min(candidates.size(), i + 3)
                            && candidates.get(k).article() == candidates.get(i).article(); k++) {
                        if (candidates.get(k).text().toLowerCase(java.util.Locale.ROOT).contains(word)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static final Pattern QUOTED_WORDS = Pattern.compile("[\"“”‘’']([^\"“”‘’']{3,60})[\"“”‘’']");

    /** How many of the units hold each term. */
    static Map<String, Integer> documentFrequency(List<StoryVectors.Unit> units) {
        Map<String, Integer> df = new java.util.HashMap<>();
        for (StoryVectors.Unit u : units) {
            for (String t : u.terms().weights().keySet()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return df;
    }

    /** Weighted share of the wording's terms the window holds, and how many terms it shares. */
    private static double[] held(StoryVectors.Unit w, StoryVectors.Unit c, StoryVectors.Unit next, double total) {
        double got = 0;
        int shared = 0;
        for (Map.Entry<String, Double> e : w.terms().weights().entrySet()) {
            if (c.terms().weights().containsKey(e.getKey()) || next != null && next.terms().weights().containsKey(e.getKey())) {
                got += e.getValue();
                shared++;
            }
        }
        return new double[] {got / total, shared};
    }

    /** Both sentences quote the same run of five or more words. */
    static boolean sameQuote(String a, String b) {
        Matcher m = QUOTED.matcher(a);
        String nb = norm(b);
        while (m.find()) {
            String[] words = norm(m.group(1)).split(" ");
            for (int i = 0; i + 5 <= words.length; i++) {
                if (nb.contains(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 5)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String norm(String s) {
        return " " + s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }
}
