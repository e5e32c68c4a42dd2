package org.newsfuse.eval.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Article;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Duplicate;
import org.newsfuse.model.Fact;
import org.newsfuse.model.OutletCoverage;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;

/**
 * Checks a story's claims against the full raw texts of its inputs (every input, syndicated copies
 * included, each under its own outlet), with {@link StrictText}'s reading — nothing of the product's
 * sentence vectors, stems, aligner or detectors. A coverage claim is confirmed when no window of one
 * to three sentences of the texts searched holds half of the words of any wording of the fact (or
 * all its names and numbers and a third of its words). A disagreement is real when its sides' outlets
 * and sentences are disjoint and, by kind: figures are given for the same noun in sentences that
 * share a name and a third of their words; a spelling's two forms are one edit or two apart, are no
 * word forms of one stem, and stand beside a shared name or are both used by one article; a hedge or
 * polarity difference stands in sentences sharing two fifths of their words; lists share a member.
 */
final class ClaimsAuditor {
    /** Share of a wording's words (and at least three of them) a window must hold to report the fact. */
    static final double FOUND = 0.5;
    /** With all names and numbers present, this share suffices. */
    static final double FOUND_WITH_NAMES = 0.4;

    /** One audited claim. */
    record Verdict(String story, String kind, String outlet, String claim, boolean confirmed, String why) {
    }

    private final Story story;
    private final String label;
    /** outlet label → raw texts of its inputs. */
    private final Map<String, List<String>> textsByOutlet = new LinkedHashMap<>();
    /** article id → raw text of its own input. */
    private final Map<String, String> textOfArticle = new LinkedHashMap<>();

    ClaimsAuditor(String label, Story story, Map<String, String> rawByInput) {
        this.label = label;
        this.story = story;
        for (Article a : story.articles()) {
            String raw = rawByInput.getOrDefault(a.input(), a.text());
            textsByOutlet.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(raw);
            textOfArticle.put(a.id(), raw);
            for (Duplicate d : a.duplicates()) {
                String l = d.outlet() != null ? d.outlet() : Article.UNKNOWN_PREFIX + d.input().replaceAll(".*[/\\\\]", "") + ")";
                String dr = rawByInput.get(d.input());
                if (dr != null) {
                    textsByOutlet.computeIfAbsent(l, k -> new ArrayList<>()).add(dr);
                }
            }
        }
    }

    List<Verdict> audit() {
        List<Verdict> out = new ArrayList<>();
        for (OutletCoverage oc : story.comparison().outlets()) {
            for (String id : oc.exclusives()) {
                Fact f = story.comparison().fact(id);
                List<String> others = new ArrayList<>();
                textsByOutlet.forEach((o, ts) -> {
                    if (!o.equals(oc.outlet())) {
                        others.addAll(ts);
                    }
                });
                String hit = find(f, others);
                out.add(new Verdict(label, "exclusive", oc.outlet(), f.text(), hit == null,
                        hit == null ? "no other outlet's text holds it" : "also in: " + hit));
            }
            for (String id : oc.omissions()) {
                Fact f = story.comparison().fact(id);
                String hit = find(f, textsByOutlet.getOrDefault(oc.outlet(), List.of()));
                out.add(new Verdict(label, "omission", oc.outlet(), f.text(), hit == null,
                        hit == null ? "its texts do not hold it" : "it reports it: " + hit));
            }
        }
        for (Discrepancy d : story.comparison().discrepancies()) {
            String why = disagreement(d);
            StringBuilder claim = new StringBuilder(d.kind().name().toLowerCase(Locale.ROOT) + "/" + d.category().label() + ": ");
            for (Discrepancy.Side s : d.sides()) {
                claim.append('"').append(s.text()).append("\" [").append(String.join("; ", s.outlets())).append("] ");
            }
            out.add(new Verdict(label, "disagreement", "", claim.toString().strip(), why == null,
                    why == null ? "real" : why));
        }
        return out;
    }

