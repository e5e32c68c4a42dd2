package org.newsfuse.compare;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.text.StoryVectors;

/**
 * Looks for a fact in other sentences, tolerant of paraphrase: how much of a wording's weighted
 * content words (stems, spelling variants folded, numbers read as values so that "three" is "3", a
 * demonym as its country; weighted by how rare they are in the story) a window of text holds — a sentence, or two or three
 * in a row of one article, since a fact can be told over several sentences — the names and numbers
 * included; or the same quoted words. The answer has three values, because a coverage claim is made
 * only when the fact is clearly absent: when the search is unsure, the report says nothing.
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
                List<StoryVectors.Unit> window = window(candidates, i, WINDOW);
                double[] two = held(w, window.subList(0, Math.min(2, window.size())), total);
                double[] three = window.size() > 2 ? held(w, window, total) : two;
                if (two[0] > best) {
                    best = two[0];
                    nearest = c;
                }
                boolean aligned = w.terms().cosine(c.terms()) >= FactAligner.ALIGN
                        && w.terms().overlap(c.terms()) >= FactAligner.MIN_SHARED;
                if (aligned || two[0] >= FOUND && two[1] >= 2 || sameQuote(w.text(), c.text())) {
                    return new Match(Verdict.FOUND, c, Math.max(two[0], best));
                }
                // a fact told over three sentences: unsure, never found (three sentences hold more by chance)
                if (three[0] >= unsureAt && three[1] >= 2 || !unsure && rareShared(w, candidates, i, df)) {
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

    /** Sentences in a row searched together: a fact can be told over up to three. */
    static final int WINDOW = 3;

    /** Up to {@code size} candidates from {@code i}, all of the article of the {@code i}th. */
    private static List<StoryVectors.Unit> window(List<StoryVectors.Unit> candidates, int i, int size) {
        int end = i + 1;
        while (end < candidates.size() && end - i < size && candidates.get(end).article() == candidates.get(i).article()) {
            end++;
        }
        return candidates.subList(i, end);
    }

    /** Weighted share of the wording's terms the window holds, and how many terms it shares. */
    static double[] held(StoryVectors.Unit w, List<StoryVectors.Unit> window, double total) {
        double got = 0;
        int shared = 0;
        for (Map.Entry<String, Double> e : w.terms().weights().entrySet()) {
            for (StoryVectors.Unit c : window) {
                if (holds(c, e.getKey())) {
                    got += e.getValue();
                    shared++;
                    break;
                }
            }
        }
        return new double[] {got / total, shared};
    }

    private static final Gazetteer GAZETTEER = Gazetteer.get();

    /**
     * The sentence holds the term, a number as any form of its value ("three" and "3", "1,200" and
     * "1200"), a country as its name or its demonym ("Spanish" and "Spain": the entity resolver's
     * gazetteer).
     */
    static boolean holds(StoryVectors.Unit c, String term) {
        Map<String, Double> terms = c.terms().weights();
        if (terms.containsKey(term)) {
            return true;
        }
        String country = GAZETTEER.country(term);
        if (country != null) {
            for (String t : terms.keySet()) {
                if (country.equals(GAZETTEER.country(t))) {
                    return true;
                }
            }
            return false;
        }
        double v = number(term);
        if (Double.isNaN(v)) {
            return false;
        }
        for (String t : terms.keySet()) {
            if ((Character.isDigit(t.charAt(0)) || Character.isDigit(term.charAt(0))) && number(t) == v) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NUMERAL = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    /** Number words of two or more and their stems ("twenti", "twelv", "hundr"): "one" is as often a pronoun. */
    private static final Map<String, Double> NUMBER_WORDS = numberWords();

    private static Map<String, Double> numberWords() {
        Map<String, Double> m = new java.util.HashMap<>();
        for (String w : Numbers.WORDS.split("\\|")) {
            double v = Numbers.value(w);
            if (v >= 2 && w.matches("\\p{L}+")) {
                m.put(w, v);
                m.put(w.replaceAll("e$", ""), v);
                m.put(w.replaceAll("y$", "i"), v);
            }
        }
        m.put("hundr", 100.0);
        return Map.copyOf(m);
    }

    /** The value of a numeral or of a number word's stem ("twenti", "twelv"), or NaN. */
    static double number(String term) {
        if (term.isEmpty()) {
            return Double.NaN;
        }
        if (Character.isDigit(term.charAt(0))) {
            return NUMERAL.matcher(term).matches() ? Numbers.value(term) : Double.NaN;
        }
        return NUMBER_WORDS.getOrDefault(term, Double.NaN);
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
