package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Token;
import org.newsfuse.text.StoryVectors;

/**
 * Names written differently by different outlets: a quoted name that differs in one word ("Make in
 * India" against "Made in India"); a name spelled two ways, when the two spellings stand before or
 * after the same name ("Sergey Lavrov" and "Sergei Lavrov") or one is a rare slip of a common one
 * ("Jaishanakar" once against "Jaishankar" often). Different names that merely look alike (Iran and
 * Iraq, Russia and Russian) are kept apart: a pair must be long enough, must not be prefix and
 * extension, and must meet one of those two conditions.
 */
final class NameDetector implements Detector {
    /** Capitalised words of titles and institutions: look-alikes among them are different words, not misspellings. */
    private static final Set<String> COMMON_CAPITALISED = Set.of("minister", "ministers", "ministry", "ministries",
            "president", "presidents", "presidency", "prime", "premier", "foreign", "government", "governments",
            "governor", "council", "councils", "counsel", "agency", "agencies", "office", "officer", "officers",
            "department", "secretary", "secretariat", "general", "generals", "committee", "commission", "commissioner",
            "party", "parties", "police", "court", "courts", "army", "armies", "navy", "university", "institute",
            "service", "services", "national", "nations", "federal", "state", "states", "city", "cities", "province",
            "provinces", "provincial", "district", "region", "regional", "street", "road", "union", "unions", "senate",
            "senator", "senators", "parliament", "assembly", "minority", "majority", "central", "centre", "center",
            "western", "eastern", "northern", "southern", "north", "south", "east", "west", "summit", "summits",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december");

    private static final Pattern QUOTED = Pattern.compile("[\"“‘']([A-Z][^\"”’'“‘]{2,60}?)[\"”’']");

    @Override
    public List<Discrepancy> find(List<StoryVectors.Unit> units, List<AlignedFact> facts) {
        List<Discrepancy> out = new ArrayList<>();
        quotedNames(units, out);
        spellings(units, out);
        return out;
    }

    private static void quotedNames(List<StoryVectors.Unit> units, List<Discrepancy> out) {
        Map<String, List<Mention>> byPhrase = new LinkedHashMap<>();
        for (StoryVectors.Unit u : units) {
            Matcher m = QUOTED.matcher(u.text());
            while (m.find()) {
                String phrase = m.group(1).strip();
                String[] words = phrase.split("\\s+");
                if (words.length < 2 || words.length > 6 || phrase.endsWith(".") || phrase.endsWith(",")) {
                    continue;
                }
                byPhrase.computeIfAbsent(phrase, k -> new ArrayList<>()).add(new Mention(phrase, phrase, phrase, u));
            }
        }
        List<String> phrases = new ArrayList<>(byPhrase.keySet());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < phrases.size(); i++) {
            for (int j = i + 1; j < phrases.size(); j++) {
                String a = phrases.get(i);
                String b = phrases.get(j);
                if (used.contains(a) || used.contains(b) || !oneWordApart(a, b)) {
                    continue;
                }
                List<Mention> ms = new ArrayList<>(byPhrase.get(a));
                ms.addAll(byPhrase.get(b));
                Discrepancy d = Sides.of(Discrepancy.Kind.NAME, a, ms);
                if (d != null) {
                    out.add(d);
                    used.add(a);
                    used.add(b);
                }
            }
        }
    }

    /** Same number of words, exactly one differing, and that one not only in letter case. */
    static boolean oneWordApart(String a, String b) {
        String[] x = a.split("\\s+");
        String[] y = b.split("\\s+");
        if (x.length != y.length) {
            return false;
        }
        int diff = 0;
        for (int k = 0; k < x.length; k++) {
            if (!x[k].equalsIgnoreCase(y[k])) {
                diff++;
            }
        }
        return diff == 1;
    }

    private record Occurrence(StoryVectors.Unit unit, String prev, String next) {
    }

    private static void spellings(List<StoryVectors.Unit> units, List<Discrepancy> out) {
        Map<String, List<Occurrence>> occ = new LinkedHashMap<>();
        for (StoryVectors.Unit u : units) {
            List<Token> toks = u.sentence().tokens();
            for (int k = 0; k < toks.size(); k++) {
                Token t = toks.get(k);
                String w = t.text();
                if (w.length() < 5 || !w.chars().allMatch(Character::isLetter) || !Character.isUpperCase(w.charAt(0))
                        || !"PROPN".equals(t.pos())) {
                    continue;
                }
                String prev = k > 0 ? toks.get(k - 1).text() : "";
                String next = k + 1 < toks.size() ? toks.get(k + 1).text() : "";
                occ.computeIfAbsent(w, x -> new ArrayList<>()).add(new Occurrence(u, prev, next));
            }
        }
        List<String> names = new ArrayList<>(occ.keySet());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                if (used.contains(a) || used.contains(b) || !lookAlike(a, b)) {
                    continue;
                }
                List<Occurrence> oa = occ.get(a);
                List<Occurrence> ob = occ.get(b);
                boolean sameNeighbour = sharesNeighbour(oa, ob);
                int ca = oa.size();
                int cb = ob.size();
                boolean slip = Math.min(ca, cb) <= 2 && Math.max(ca, cb) >= 3 * Math.min(ca, cb);
                if (!sameNeighbour && !slip) {
                    continue;
                }
                List<Mention> ms = new ArrayList<>();
                String common = ca >= cb ? a : b;
                String rare = common.equals(a) ? b : a;
                addFirstPerArticle(ms, common, occ.get(common));
                addFirstPerArticle(ms, rare, occ.get(rare));
                Discrepancy d = Sides.of(Discrepancy.Kind.NAME, common, ms);
                if (d != null) {
                    out.add(d);
                    used.add(a);
                    used.add(b);
                }
            }
        }
    }

    private static void addFirstPerArticle(List<Mention> ms, String name, List<Occurrence> occ) {
        Set<String> seen = new HashSet<>();
        for (Occurrence o : occ) {
            if (seen.add(o.unit().article().id())) {
                ms.add(new Mention(name, name, name, o.unit()));
            }
        }
    }

    private static boolean sharesNeighbour(List<Occurrence> a, List<Occurrence> b) {
        Map<String, Integer> next = new HashMap<>();
        Map<String, Integer> prev = new HashMap<>();
        for (Occurrence o : a) {
            if (isName(o.next())) {
                next.merge(o.next(), 1, Integer::sum);
            }
            if (isName(o.prev())) {
                prev.merge(o.prev(), 1, Integer::sum);
            }
        }
        for (Occurrence o : b) {
            if (isName(o.next()) && next.containsKey(o.next()) || isName(o.prev()) && prev.containsKey(o.prev())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String w) {
        return w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    /** Two spellings of one name: long enough, close in letters, neither an extension of the other. */
    static boolean lookAlike(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (COMMON_CAPITALISED.contains(x) || COMMON_CAPITALISED.contains(y)) {
            return false;
        }
        if (x.equals(y) || x.charAt(0) != y.charAt(0) || x.startsWith(y) || y.startsWith(x)) {
            return false;
        }
        int len = Math.min(x.length(), y.length());
        if (Math.abs(x.length() - y.length()) > 2) {
            return false; // the distance is at least the difference in length: more than any threshold below
        }
        int d = distance(x, y);
        return len >= 7 ? d <= 2 : len >= 5 && d <= 1;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        return org.newsfuse.text.EditDistance.of(a, b);
    }
}