    // ---- coverage ----------------------------------------------------------------------------------------------

    /** The window of the texts that reports the fact, or null. */
    static String find(Fact f, List<String> texts) {
        List<List<String>> wordings = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        for (Fact.Wording w : f.wordings()) {
            wordings.add(StrictText.words(w.text()));
            Set<String> k = new HashSet<>(StrictText.names(w.text()));
            for (String x : StrictText.words(w.text())) {
                if (Character.isDigit(x.charAt(0))) {
                    k.add(x);
                }
            }
            keys.add(k);
        }
        Set<String> wordingNames = new HashSet<>();
        for (Fact.Wording w : f.wordings()) {
            wordingNames.addAll(StrictText.names(w.text()));
        }
        for (String text : texts) {
            List<String> ss = StrictText.sentences(text);
            List<List<String>> sw = new ArrayList<>();
            Set<String> names = new HashSet<>(wordingNames);
            for (String s : ss) {
                sw.add(StrictText.words(s));
                names.addAll(StrictText.names(s));
            }
            for (int i = 0; i < ss.size(); i++) {
                List<String> window = new ArrayList<>();
                for (int k = i; k < Math.min(ss.size(), i + 3); k++) {
                    window.addAll(sw.get(k));
                    for (int w = 0; w < wordings.size(); w++) {
                        List<String> ws = wordings.get(w);
                        int got = StrictText.count(ws, window, names);
                        double h = ws.isEmpty() ? 0 : (double) got / ws.size();
                        boolean keysIn = !keys.get(w).isEmpty() && StrictText.held(new ArrayList<>(keys.get(w)), window) == 1.0;
                        if (got >= Math.min(3, ws.size()) && (h >= FOUND || keysIn && h >= FOUND_WITH_NAMES)) {
                            String shown = ss.get(i);
                            return shown.length() > 90 ? shown.substring(0, 90) + "…" : shown;
                        }
                    }
                }
            }
        }
        return null;
    }

