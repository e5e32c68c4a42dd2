package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.nlp.Nlp;
import org.newsfuse.text.StoryVectors;

/**
 * Lists that differ: the same kind of thing listed with different members by different outlets
 * ("in nuclear and defense sectors" against "in nuclear, space and defence sectors"). Lists are
 * coordinations ending in "and"/"or" before a plural noun; two lists compete when their nouns match
 * and their members overlap but differ (spelling variants such as defence and defense are one).
 */
final class ListDetector implements Detector {
    private static final Pattern LIST = Pattern.compile("(?i)\\b(?:in|of|on|for|about|across|between|with|including)\\s+"
            + "(?:the\\s+)?((?:(?!(?:in|of|on|for|about|across|between|with|including|the|a|an)\\b)[a-z][\\w-]*,?\\s+){1,5}?"
            + "(?:and|or)\\s+[a-z][\\w-]*)\\s+([a-z]{3,}s)\\b");

    @Override
    public List<Discrepancy> find(List<StoryVectors.Unit> units, List<AlignedFact> facts) {
        Map<String, List<Mention>> byHead = new LinkedHashMap<>();
        Nlp nlp = Nlp.get();
        for (StoryVectors.Unit u : units) {
            Matcher m = LIST.matcher(u.text());
            while (m.find()) {
                TreeSet<String> members = new TreeSet<>();
                for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[\\s,]+")) {
                    if (!w.isEmpty() && !w.equals("and") && !w.equals("or") && !w.equals("the")) {
                        members.add(StoryVectors.fold(nlp.stem(w)));
                    }
                }
                if (members.size() < 2) {
                    continue;
                }
                String head = StoryVectors.fold(nlp.stem(m.group(2)));
                byHead.computeIfAbsent(head, k -> new ArrayList<>())
                        .add(new Mention(head, String.join("+", members), m.group(1) + " " + m.group(2), u));
            }
        }
        List<Discrepancy> out = new ArrayList<>();
        alignedLists(facts, out, nlp);
        for (Map.Entry<String, List<Mention>> e : byHead.entrySet()) {
            List<Mention> ms = e.getValue();
            if (!overlapping(ms)) {
                continue;
            }
            Discrepancy d = Sides.of(Discrepancy.Kind.LIST, e.getKey(), ms);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private static final String ITEM = "(?:(?:the|a|an)\\s+)?[\\w-]+(?:\\s+(?!(?:before|after|in|on|at|for|with|from|to|by"
            + "|of|as|during|when|while|since|until|and|or|that|which|who|is|are|was|were)\\b)[\\w-]+)?";
    private static final Pattern SERIES = Pattern.compile("(?i)\\b((?:" + ITEM + ",\\s+)+" + ITEM + ",?\\s+(?:and|or)\\s+"
            + ITEM + ")\\b");

    /**
     * Lists inside one fact: two outlets' aligned sentences each give a series ("the school, the
     * clinic and the bakery"); when the members overlap by half or more but differ, the lists differ.
     */
    private static void alignedLists(List<AlignedFact> facts, List<Discrepancy> out, Nlp nlp) {
        for (AlignedFact f : facts) {
            if (f.outlets().size() < 2) {
                continue;
            }
            List<Mention> ms = new ArrayList<>();
            for (StoryVectors.Unit u : f.members()) {
                Matcher m = SERIES.matcher(u.text());
                if (m.find()) {
                    TreeSet<String> members = new TreeSet<>();
                    for (String item : m.group(1).split(",\\s*|\\s+(?:and|or)\\s+")) {
                        StringBuilder key = new StringBuilder();
                        for (String w : item.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                            if (!w.isEmpty() && !w.equals("the") && !w.equals("a") && !w.equals("an") && !w.equals("and")
                                    && !w.equals("or")) {
                                key.append(key.length() > 0 ? " " : "").append(StoryVectors.fold(nlp.stem(w)));
                            }
                        }
                        if (key.length() > 0) {
                            members.add(key.toString());
                        }
                    }
                    if (members.size() >= 2) {
                        ms.add(new Mention("series", String.join("+", members), m.group(1), u));
                    }
                }
            }
            if (ms.size() < 2 || !overlapping(ms) || !halfShared(ms)) {
                continue;
            }
            Discrepancy d = Sides.of(Discrepancy.Kind.LIST, StanceDetector.about(ms.get(0).unit(), ms.get(1).unit()), ms);
            if (d != null) {
                out.add(d);
            }
        }
    }

    /** Every two lists share at least half of the smaller one's members. */
    private static boolean halfShared(List<Mention> ms) {
        for (Mention a : ms) {
            for (Mention b : ms) {
                TreeSet<String> x = new TreeSet<>(List.of(a.value().split("\\+")));
                List<String> y = List.of(b.value().split("\\+"));
                int smaller = Math.min(x.size(), y.size());
                x.retainAll(y);
                if (x.size() * 2 < smaller) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every pair of distinct member sets shares a member: the lists are of the same things. */
    private static boolean overlapping(List<Mention> ms) {
        for (Mention a : ms) {
            for (Mention b : ms) {
                if (a.value().equals(b.value())) {
                    continue;
                }
                TreeSet<String> x = new TreeSet<>(List.of(a.value().split("\\+")));
                x.retainAll(List.of(b.value().split("\\+")));
                if (x.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }
}
