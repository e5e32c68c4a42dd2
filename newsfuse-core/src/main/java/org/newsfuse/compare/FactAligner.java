package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.text.StoryVectors;

/**
 * Aligns the sentences of a story's articles into facts. Two sentences of different articles that
 * share enough weighted content terms (cosine at least {@value #ALIGN} and {@value #MIN_SHARED}
 * shared terms) are linked; links are taken strongest first, and two groups join only when no
 * article would then have two sentences in one fact. Candidates come from an inverted index over
 * terms, so the cost follows shared vocabulary, not all pairs.
 */
public final class FactAligner {
    /** Cosine similarity at which two sentences report the same thing. */
    public static final double ALIGN = 0.33;
    /** Content terms two aligned sentences must share. */
    public static final int MIN_SHARED = 3;
    /** Shortest sentence, in words, that can be a fact. */
    static final int MIN_WORDS = 5;

    private record Edge(int a, int b, double sim) {
    }

    /** The facts of a story, most widely reported first, then in reading order. */
    List<AlignedFact> align(List<StoryVectors.Unit> all) {
        List<StoryVectors.Unit> units = new ArrayList<>();
        for (StoryVectors.Unit u : all) {
            if (u.sentence().wordCount() >= MIN_WORDS && u.terms().weights().size() >= 2) {
                units.add(u);
            }
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            for (String t : units.get(i).terms().weights().keySet()) {
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Set<Integer> seen = new HashSet<>();
            for (String t : units.get(i).terms().weights().keySet()) {
                for (int j : index.get(t)) {
                    if (j <= i || units.get(j).articleIndex() == units.get(i).articleIndex() || !seen.add(j)) {
                        continue;
                    }
                    double sim = units.get(i).terms().cosine(units.get(j).terms());
                    if (sim >= ALIGN && units.get(i).terms().overlap(units.get(j).terms()) >= MIN_SHARED) {
                        edges.add(new Edge(i, j, sim));
                    }
                }
            }
        }
        edges.sort(Comparator.comparingDouble((Edge e) -> -e.sim()).thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        int[] parent = new int[units.size()];
        List<Set<Integer>> articlesOf = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            parent[i] = i;
            Set<Integer> s = new HashSet<>();
            s.add(units.get(i).articleIndex());
            articlesOf.add(s);
        }
        for (Edge e : edges) {
            int ra = find(parent, e.a());
            int rb = find(parent, e.b());
            if (ra == rb) {
                continue;
            }
            Set<Integer> sa = articlesOf.get(ra);
            Set<Integer> sb = articlesOf.get(rb);
            boolean clash = false;
            for (int x : sb) {
                if (sa.contains(x)) {
                    clash = true;
                    break;
                }
            }
            if (clash) {
                continue;
            }
            parent[rb] = ra;
            sa.addAll(sb);
        }
        Map<Integer, List<StoryVectors.Unit>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(units.get(i));
        }
        List<AlignedFact> facts = new ArrayList<>();
        for (List<StoryVectors.Unit> g : groups.values()) {
            g.sort(Comparator.comparingInt(StoryVectors.Unit::articleIndex));
            facts.add(new AlignedFact(g));
        }
        facts.sort(Comparator.comparingInt((AlignedFact f) -> -f.outlets().size())
                .thenComparingInt(f -> -f.members().size())
                .thenComparingDouble(FactAligner::position));
        return facts;
    }

    /** Mean relative position of a fact's sentences in their articles (0 = first). */
    static double position(AlignedFact f) {
        double sum = 0;
        for (StoryVectors.Unit u : f.members()) {
            Article a = u.article();
            int n = a.sentences().size();
            sum += n <= 1 ? 0 : (double) u.sentence().index() / (n - 1);
        }
        return sum / f.members().size();
    }

    /** The member most like the others: the fact's representative wording. */
    static StoryVectors.Unit representative(AlignedFact f) {
        StoryVectors.Unit best = f.members().get(0);
        double bestScore = -1;
        for (StoryVectors.Unit u : f.members()) {
            double s = 0;
            for (StoryVectors.Unit v : f.members()) {
                if (u != v) {
                    s += u.terms().cosine(v.terms());
                }
            }
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = u;
            }
        }
        return best;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }
}
