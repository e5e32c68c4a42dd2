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
        Candidates cs = new Candidates(candidates);
        for (StoryVectors.Unit w : wordings) {
            Wording wd = new Wording(w, df);
            if (wd.total == 0) {
                continue;
            }
            for (int i = 0; i < candidates.size(); i++) {
                StoryVectors.Unit c = candidates.get(i);
                int end = windowEnd(candidates, i, WINDOW);
                double[] two = cs.held(wd, i, Math.min(i + 2, end));
                double[] three = end - i > 2 ? cs.held(wd, i, end) : two;
                if (two[0] > best) {
                    best = two[0];
                    nearest = c;
                }
                boolean aligned = w.terms().overlap(c.terms()) >= FactAligner.MIN_SHARED
                        && w.terms().cosine(c.terms()) >= FactAligner.ALIGN;
                if (aligned || two[0] >= FOUND && two[1] >= 2 || wd.quotes() && sameQuote(wd, cs.normalised(i))) {
                    return new Match(Verdict.FOUND, c, Math.max(two[0], best));
                }
                // a fact told over three sentences: unsure, never found (three sentences hold more by chance)
                if (three[0] >= unsureAt && three[1] >= 2 || !unsure && rareShared(wd, cs, i)) {
                    unsure = true;
                }
            }
        }
        return new Match(unsure ? Verdict.UNSURE : Verdict.ABSENT, nearest, best);
    }

    /** Terms in at most this many sentences of the story are rare. */
    static final int RARE = 3;

    /** The window of up to three sentences from {@code i} shares two rare terms of the wording, or a quoted word. */
    private static boolean rareShared(Wording w, Candidates cs, int i) {
        int end = windowEnd(cs.units, i, 3);
        int rare = 0;
        for (int r = 0; r < w.rare.size(); r++) {
            for (int k = i; k < end; k++) {
                if (cs.rareHeld(w, k)[r]) {
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

    /** Sentences in a row searched together: a fact can be told over up to three. */
    static final int WINDOW = 3;

    /** The end (exclusive) of up to {@code size} candidates from {@code i}, all of the article of the {@code i}th. */
    private static int windowEnd(List<StoryVectors.Unit> candidates, int i, int size) {
        int end = i + 1;
        while (end < candidates.size() && end - i < size && candidates.get(end).article() == candidates.get(i).article()) {
            end++;
        }
        return end;
    }

    /** Weighted share of the wording's terms the window holds, and how many terms it shares. */
    static double[] held(StoryVectors.Unit w, List<StoryVectors.Unit> window, double total) {
        return new Candidates(window).held(new Wording(w, Map.of()), 0, window.size(), total);
    }

    private static final Gazetteer GAZETTEER = Gazetteer.get();

    /**
     * The sentence holds the term, a number as any form of its value ("three" and "3", "1,200" and
     * "1200"), a country as its name or its demonym ("Spanish" and "Spain": the entity resolver's
     * gazetteer).
     */
    static boolean holds(StoryVectors.Unit c, String term) {
        return new Candidates(List.of(c)).holds(0, term, number(term),
                !term.isEmpty() && Character.isDigit(term.charAt(0)), GAZETTEER.country(term));
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
        return sameQuote(Wording.quotedRuns(a), norm(b));
    }

    private static boolean sameQuote(Wording w, String normalised) {
        return sameQuote(w.quotedRuns, normalised);
    }

    /** The normalised text holds five words in a row of one of the runs. */
    private static boolean sameQuote(List<String[]> runs, String normalised) {
        for (String[] words : runs) {
            for (int i = 0; i + 5 <= words.length; i++) {
                if (normalised.contains(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 5)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String norm(String s) {
        return " " + s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    /** What a search needs of a wording, worked out once: its terms with their number values, rare terms, quotations. */
    private static final class Wording {
        final String[] terms;
        final double[] weights;
        /** The number value of each term (NaN when it is none) and whether it is written in digits. */
        final double[] values;
        final boolean[] digits;
        /** The country each term names or is the demonym of (null when none). */
        final String[] countries;
        final double total;
        final List<String> rare = new java.util.ArrayList<>();
        final List<String[]> quotedRuns;
        final List<String> quotedWords = new java.util.ArrayList<>();

        Wording(StoryVectors.Unit w, Map<String, Integer> df) {
            Map<String, Double> m = w.terms().weights();
            terms = new String[m.size()];
            weights = new double[m.size()];
            values = new double[m.size()];
            digits = new boolean[m.size()];
            countries = new String[m.size()];
            double sum = 0;
            int k = 0;
            for (Map.Entry<String, Double> e : m.entrySet()) {
                terms[k] = e.getKey();
                weights[k] = e.getValue();
                values[k] = number(e.getKey());
                countries[k] = GAZETTEER.country(e.getKey());
                digits[k] = !e.getKey().isEmpty() && Character.isDigit(e.getKey().charAt(0));
                sum += e.getValue();
                if (df.getOrDefault(e.getKey(), Integer.MAX_VALUE) <= RARE) {
                    rare.add(e.getKey());
                }
                k++;
            }
            total = sum;
            quotedRuns = quotedRuns(w.text());
            Matcher q = QUOTED_WORDS.matcher(w.text());
            while (q.find()) {
                for (String word : q.group(1).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                    if (word.length() >= 6) {
                        quotedWords.add(word);
                    }
                }
            }
        }

        boolean quotes() {
            return !quotedRuns.isEmpty();
        }

        static List<String[]> quotedRuns(String text) {
            List<String[]> runs = new java.util.ArrayList<>();
            Matcher m = QUOTED.matcher(text);
            while (m.find()) {
                runs.add(norm(m.group(1)).split(" "));
            }
            return runs;
        }
    }

    /** The candidates of a search, with what is worked out of each when first needed. */
    private static final class Candidates {
        final List<StoryVectors.Unit> units;
        private final String[] normalised;
        private final String[] lower;
        /** The values of the terms written in digits, and of the number words. */
        private final java.util.Set<Double>[] digitValues;
        private final java.util.Set<Double>[] wordValues;
        private final java.util.Set<String>[] countries;

        @SuppressWarnings("unchecked")
        Candidates(List<StoryVectors.Unit> units) {
            this.units = units;
            normalised = new String[units.size()];
            lower = new String[units.size()];
            digitValues = new java.util.Set[units.size()];
            wordValues = new java.util.Set[units.size()];
            countries = new java.util.Set[units.size()];
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

        /** As {@link ParaphraseMatcher#held}, over the candidates {@code from} to {@code to} (exclusive). */
        double[] held(Wording w, int from, int to) {
            return held(w, from, to, w.total);
        }

        /** As above, the share taken of {@code total}. */
        double[] held(Wording w, int from, int to, double total) {
            double got = 0;
            int shared = 0;
            for (int t = 0; t < w.terms.length; t++) {
                for (int k = from; k < to; k++) {
                    if (holding(w, k)[t]) {
                        got += w.weights[t];
                        shared++;
                        break;
                    }
                }
            }
            return new double[] {got / total, shared};
        }

        /**
         * The wording {@link #holding} and {@link #rareHeld} answer for, and for each candidate which
         * of its terms, and of its rare terms, the candidate has (null: not yet known).
         */
        private Wording memoFor;
        private boolean[][] memo;
        private boolean[][] rareMemo;

        private void remember(Wording w) {
            if (memoFor != w) {
                memoFor = w;
                memo = new boolean[units.size()][];
                rareMemo = new boolean[units.size()][];
            }
        }

        /** Which of the wording's rare terms the {@code k}th candidate has (as a term of its own), worked out once. */
        boolean[] rareHeld(Wording w, int k) {
            remember(w);
            boolean[] row = rareMemo[k];
            if (row == null) {
                row = new boolean[w.rare.size()];
                org.newsfuse.text.TermVector terms = units.get(k).terms();
                for (int r = 0; r < row.length; r++) {
                    row[r] = terms.contains(w.rare.get(r));
                }
                rareMemo[k] = row;
            }
            return row;
        }

        /**
         * Which of the wording's terms the {@code k}th candidate holds, worked out once per wording
         * and candidate: the windows that overlap read each candidate's answer several times.
         */
        private boolean[] holding(Wording w, int k) {
            remember(w);
            boolean[] row = memo[k];
            if (row == null) {
                row = new boolean[w.terms.length];
                for (int t = 0; t < row.length; t++) {
                    row[t] = holds(k, w, t);
                }
                memo[k] = row;
            }
            return row;
        }

        /**
         * As {@link ParaphraseMatcher#holds}: a country or demonym matches any form of its country; a
         * digit term any form of its value, a number word only digits.
         */
        private boolean holds(int k, Wording w, int t) {
            return holds(k, w.terms[t], w.values[t], w.digits[t], w.countries[t]);
        }

        /** The {@code k}th candidate holds the term, given its number value, digit form and country. */
        boolean holds(int k, String term, double value, boolean digits, String country) {
            if (units.get(k).terms().contains(term)) {
                return true;
            }
            if (country != null) {
                return countries(k).contains(country);
            }
            if (Double.isNaN(value)) {
                return false;
            }
            values(k);
            return digitValues[k].contains(value) || digits && wordValues[k].contains(value);
        }

        /** The countries the candidate's terms name or are demonyms of. */
        private java.util.Set<String> countries(int k) {
            if (countries[k] == null) {
                java.util.Set<String> c = new java.util.HashSet<>();
                for (String term : units.get(k).terms().weights().keySet()) {
                    String country = GAZETTEER.country(term);
                    if (country != null) {
                        c.add(country);
                    }
                }
                countries[k] = c;
            }
            return countries[k];
        }

        private void values(int k) {
            if (digitValues[k] != null) {
                return;
            }
            java.util.Set<Double> d = new java.util.HashSet<>();
            java.util.Set<Double> n = new java.util.HashSet<>();
            for (String term : units.get(k).terms().weights().keySet()) {
                double v = number(term);
                if (!Double.isNaN(v)) {
                    (Character.isDigit(term.charAt(0)) ? d : n).add(v);
                }
            }
            digitValues[k] = d;
            wordValues[k] = n;
        }
    }
}
