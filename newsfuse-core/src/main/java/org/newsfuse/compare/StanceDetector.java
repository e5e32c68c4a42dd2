package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.text.StoryVectors;

/**
 * Polarity and hedging within one fact: two outlets' sentences aligned on the same thing where one
 * denies what the other affirms, or where both deny but one flatly ("no such discussions") and the
 * other with a hedge ("no specific discussion"). The wording compared is the negated clause.
 */
final class StanceDetector implements Detector {
    /** Aligned sentences must be at least this similar for a polarity difference to count. */
    static final double POLARITY_SIMILARITY = 0.5;
    /** A negation; idioms that affirm ("not only", "no doubt", "spare no effort", "nothing but") are none. */
    private static final Pattern NEGATION = Pattern.compile("(?i)(?<!\\bspare\\s)(?<!\\bspared\\s)(?<!\\bspares\\s)"
            + "(?<!\\bsparing\\s)\\b(?:not(?!\\s+(?:only|just|merely|least)\\b)"
            + "|no(?!\\s+(?:doubt|matter|less|sooner)\\b)|never(?!\\s+before\\b)|nothing(?!\\s+but\\b)"
            + "|none(?!\\s+other\\b)|neither|nor)\\b|n['’]t\\b");
    private static final Set<String> HEDGES = Set.of("specific", "particular", "detailed", "formal", "substantive",
            "concrete", "major", "serious", "real", "direct", "official", "much", "significant", "final", "firm");

    @Override
    public List<Discrepancy> find(List<StoryVectors.Unit> units, List<AlignedFact> facts) {
        List<Discrepancy> out = new ArrayList<>();
        for (AlignedFact f : facts) {
            if (f.outlets().size() < 2) {
                continue;
            }
            List<StoryVectors.Unit> negated = new ArrayList<>();
            List<StoryVectors.Unit> affirmed = new ArrayList<>();
            for (StoryVectors.Unit u : f.members()) {
                (NEGATION.matcher(u.text()).find() ? negated : affirmed).add(u);
            }
            if (!negated.isEmpty() && !affirmed.isEmpty()) {
                polarity(negated, affirmed, out);
            } else if (negated.size() >= 2) {
                hedging(negated, out);
            }
        }
        return out;
    }

    private static void polarity(List<StoryVectors.Unit> negated, List<StoryVectors.Unit> affirmed, List<Discrepancy> out) {
        for (StoryVectors.Unit n : negated) {
            for (StoryVectors.Unit a : affirmed) {
                if (n.article().label().equals(a.article().label())
                        || n.terms().cosine(a.terms()) < POLARITY_SIMILARITY
                        || !clauseCovered(clause(n.text()), a)) {
                    continue;
                }
                List<Mention> ms = new ArrayList<>();
                ms.add(new Mention("polarity", "negated", clause(n.text()), n));
                ms.add(new Mention("polarity", "affirmed", a.text(), a));
                Discrepancy d = Sides.of(Discrepancy.Kind.POLARITY, about(n, a), ms);
                if (d != null) {
                    out.add(d);
                    return;
                }
            }
        }
    }

    private static void hedging(List<StoryVectors.Unit> negated, List<Discrepancy> out) {
        List<Mention> ms = new ArrayList<>();
        boolean hedged = false;
        boolean flat = false;
        for (StoryVectors.Unit u : negated) {
            String c = clause(u.text());
            boolean h = hasHedge(c);
            hedged |= h;
            flat |= !h;
            ms.add(new Mention("hedging", h ? "hedged" : "flat", c, u));
        }
        if (hedged && flat) {
            Discrepancy d = Sides.of(Discrepancy.Kind.HEDGING, about(negated.get(0), negated.get(1)), ms);
            if (d != null) {
                out.add(d);
            }
        }
    }

    /**
     * The other sentence speaks of what the negated clause denies: at least half of the clause's
     * content words stand in it (so a sentence aligned on another part of the negating one, such as
     * "Instead, we confirmed..." against "We did not discuss..., instead we confirmed...", is not its
     * opposite).
     */
    static boolean clauseCovered(String clause, StoryVectors.Unit other) {
        org.newsfuse.nlp.Nlp nlp = org.newsfuse.nlp.Nlp.get();
        int content = 0;
        int covered = 0;
        for (var t : nlp.tokens(clause, 0, true)) {
            if (!StoryVectors.isContent(t)) {
                continue;
            }
            content++;
            if (other.terms().weights().containsKey(StoryVectors.fold(t.stem()))) {
                covered++;
            }
        }
        return content > 0 && covered * 2 >= content;
    }

    /** The words right after the negation carry a hedge ("no specific", "not any formal"). */
    static boolean hasHedge(String clause) {
        Matcher m = NEGATION.matcher(clause);
        if (!m.find()) {
            return false;
        }
        String[] after = clause.substring(m.end()).toLowerCase(Locale.ROOT).replaceAll("[^a-z\\s-]", " ").strip().split("\\s+");
        for (int i = 0; i < Math.min(3, after.length); i++) {
            if (HEDGES.contains(after[i])) {
                return true;
            }
        }
        return false;
    }

    /** The clause holding the negation: from the clause start before it to the next clause break. */
    static String clause(String sentence) {
        Matcher m = NEGATION.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        int start = m.start();
        int words = 0;
        while (start > 0 && ",;:".indexOf(sentence.charAt(start - 1)) < 0 && words < 3) {
            start--;
            if (start > 0 && Character.isWhitespace(sentence.charAt(start - 1)) && !Character.isWhitespace(sentence.charAt(start))) {
                words++;
            }
        }
        int end = m.end();
        while (end < sentence.length() && ".,;:!?".indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        return sentence.substring(start, end).strip();
    }

    /** What two aligned sentences are about: their most weighted shared terms. */
    static String about(StoryVectors.Unit a, StoryVectors.Unit b) {
        List<java.util.Map.Entry<String, Double>> shared = new ArrayList<>();
        for (var e : a.terms().weights().entrySet()) {
            Double w = b.terms().weights().get(e.getKey());
            if (w != null) {
                shared.add(java.util.Map.entry(e.getKey(), e.getValue() * w));
            }
        }
        shared.sort((x, y) -> Double.compare(y.getValue(), x.getValue()) != 0 ? Double.compare(y.getValue(), x.getValue())
                : x.getKey().compareTo(y.getKey()));
        List<String> words = new ArrayList<>();
        for (var e : shared) {
            String surface = surface(a, e.getKey());
            if (surface != null) {
                words.add(surface);
            }
            if (words.size() == 3) {
                break;
            }
        }
        return String.join(", ", words);
    }

    private static String surface(StoryVectors.Unit u, String stem) {
        for (var t : u.sentence().tokens()) {
            if (StoryVectors.isContent(t) && StoryVectors.fold(t.stem()).equals(stem)) {
                return t.text();
            }
        }
        return null;
    }
}
