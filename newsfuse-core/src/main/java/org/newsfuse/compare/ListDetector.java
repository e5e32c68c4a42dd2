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