    // ---- disagreements -----------------------------------------------------------------------------------------

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|nothing|none|neither|nor)\\b|n't\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:not|no|n't)\\s+(?:\\w+\\s+){0,2}?(specific|particular"
            + "|detailed|formal|substantive|concrete|major|serious|real|direct|official|much|significant|final|firm)\\b");
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\d/.])(\\d[\\d,]*(?:\\.\\d+)?|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|twenty|dozen)(?![/\\d])[- ]+((?:\\w+[- ]+){0,3}?)(\\w+)");

    /** Null when the disagreement is real, else why not. */
    String disagreement(Discrepancy d) {
        Set<String> outlets = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        for (Discrepancy.Side s : d.sides()) {
            Set<String> mine = new HashSet<>(s.outlets());
            for (String o : mine) {
                if (!outlets.add(o)) {
                    return "outlet " + o + " on two sides";
                }
            }
            for (SentenceRef r : s.refs()) {
                if (!sentences.add(r.article() + "/" + r.sentence())) {
                    return "one sentence on two sides";
                }
            }
        }
        Discrepancy.Side a = d.sides().get(0);
        Discrepancy.Side b = d.sides().get(1);
        return switch (d.kind()) {
            case NAME -> spelling(a, b);
            case NUMBER -> figures(a, b, false);
            case DURATION -> figures(a, b, true);
            case HEDGING -> {
                boolean ha = HEDGE.matcher(String.join(" ", a.sentences())).find();
                boolean hb = HEDGE.matcher(String.join(" ", b.sentences())).find();
                yield ha == hb ? "both sides hedge alike" : overlap(a, b, 0.4) ? null : "the sentences speak of different things";
            }
            case POLARITY -> polarity(a, b);
            case LIST -> {
                Set<String> x = members(a.text());
                Set<String> y = members(b.text());
                Set<String> both = new HashSet<>(x);
                both.retainAll(y);
                yield !both.isEmpty() && !x.equals(y) ? null : "the lists share no member or have the same members";
            }
            default -> overlap(a, b, 0.4) ? null : "the quotes speak of different things";
        };
    }

    /** Words that carry a negative meaning without a negation: an affirmed sentence holding one may agree. */
    private static final Pattern NEGATIVE_MEANING = Pattern.compile("(?i)\\b(den(?:y|ies|ied|ying)|refus\\w*|unable|fail\\w*"
            + "|without|lack\\w*|short of|reject\\w*|first time|ever|instead|rul(?:e|ed|es) out|absen\\w*|dismiss\\w*"
            + "|declin\\w*|stopp?\\w*|halt\\w*|un\\w+able|no longer|remain\\w*|still|as bad|worse)\\b");

    /**
     * A real polarity difference: one sentence negates, the other does not and carries no word of
     * negative meaning, the word the negation bears on stands in the other sentence, and the two
     * share half their words.
     */
    private static String polarity(Discrepancy.Side a, Discrepancy.Side b) {
        String sa = String.join(" ", a.sentences());
        String sb = String.join(" ", b.sentences());
        boolean na = NEGATION.matcher(sa).find();
        boolean nb = NEGATION.matcher(sb).find();
        if (na == nb) {
            return "no polarity difference";
        }
        String neg = na ? sa : sb;
        String aff = na ? sb : sa;
        if (NEGATIVE_MEANING.matcher(aff).find()) {
            return "the affirming sentence says it in negative words";
        }
        Matcher m = Pattern.compile("(?i)\\b(?:not|no|never|n't)\\s+(?:(?:a|an|the|any|been|be|have|has|had|yet)\\s+)*(\\w+)").matcher(neg);
        if (!m.find() || StrictText.count(StrictText.words(m.group(1)), StrictText.words(aff)) == 0) {
            return "what is negated is not what the other says";
        }
        return overlap(a, b, 0.5) ? null : "the sentences speak of different things";
    }

    /** A list's members, each by its last word. */
    private static Set<String> members(String list) {
        Set<String> out = new HashSet<>();
        for (String item : list.split(",\\s*|\\s+(?:and|or)\\s+")) {
            List<String> w = StrictText.words(item);
            if (!w.isEmpty()) {
                out.add(w.get(w.size() - 1));
            }
        }
        return out;
    }

    private String spelling(Discrepancy.Side a, Discrepancy.Side b) {
        String[] x = a.text().strip().split("\\s+");
        String[] y = b.text().strip().split("\\s+");
        if (x.length != y.length) {
            return "names of different length";
        }
        String p = null;
        String q = null;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equalsIgnoreCase(y[i])) {
                if (p != null) {
                    return "two words differ";
                }
                p = x[i].toLowerCase(Locale.ROOT);
                q = y[i].toLowerCase(Locale.ROOT);
            }
        }
        if (p == null) {
            return "the same name";
        }
        int e = StrictText.edits(p, q);
        if (e > 2 || Math.min(p.length(), q.length()) < 4) {
            return "not close enough to be one name";
        }
        if (x.length > 1) {
            return e == 1 ? null : "the names differ in more than a letter"; // "Make in India" / "Made in India"
        }
        if (endings(p, q)) {
            return "word forms of one stem (" + p + "/" + q + ")";
        }
        if (sharedNeighbour(a, p, b, q) || oneTextUsesBoth(p, q)) {
            return null;
        }
        return "nothing shows the two forms name one entity";
    }

    private static final String[] ENDINGS = {"", "s", "es", "n", "an", "ans", "ian", "ians", "ese", "ish", "i", "is",
            "ia", "a", "e", "ism", "ist", "ists", "ite", "ites"};

    /** One form is the other with another ending (Korean/Koreas, Somalis/Somalia, Argentina/Argentine). */
    static boolean endings(String p, String q) {
        for (String x : ENDINGS) {
            for (String y : ENDINGS) {
                if (p.endsWith(x) && q.endsWith(y) && !x.equals(y)) {
                    String sp = p.substring(0, p.length() - x.length());
                    String sq = q.substring(0, q.length() - y.length());
                    if (sp.length() >= 4 && sp.equals(sq)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Some input's text uses both forms: one writer's two spellings of one name. */
    private boolean oneTextUsesBoth(String p, String q) {
        Pattern pp = Pattern.compile("(?i)\\b" + Pattern.quote(p) + "\\b");
        Pattern pq = Pattern.compile("(?i)\\b" + Pattern.quote(q) + "\\b");
        for (String t : textOfArticle.values()) {
            if (pp.matcher(t).find() && pq.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word beside both forms, or an article that uses both. */
    private static boolean sharedNeighbour(Discrepancy.Side a, String p, Discrepancy.Side b, String q) {
        Set<String> na = neighbours(a.sentences(), p);
        Set<String> nb = neighbours(b.sentences(), q);
        na.retainAll(nb);
        return !na.isEmpty();
    }

    private static Set<String> neighbours(List<String> sentences, String form) {
        Set<String> out = new HashSet<>();
        Pattern around = Pattern.compile("(?i)(?:([A-Z][\\p{L}]+)\\s+)?\\b" + Pattern.quote(form) + "\\b(?:\\s+([A-Z][\\p{L}]+))?");
        for (String s : sentences) {
            Matcher m = around.matcher(s);
            while (m.find()) {
                if (m.group(1) != null && Character.isUpperCase(m.group(1).charAt(0))) {
                    out.add("<" + m.group(1).toLowerCase(Locale.ROOT));
                }
                if (m.group(2) != null && Character.isUpperCase(m.group(2).charAt(0))) {
                    out.add(">" + m.group(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static String figures(Discrepancy.Side a, Discrepancy.Side b, boolean duration) {
        Set<String> na = duration ? lastWord(a.text()) : nouns(a.text());
        Set<String> nb = duration ? lastWord(b.text()) : nouns(b.text());
        boolean sameNoun = false;
        for (String x : na) {
            for (String y : nb) {
                sameNoun |= StrictText.same(x, y);
            }
        }
        if (!sameNoun && !(casualty(a.text()) && casualty(b.text()))) {
            return "the figures count different nouns";
        }
        for (String s : a.sentences()) {
            for (String t : b.sentences()) {
                Set<String> names = StrictText.names(s);
                names.retainAll(StrictText.names(t));
                double h = Math.min(StrictText.held(StrictText.words(s), StrictText.words(t)),
                        StrictText.held(StrictText.words(t), StrictText.words(s)));
                if (!names.isEmpty() && h >= 0.2 || h >= 0.34) {
                    return null;
                }
            }
        }
        return "the sentences speak of different things";
    }

    private static final Pattern CASUALTY = Pattern.compile("(?i)\\b(dead|death|killed|died|toll|injured|wounded|hurt|missing|bodies|victims)\\b");

    private static boolean casualty(String text) {
        return CASUALTY.matcher(text).find();
    }

    /** What a duration describes: its last word ("two-day visit"). */
    private static Set<String> lastWord(String text) {
        List<String> w = StrictText.words(text);
        return w.isEmpty() ? Set.of() : Set.of(w.get(w.size() - 1));
    }

    private static Set<String> nouns(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String w = m.group(3).toLowerCase(Locale.ROOT);
            out.add(w.length() > 6 ? w.substring(0, 6) : w.replaceAll("s$", ""));
        }
        return out;
    }

    private static boolean overlap(Discrepancy.Side a, Discrepancy.Side b, double min) {
        for (String s : a.sentences()) {
            for (String t : b.sentences()) {
                if (StrictText.held(StrictText.words(s), StrictText.words(t)) >= min
                        || StrictText.held(StrictText.words(t), StrictText.words(s)) >= min) {
                    return true;
                }
            }
        }
        return false;
    }
}
