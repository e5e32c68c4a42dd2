package org.newsfuse.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Entity;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Token;
import org.newsfuse.text.StoryVectors;

/**
 * Keeps only the disagreements that are real, and says what each amounts to. Every side must cite
 * its own sentences (a sentence on two sides is dropped from both) and its own outlets (an outlet on
 * two sides is dropped from them, except that a name's rare spelling keeps the outlet that slipped);
 * figures must be about the same thing — two sentences of different sides alike (cosine at least
 * {@value #SAME_THING}) that name the same name — and of the same size order; a spelling must be two
 * forms the entity resolver joined into one entity, and never word forms of one stem
 * (Korean/Koreas, Somalis/Somalia) nor a demonym or country. Figures from different days are an
 * {@link Discrepancy.Category#UPDATE update}, as are counts of the dead, injured or missing whose
 * day is unknown or that the sentence says have risen; the rest are contradictions.
 */
final class DisagreementReview {
    /** Two sentences on different sides must be at least this alike to speak of the same thing. */
    static final double SAME_THING = 0.3;
    /** Counts of one thing (other than casualties) that differ more than this many times count different things. */
    static final double MAX_RATIO = 3;
    private static final Set<String> CUMULATIVE = Set.of("dead", "injured", "missing", "arrest", "survivor", "bodies",
            "victim", "casualtie", "evacuated");
    private static final Pattern UPDATE_WORDS = Pattern.compile("(?i)\\b(rose|risen|rising|climbed|climbing|increased"
            + "|jumped|soared|reached|so far|now stands|latest|updated|revised|up from|down from|raising|bringing)\\b");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "mr", "mrs", "ms", "dr");

    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, StoryVectors.Unit> units = new HashMap<>();
    private final List<Entity> entities;

    DisagreementReview(List<StoryVectors.Unit> all, List<Entity> entities) {
        for (StoryVectors.Unit u : all) {
            articles.put(u.article().id(), u.article());
            units.put(key(u.article().id(), u.sentence().index()), u);
        }
        this.entities = entities;
    }

    private static String key(String article, int sentence) {
        return article + "/" + sentence;
    }

    /** The real disagreements among those found, each classified. */
    List<Discrepancy> review(List<Discrepancy> found) {
        List<Discrepancy> out = new ArrayList<>();
        for (Discrepancy d : found) {
            Discrepancy clean = distinctSides(d);
            if (clean == null) {
                continue;
            }
            Discrepancy judged = switch (clean.kind()) {
                case NAME -> spelling(clean);
                case NUMBER, DURATION -> figures(clean);
                case POLARITY -> polarity(clean);
                case LIST -> list(clean);
                default -> clean;
            };
            if (judged != null) {
                out.add(judged);
            }
        }
        return out;
    }

    /** The discrepancy with every sentence and outlet on one side only, or null when fewer than two sides remain. */
    Discrepancy distinctSides(Discrepancy d) {
        Map<String, Integer> sentenceSides = new HashMap<>();
        Map<String, Set<Integer>> outletSides = new HashMap<>();
        for (int i = 0; i < d.sides().size(); i++) {
            for (SentenceRef r : d.sides().get(i).refs()) {
                sentenceSides.merge(key(r.article(), r.sentence()), 1, Integer::sum);
                outletSides.computeIfAbsent(label(r.article()), k -> new HashSet<>()).add(i);
            }
        }
        List<Discrepancy.Side> sides = new ArrayList<>();
        for (int i = 0; i < d.sides().size(); i++) {
            Discrepancy.Side s = d.sides().get(i);
            List<SentenceRef> refs = new ArrayList<>();
            for (SentenceRef r : s.refs()) {
                if (sentenceSides.get(key(r.article(), r.sentence())) > 1) {
                    continue; // the same sentence cannot say both
                }
                Set<Integer> on = outletSides.get(label(r.article()));
                if (on.size() > 1 && !(d.kind() == Discrepancy.Kind.NAME && i == rarest(d, on))) {
                    continue;
                }
                refs.add(r);
            }
            if (!refs.isEmpty()) {
                sides.add(rebuild(s, refs));
            }
        }
        if (sides.size() < 2) {
            return null;
        }
        return new Discrepancy(d.kind(), d.about(), sides, d.category());
    }

    /** Of the sides an outlet stands on, the one with the fewest outlets: its own variant. */
    private int rarest(Discrepancy d, Set<Integer> on) {
        int best = -1;
        int bestSize = Integer.MAX_VALUE;
        for (int i : on) {
            int n = d.sides().get(i).outlets().size();
            if (n < bestSize) {
                bestSize = n;
                best = i;
            } else if (n == bestSize) {
                best = -2; // no side is clearly the outlet's own
            }
        }
        return best;
    }

    private Discrepancy.Side rebuild(Discrepancy.Side s, List<SentenceRef> refs) {
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        for (SentenceRef r : refs) {
            outlets.add(label(r.article()));
            ids.add(r.article());
            StoryVectors.Unit u = units.get(key(r.article(), r.sentence()));
            sentences.add(u != null ? u.text() : articles.get(r.article()).text().substring(r.start(), r.end()));
        }
        return new Discrepancy.Side(s.text(), new ArrayList<>(outlets), new ArrayList<>(ids), sentences, refs);
    }

    private String label(String articleId) {
        Article a = articles.get(articleId);
        return a == null ? articleId : a.label();
    }

    // ---- spellings -------------------------------------------------------------------------------------------

    private Discrepancy spelling(Discrepancy d) {
        List<String> forms = new ArrayList<>();
        for (Discrepancy.Side s : d.sides()) {
            forms.add(s.text());
        }
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                String[] w = differingWords(forms.get(i), forms.get(j));
                if (w == null || !variantSpellings(w[0], w[1])) {
                    return null;
                }
                boolean single = !forms.get(i).strip().contains(" ");
                if (single && !joined(w[0], w[1])) {
                    return null;
                }
            }
        }
        return d.withCategory(Discrepancy.Category.SPELLING);
    }

    /** The one word in which two names differ, or null when they differ in more or none. */
    static String[] differingWords(String a, String b) {
        String[] x = a.strip().split("\\s+");
        String[] y = b.strip().split("\\s+");
        if (x.length != y.length) {
            return null;
        }
        String[] out = null;
        for (int k = 0; k < x.length; k++) {
            if (!x[k].equalsIgnoreCase(y[k])) {
                if (out != null) {
                    return null;
                }
                out = new String[] {x[k], y[k]};
            }
        }
        return out;
    }

    /**
     * Two spellings of one word: close in letters, but not word forms of one stem (Korean/Koreas,
     * Somalis/Somalia, Communists/Communism, Argentina/Argentine) nor a demonym or country name.
     */
    static boolean variantSpellings(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (x.length() < 4 || y.length() < 4 || x.equals(y) || wordForms(x, y)) {
            return false;
        }
        Gazetteer g = Gazetteer.get();
        if (g.isDemonym(x) || g.isDemonym(y) || g.country(x) != null || g.country(y) != null) {
            return false;
        }
        int limit = Math.min(x.length(), y.length()) >= 7 ? 2 : 1;
        return NameDetector.distance(x, y) <= limit;
    }

    private static final String[] SUFFIXES = {"ians", "ian", "ans", "an", "ese", "ism", "ists", "ist", "ites", "ite",
            "ies", "ia", "es", "is", "i", "s", "n", "e", "a"};

    /** Two forms of one stem: after dropping an inflection or derivation ending, one is the other's stem. */
    static boolean wordForms(String x, String y) {
        for (String sx : stems(x)) {
            for (String sy : stems(y)) {
                if (sx.length() >= 4 && sx.equals(sy)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> stems(String w) {
        Set<String> out = new HashSet<>();
        out.add(w);
        for (String s : SUFFIXES) {
            if (w.endsWith(s) && w.length() - s.length() >= 4) {
                out.add(w.substring(0, w.length() - s.length()));
            }
        }
        return out;
    }

    /** Both forms stand in the names of one entity the resolver built (its name and aliases). */
    private boolean joined(String a, String b) {
        for (Entity e : entities) {
            Set<String> words = new HashSet<>();
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                for (String w : n.split("[\\s\\-]+")) {
                    words.add(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
                }
            }
            if (words.contains(a.toLowerCase(Locale.ROOT)) && words.contains(b.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    // ---- polarity and lists ----------------------------------------------------------------------------------

    /** Words of negative meaning: a sentence holding one can agree with a negated one ("denied", "unable"). */
    private static final Pattern NEGATIVE_MEANING = Pattern.compile("(?i)\\b(den(?:y|ies|ied|ying)|refus\\w*|unable"
            + "|fail\\w*|without|lack\\w*|short of|reject\\w*|first|ever|instead|rul(?:e|ed|es|ing) out|absen\\w*"
            + "|dismiss\\w*|declin\\w*|halt\\w*|no longer|still|bad|worse)\\b");
    private static final Pattern NEGATED_WORD = Pattern.compile("(?i)\\b(?:not|no|never|n['’]t)\\s+"
            + "(?:(?:a|an|the|any|been|be|have|has|had|yet|so|such|much|more)\\s+)*([a-z][a-z-]+)");

    /**
     * A polarity difference only when the affirming sentence carries no word of negative meaning
     * (else "refused to recognise" agrees with "does not recognise") and holds the word the
     * negation bears on ("has not improved" is not contradicted by "as bad as before").
     */
    private Discrepancy polarity(Discrepancy d) {
        String neg = String.join(" ", d.sides().get(0).sentences());
        String aff = String.join(" ", d.sides().get(1).sentences());
        if (NEGATIVE_MEANING.matcher(aff).find()) {
            return null;
        }
        java.util.regex.Matcher m = NEGATED_WORD.matcher(neg);
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        String stem = w.length() > 5 ? w.substring(0, 5) : w;
        return aff.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + Pattern.quote(stem) + ".*") ? d : null;
    }

    private static final Set<String> NOT_MEMBERS = Set.of("said", "says", "told", "added", "however", "but", "also",
            "the", "a", "an", "its", "their");

    /**
     * A list difference only when the lists, each member read by its last word (plurals and
     * defence/defense folded), share a member and differ beyond their first item (a series found in
     * running text often swallows words before it).
     */
    private static Discrepancy list(Discrepancy d) {
        List<List<String>> lists = new ArrayList<>();
        for (Discrepancy.Side s : d.sides()) {
            lists.add(members(s.text()));
        }
        for (int i = 0; i < lists.size(); i++) {
            for (int j = i + 1; j < lists.size(); j++) {
                List<String> a = lists.get(i);
                List<String> b = lists.get(j);
                if (a.size() < 2 || b.size() < 2) {
                    return null;
                }
                Set<String> shared = new HashSet<>(a);
                shared.retainAll(b);
                Set<String> restA = new HashSet<>(a.subList(1, a.size()));
                Set<String> restB = new HashSet<>(b.subList(1, b.size()));
                Set<String> allA = new HashSet<>(a);
                Set<String> allB = new HashSet<>(b);
                restA.removeAll(allB);
                restB.removeAll(allA);
                if (shared.isEmpty() || restA.isEmpty() && restB.isEmpty()) {
                    return null;
                }
            }
        }
        return d;
    }

    static List<String> members(String list) {
        List<String> out = new ArrayList<>();
        for (String item : list.split(",\\s*|\\s+(?:and|or)\\s+|…")) {
            String[] words = item.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip().split("\\s+");
            String last = "";
            for (int k = words.length - 1; k >= 0; k--) {
                if (!words[k].isEmpty() && !NOT_MEMBERS.contains(words[k])) {
                    last = words[k];
                    break;
                }
            }
            if (last.isEmpty()) {
                continue;
            }
            last = last.replaceAll("ence$", "ense").replaceAll("(?<=.{3})s$", "");
            if (last.contains("-")) {
                last = last.substring(last.lastIndexOf('-') + 1);
            }
            if (!out.contains(last)) {
                out.add(last);
            }
        }
        return out;
    }

    // ---- figures ---------------------------------------------------------------------------------------------

    private Discrepancy figures(Discrepancy d) {
        if (!sameThing(d)) {
            return null;
        }
        boolean cumulative = d.kind() == Discrepancy.Kind.NUMBER && CUMULATIVE.contains(d.about().toLowerCase(Locale.ROOT));
        if (d.kind() == Discrepancy.Kind.NUMBER && !cumulative && ratio(d) > MAX_RATIO) {
            return null; // "19 million workers" and "2,000 workers" count different workers
        }
        Set<LocalDate> dates = new HashSet<>();
        boolean undated = false;
        boolean risen = false;
        for (Discrepancy.Side s : d.sides()) {
            for (SentenceRef r : s.refs()) {
                Article a = articles.get(r.article());
                if (a == null || a.published() == null) {
                    undated = true;
                } else {
                    dates.add(a.published());
                }
                StoryVectors.Unit u = units.get(key(r.article(), r.sentence()));
                if (u != null && UPDATE_WORDS.matcher(u.text()).find()) {
                    risen = true;
                }
            }
        }
        boolean update = !undated && dates.size() > 1 || cumulative && (undated || risen);
        return d.withCategory(update ? Discrepancy.Category.UPDATE : Discrepancy.Category.CONTRADICTION);
    }

    /** Two sentences of different sides (and outlets) alike enough, sharing a name, to speak of one thing. */
    private boolean sameThing(Discrepancy d) {
        for (int i = 0; i < d.sides().size(); i++) {
            for (int j = i + 1; j < d.sides().size(); j++) {
                if (!related(d.kind(), d.sides().get(i), d.sides().get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean related(Discrepancy.Kind kind, Discrepancy.Side a, Discrepancy.Side b) {
        for (SentenceRef x : a.refs()) {
            for (SentenceRef y : b.refs()) {
                StoryVectors.Unit u = units.get(key(x.article(), x.sentence()));
                StoryVectors.Unit v = units.get(key(y.article(), y.sentence()));
                if (u == null || v == null || u.article().label().equals(v.article().label())) {
                    continue;
                }
                boolean ofOne = kind == Discrepancy.Kind.DURATION // "Lavrov's two-day visit", "Lavrov's 19-hour visit"
                        ? sharesName(u, v) && u.terms().overlap(v.terms()) >= 3 || nearlySame(u, v)
                        : alike(u, v) && (sharesName(u, v) || nearlySame(u, v));
                if (ofOne) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two sentences alike: cosine at least {@value #SAME_THING}, or — since in a small story the
     * shared words weigh little — at least {@value #SAME_SHARE} of the shorter one's content terms shared, three or more.
     */
    static boolean alike(StoryVectors.Unit u, StoryVectors.Unit v) {
        if (u.terms().cosine(v.terms()) >= SAME_THING) {
            return true;
        }
        int shared = u.terms().overlap(v.terms());
        int smaller = Math.min(u.terms().weights().size(), v.terms().weights().size());
        return shared >= 3 && shared >= SAME_SHARE * smaller;
    }

    /** Two sentences that share nearly all the shorter one's terms speak of one thing, name or not. */
    static boolean nearlySame(StoryVectors.Unit u, StoryVectors.Unit v) {
        int shared = u.terms().overlap(v.terms());
        return shared >= 4 && shared >= 0.7 * Math.min(u.terms().weights().size(), v.terms().weights().size());
    }

    /** Share of the shorter sentence's terms two alike sentences share. */
    static final double SAME_SHARE = 0.5;

    static boolean sharesName(StoryVectors.Unit u, StoryVectors.Unit v) {
        Set<String> names = names(u);
        names.retainAll(names(v));
        return !names.isEmpty();
    }

    private static Set<String> names(StoryVectors.Unit u) {
        Set<String> out = new HashSet<>();
        List<Token> toks = u.sentence().tokens();
        for (int i = 1; i < toks.size(); i++) { // a capitalised word not opening the sentence: a name
            Token t = toks.get(i);
            String w = t.text();
            if (("PROPN".equals(t.pos()) || "NOUN".equals(t.pos())) && w.length() >= 2 && Character.isUpperCase(w.charAt(0))
                    && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Largest over smallest value among the sides (1 when a side has no plain value). */
    private static double ratio(Discrepancy d) {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Discrepancy.Side s : d.sides()) {
            java.util.regex.Matcher m = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?").matcher(s.text());
            double v = m.find() ? Double.parseDouble(m.group().replace(",", "")) : Double.NaN;
            if (Double.isNaN(v)) {
                double w = Numbers.value(s.text().replaceAll("(?i)^(?:at least|more than|over|nearly|about|around|some|up to"
                        + "|almost|roughly|fewer than|less than)\\s+", "").split("\\s+")[0]);
                v = w;
            }
            if (Double.isNaN(v) || v <= 0) {
                return 1;
            }
            v *= scale(s.text());
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi / lo;
    }

    static double scale(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\bbillions?\\b.*")) {
            return 1e9;
        }
        if (t.matches(".*\\bmillions?\\b.*")) {
            return 1e6;
        }
        if (t.matches(".*\\bthousands?\\b.*")) {
            return 1e3;
        }
        return 1;
    }
}
