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
        Candidates cs = new Candidates(candidates);
        for (StoryVectors.Unit w : wordings) {
            double total = 0;
            for (double x : w.terms().weights().values()) {
                total += x;
            }
            if (total == 0) {
                continue;
            }
            Wording wd = new Wording(w, df);
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
                // one[1] is the number of terms the wording and the sentence share, their overlap
                boolean aligned = one[1] >= FactAligner.MIN_SHARED && w.terms().cosine(c.terms()) >= FactAligner.ALIGN;
                if (aligned || score >= FOUND && shared >= 2 || wd.quotes && sameQuote(wd, cs.normalised(i))) {
                    return new Match(Verdict.FOUND, c, Math.max(score, best));
                }
                if (score >= unsureAt && shared >= 2 || !unsure && rareShared(wd, cs, i)) {
                    unsure = true;
                }
            }
        }
        return new Match(unsure ? Verdict.UNSURE : Verdict.ABSENT, nearest, best);
    }

    /** Terms in at most this many sentences of the story are rare. */
    static final int RARE = 3;

    /** What a search needs of a wording, worked out once: its rare terms, its quoted runs and words. */
    private static final class Wording {
        final List<String> rare = new java.util.ArrayList<>();
        final List<String[]> quotedRuns = new java.util.ArrayList<>();
        final List<String> quotedWords = new java.util.ArrayList<>();
        final boolean quotes;

        Wording(StoryVectors.Unit w, Map<String, Integer> df) {
            for (String t : w.terms().weights().keySet()) {
                if (df.getOrDefault(t, Integer.MAX_VALUE) <= RARE) {
                    rare.add(t);
                }
            }
            Matcher m = QUOTED.matcher(w.text());
            while (m.find()) {
                quotedRuns.add(norm(m.group(1)).split(" "));
            }
            quotes = !quotedRuns.isEmpty();
            Matcher q = QUOTED_WORDS.matcher(w.text());
            while (q.find()) {
                for (String word : q.group(1).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                    if (word.length() >= 6) {
                        quotedWords.add(word);
                    }
                }
            }
        }
    }

    /** The candidates' normalised and lower-cased texts, made when first asked for. */
    private static final class Candidates {
        final List<StoryVectors.Unit> units;
        final String[] normalised;
        final String[] lower;

        Candidates(List<StoryVectors.Unit> units) {
            this.units = units;
            this.normalised = new String[units.size()];
            this.lower = new String[units.size()];
        }

        String normalised(int i) {
            if (normalised[i] == null) {
                normalised[i] = norm(units.get(i).text());
            }
            return normalised[i];
        }

        String lower(int i) {
            if (lower[i] == null) {
                lower[i] = units.get(i).text().toLowerCase(java.util.Locale.ROOT);
            }
            return lower[i];
        }
    }

    /** The window of up to three sentences from {@code i} shares two rare terms of the wording, or a quoted word. */
    private static boolean rareShared(Wording w, Candidates cs, int i) {
        List<StoryVectors.Unit> candidates = cs.units;
        int end = i + 1;
        while (end < Math.min(candidates.size(), i + 3) && candidates.get(end).article() == candidates.get(i).article()) {
            end++;
        }
        int rare = 0;
        for (String t : w.rare) {
            for (int k = i; k < end; k++) {
                if (candidates.get(k).terms().weights().containsKey(t)) {
                    if (++rare >= 2) {
                        return true;
                    }
                    break;
                }
            }
        }
        for (String word : w.quotedWords) {
            for (int k = i; k < end; k++) {
                if (cs.lower(k).contains(word)) {
                    return true;
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

    /** The normalised text {@code nb} holds a run of five words of one of the wording's quotations. */
    private static boolean sameQuote(Wording w, String nb) {
        for (String[] words : w.quotedRuns) {
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
