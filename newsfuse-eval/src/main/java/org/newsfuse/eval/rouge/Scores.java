package org.newsfuse.eval.rouge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The ROUGE figures of one peer summary, by metric name ({@code ROUGE-1}, {@code ROUGE-2}, …,
 * {@code ROUGE-L}), in the order they were configured.
 */
public final class Scores {

    private final Map<String, Score> byMetric;
    private final List<String> order;

    /** @param byMetric scores by metric name, iterated in the order to keep */
    Scores(Map<String, Score> byMetric) {
        this.byMetric = Map.copyOf(byMetric);
        this.order = List.copyOf(byMetric.keySet());
    }

    /** The metric names, in configuration order. */
    public List<String> metrics() {
        return order;
    }

    /** The score of one metric, e.g. {@code "ROUGE-2"}. */
    public Score get(String metric) {
        Score s = byMetric.get(metric);
        if (s == null) {
            throw new NoSuchElementException(metric + " was not computed; have " + order);
        }
        return s;
    }

    /** ROUGE-N for the given n. */
    public Score rougeN(int n) {
        return get("ROUGE-" + n);
    }

    /** ROUGE-L (summary-level union LCS). */
    public Score rougeL() {
        return get("ROUGE-L");
    }

    /** All scores by metric name, in configuration order. */
    public Map<String, Score> asMap() {
        Map<String, Score> out = new LinkedHashMap<>();
        for (String m : order) {
            out.put(m, byMetric.get(m));
        }
        return out;
    }

    /**
     * The per-metric plain means over many evaluations ({@code -t 0}: each evaluation counts once).
     * Note that ROUGE-1.5.5 does not print this mean but the mean of its bootstrap resamples, which
     * differs by up to a few 0.001 (see {@link Bootstrap}).
     */
    public static Scores mean(Collection<Scores> all) {
        Map<String, Score> out = new LinkedHashMap<>();
        if (all.isEmpty()) {
            return new Scores(out);
        }
        for (String metric : all.iterator().next().metrics()) {
            List<Score> scores = new ArrayList<>();
            for (Scores s : all) {
                scores.add(s.get(metric));
            }
            out.put(metric, Score.mean(scores));
        }
        return new Scores(out);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String m : order) {
            Score s = byMetric.get(m);
            sb.append(String.format("%s R=%.5f P=%.5f F=%.5f%n", m, s.recall(), s.precision(), s.f()));
        }
        return sb.toString();
    }
}
