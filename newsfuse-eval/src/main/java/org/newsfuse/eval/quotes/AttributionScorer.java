package org.newsfuse.eval.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.entities.NameForms;
import org.newsfuse.text.StopWords;

/**
 * Scores predicted attributions against gold ones of one text.
 *
 * <p>Contents are compared as sets of words (runs of letters and digits, punctuation and quotation
 * marks ignored). Overlap of a predicted and a gold content = shared words / words of the longer of
 * the two (symmetric: a prediction spanning the whole paragraph does not match a short gold quote);
 * the GenderGapTracker-style figure divides by the gold content's words instead. Pairs are matched
 * one-to-one, best overlap first, at or above the threshold. A predicted attribution left unmatched
 * that reaches the threshold with a gold attribution outside the scored subset (a cue the subset
 * does not count) is neither right nor wrong: it is left out. Speaker of a matched pair is right
 * when the predicted source mention overlaps the gold source; or when the gold source is a pronoun
 * or "who" and the nearest preceding gold source naming someone shares a capitalised name word with
 * the predicted speaker; or when a named gold source shares one with it; or when neither has a
 * source.
 */
public final class AttributionScorer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who", "which",
            "him", "her", "them", "his", "its", "their", "that");

    /** A prediction as the scorer sees it. */
    public record Pred(List<PolnearCorpus.Span> content, PolnearCorpus.Span source, String sourceText, String speaker,
            boolean direct, boolean hasCue, String speakerType, PolnearCorpus.Span head) {
        public Pred(List<PolnearCorpus.Span> content, PolnearCorpus.Span source, String sourceText, String speaker,
                boolean direct, boolean hasCue) {
            this(content, source, sourceText, speaker, direct, hasCue, speaker == null ? "none" : "unknown", null);
        }
    }

    /** Weighted counts of one subset. */
    public static final class Counts {
        public double gold;
        public double pred;
        public final double[] tp = new double[2];
        public final double[] fp = new double[2];
        public final double[] speakerRight = new double[2];
        /** Matched pairs whose predicted speaker names the gold one (a missing speaker is wrong). */
        public final double[] speakerStrict = new double[2];
        /** The same with the head rule of 2026-12-05 (a post-modifier could be the head), kept beside it. */
        public final double[] speakerStrict1205 = new double[2];
        /** At overlap 0.3, by predicted speaker type ("none" when there is no speaker): {matched, strict right}. */
        public final java.util.Map<String, double[]> byType = new java.util.TreeMap<>();
        /**
         * At overlap 0.3, by gold source ("named": a source that is no pronoun, scored exactly;
         * "pronoun": a pronoun or "who" source, scored against the nearest earlier gold source that is
         * not one, an approximation; "none": no gold source): {matched, strict right, strict right with the
         * head rule of 2026-12-05}.
         */
        public final java.util.Map<String, double[]> byGoldSource = new java.util.TreeMap<>();
        public double ggtTp;
        public double ggtFp;
        /** When not null, misses and false alarms at overlap 0.3 are written here, one line each. */
        public List<String> errors;

        public double precision(int k) {
            return tp[k] + fp[k] == 0 ? 0 : tp[k] / (tp[k] + fp[k]);
        }

        public double recall(int k) {
            return gold == 0 ? 0 : tp[k] / gold;
        }

        public double f1(int k) {
            double p = precision(k);
            double r = recall(k);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double speakerAccuracy(int k) {
            return tp[k] == 0 ? 0 : speakerRight[k] / tp[k];
        }

        public double strictSpeakerAccuracy(int k) {
            return tp[k] == 0 ? 0 : speakerStrict[k] / tp[k];
        }

        public double strictSpeakerAccuracy1205(int k) {
            return tp[k] == 0 ? 0 : speakerStrict1205[k] / tp[k];
        }

        public double ggtF1() {
            double p = ggtTp + ggtFp == 0 ? 0 : ggtTp / (ggtTp + ggtFp);
            double r = gold == 0 ? 0 : ggtTp / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static final double[] THRESHOLDS = {0.3, 0.8};

    private AttributionScorer() {
    }

    public static void score(String text, List<PolnearCorpus.Gold> allGold, Predicate<PolnearCorpus.Gold> goldIn,
            List<Pred> allPred, Predicate<Pred> predIn, double weight, Counts c) {
        List<PolnearCorpus.Gold> gold = new ArrayList<>();
        List<PolnearCorpus.Gold> outside = new ArrayList<>();
        for (PolnearCorpus.Gold g : allGold) {
            (goldIn.test(g) ? gold : outside).add(g);
        }
        List<Pred> pred = allPred.stream().filter(predIn).toList();
        c.gold += weight * gold.size();
        c.pred += weight * pred.size();
        List<Set<Integer>> gw = new ArrayList<>();
        for (PolnearCorpus.Gold g : gold) {
            gw.add(words(text, g.content()));
        }
        List<Set<Integer>> ow = new ArrayList<>();
        for (PolnearCorpus.Gold g : outside) {
            ow.add(words(text, g.content()));
        }
        List<Set<Integer>> pw = new ArrayList<>();
        for (Pred p : pred) {
            pw.add(words(text, p.content()));
        }
        for (int k = 0; k < THRESHOLDS.length; k++) {
            int[] match = match(gw, pw, THRESHOLDS[k], false);
            for (int gi = 0; gi < gold.size(); gi++) {
                if (match[gi] >= 0) {
                    c.tp[k] += weight;
                    if (speakerRight(text, gold.get(gi), allGold, pred.get(match[gi]))) {
                        c.speakerRight[k] += weight;
                    }
                    boolean strict = strictSpeakerRight(text, gold.get(gi), allGold, pred.get(match[gi]));
                    if (strict) {
                        c.speakerStrict[k] += weight;
                    }
                    boolean strict1205 = strictSpeakerRight(text, gold.get(gi), allGold, pred.get(match[gi]), false);
                    if (strict1205) {
                        c.speakerStrict1205[k] += weight;
                    }
                    if (k == 0) {
                        double[] bt = c.byType.computeIfAbsent(pred.get(match[gi]).speakerType(), x -> new double[2]);
                        bt[0] += weight;
                        bt[1] += strict ? weight : 0;
                        double[] bg = c.byGoldSource.computeIfAbsent(goldSourceKind(gold.get(gi)), x -> new double[3]);
                        bg[0] += weight;
                        bg[1] += strict ? weight : 0;
                        bg[2] += strict1205 ? weight : 0;
                    }
                }
            }
            c.fp[k] += weight * unmatchedWrong(match, pw, ow, THRESHOLDS[k], false);
            if (k == 0 && c.errors != null) {
                boolean[] used = new boolean[pred.size()];
                for (int gi = 0; gi < gold.size(); gi++) {
                    PolnearCorpus.Gold g = gold.get(gi);
                    if (match[gi] < 0) {
                        c.errors.add("MISS\t[" + g.sourceText() + "] [" + g.cueText() + "] " + flat(g.contentText()));
                    } else {
                        used[match[gi]] = true;
                        Pred p = pred.get(match[gi]);
                        if (!strictSpeakerRight(text, g, allGold, p)) {
                            c.errors.add("SPKR\tgold [" + g.sourceText() + " → " + goldHead(g, allGold) + "] pred ["
                                    + p.sourceText() + " = " + p.speaker() + " (" + p.speakerType() + ")] "
                                    + flat(g.contentText()));
                        }
                    }
                }
                for (int pi = 0; pi < pred.size(); pi++) {
                    if (!used[pi]) {
                        boolean elsewhere = false;
                        for (Set<Integer> o : ow) {
                            elsewhere |= overlap(o, pw.get(pi), false) >= THRESHOLDS[k];
                        }
                        StringBuilder t = new StringBuilder();
                        for (PolnearCorpus.Span sp : pred.get(pi).content()) {
                            t.append(text, sp.start(), sp.end()).append(" || ");
                        }
                        c.errors.add((elsewhere ? "OUTS" : "FALS") + "\t[" + pred.get(pi).sourceText() + "] "
                                + flat(t.toString()));
                    }
                }
            }
        }
        int[] ggt = match(gw, pw, 0.3, true);
        for (int m : ggt) {
            if (m >= 0) {
                c.ggtTp += weight;
            }
        }
        c.ggtFp += weight * unmatchedWrong(ggt, pw, ow, 0.3, true);
    }

    private static String flat(String s) {
        String f = s.replaceAll("\\s+", " ");
        return f.length() > 300 ? f.substring(0, 300) + "…" : f;
    }

    private static int unmatchedWrong(int[] match, List<Set<Integer>> pw, List<Set<Integer>> ow, double t, boolean ggt) {
        boolean[] used = new boolean[pw.size()];
        for (int m : match) {
            if (m >= 0) {
                used[m] = true;
            }
        }
        int wrong = 0;
        for (int pi = 0; pi < pw.size(); pi++) {
            if (used[pi]) {
                continue;
            }
            boolean elsewhere = false;
            for (Set<Integer> o : ow) {
                if (overlap(o, pw.get(pi), ggt) >= t) {
                    elsewhere = true;
                    break;
                }
            }
            if (!elsewhere) {
                wrong++;
            }
        }
        return wrong;
    }

    /** For each gold, the index of its matched prediction or -1: one-to-one, best overlap first. */
    static int[] match(List<Set<Integer>> gw, List<Set<Integer>> pw, double threshold, boolean ggt) {
        List<double[]> pairs = new ArrayList<>();
        for (int g = 0; g < gw.size(); g++) {
            for (int p = 0; p < pw.size(); p++) {
                double o = overlap(gw.get(g), pw.get(p), ggt);
                if (o >= threshold && o > 0) {
                    pairs.add(new double[] {o, g, p});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] out = new int[gw.size()];
        java.util.Arrays.fill(out, -1);
        boolean[] taken = new boolean[pw.size()];
        for (double[] pr : pairs) {
            int g = (int) pr[1];
            int p = (int) pr[2];
            if (out[g] < 0 && !taken[p]) {
                out[g] = p;
                taken[p] = true;
            }
        }
        return out;
    }

    /** Shared words / words of the longer (or, GenderGapTracker-style, of the gold). */
    static double overlap(Set<Integer> gold, Set<Integer> pred, boolean ggt) {
        if (gold.isEmpty() || pred.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (Integer w : pred) {
            if (gold.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (ggt ? gold.size() : Math.max(gold.size(), pred.size()));
    }

    static Set<Integer> words(String text, List<PolnearCorpus.Span> spans) {
        Set<Integer> out = new HashSet<>();
        for (PolnearCorpus.Span s : spans) {
            Matcher m = WORD.matcher(text);
            m.region(s.start(), s.end());
            while (m.find()) {
                out.add(m.start());
            }
        }
        return out;
    }

    static boolean speakerRight(String text, PolnearCorpus.Gold g, List<PolnearCorpus.Gold> all, Pred p) {
        if (g.source().isEmpty()) {
            return p.source() == null && p.speaker() == null;
        }
        if (p.source() != null) {
            for (PolnearCorpus.Span s : g.source()) {
                if (p.source().start() < s.end() && s.start() < p.source().end()) {
                    return true;
                }
            }
        }
        String goldName = g.sourceText();
        if (goldName == null) {
            return false;
        }
        if (PRONOUNS.contains(goldName.strip().toLowerCase(Locale.ROOT))) {
            goldName = antecedent(g, all);
            if (goldName == null) {
                return false;
            }
        }
        String predName = p.speaker() != null ? p.speaker() : p.sourceText();
        return predName != null && shareName(goldName, predName);
    }

    /**
     * The strict check: the prediction names a speaker (a missing one is wrong) and that speaker holds
     * the gold source's head word (its last word before a comma, parenthesis, dash, relative pronoun or
     * preposition: "Rally Canada volunteer media coordinator Tom Hinderks" → Hinderks, "officials at
     * the Justice Department" → officials), or was read from words holding that head word ("the
     * president" resolved to the president's name); for a pronoun or "who" gold source, the head of
     * the nearest earlier gold source that is not one. A gold attribution with no source is right only
     * when none is predicted.
     */
    static boolean strictSpeakerRight(String text, PolnearCorpus.Gold g, List<PolnearCorpus.Gold> all, Pred p) {
        return strictSpeakerRight(text, g, all, p, true);
    }

    /** With {@code postModifiers} false, the head rule of 2026-12-05 (see {@link #head(String, boolean)}). */
    static boolean strictSpeakerRight(String text, PolnearCorpus.Gold g, List<PolnearCorpus.Gold> all, Pred p,
            boolean postModifiers) {
        if (g.source().isEmpty()) {
            return p.speaker() == null;
        }
        String head = goldHead(g, all, postModifiers);
        if (p.speaker() == null || head == null) {
            return false;
        }
        if (p.head() != null && !PRONOUNS.contains(g.sourceText().strip().toLowerCase(Locale.ROOT))) {
            for (PolnearCorpus.Span s : g.source()) {
                int at = text.substring(s.start(), s.end()).lastIndexOf(head);
                if (at >= 0 && p.head().start() <= s.start() + at && s.start() + at < p.head().end()) {
                    return true;
                }
            }
        }
        String h = NameForms.fold(head); // hyphens and apostrophes dropped: "Lopez-Cantera", "O'Hanlon"
        for (String w : p.speaker().split("[^\\p{L}\\p{N}'’-]+")) {
            if (!w.isEmpty() && NameForms.fold(w).equals(h)) {
                return true;
            }
            for (String part : w.split("-")) {
                if (!part.isEmpty() && NameForms.fold(part).equals(h)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "named", "pronoun" (a pronoun or "who" gold source) or "none" (no gold source). */
    static String goldSourceKind(PolnearCorpus.Gold g) {
        if (g.source().isEmpty() || g.sourceText() == null) {
            return "none";
        }
        return PRONOUNS.contains(g.sourceText().strip().toLowerCase(Locale.ROOT)) ? "pronoun" : "named";
    }

    /** The head word of a gold source, or of its antecedent when it is a pronoun; null when there is none. */
    static String goldHead(PolnearCorpus.Gold g, List<PolnearCorpus.Gold> all) {
        return goldHead(g, all, true);
    }

    static String goldHead(PolnearCorpus.Gold g, List<PolnearCorpus.Gold> all, boolean postModifiers) {
        String s = g.sourceText();
        if (s == null) {
            return null;
        }
        if (PRONOUNS.contains(s.strip().toLowerCase(Locale.ROOT))) {
            PolnearCorpus.Gold a = nearestNamed(g, all);
            if (a == null) {
                return null;
            }
            s = a.sourceText();
        }
        return head(s, postModifiers);
    }

    private static final Set<String> CUTS = Set.of("who", "which", "that", "of", "for", "at", "from", "with", "in",
            "on", "to", "by", "whose", "himself", "herself", "themselves", "itself");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** The head word of a source phrase, post-modifiers left out (see {@link #head(String, boolean)}). */
    static String head(String source) {
        return head(source, true);
    }

    /**
     * The head word of a source phrase: its last word before a comma, parenthesis, dash, relative
     * pronoun or a preposition after a common noun. With {@code postModifiers} (the correction of
     * issue 18; false gives the rule of 2026-12-05), a common noun followed by a post-modifier is the
     * head: "a source familiar with …" → source, "a poll released Friday" → poll, "two senators
     * present" → senators, "defenders today" → defenders; see {@link PostModifiers}.
     */
    static String head(String source, boolean postModifiers) {
        String last = null;
        boolean sawNoun = false;
        String[] toks = source.split("(?=[,(—–])|\\s+");
        for (int i = 0; i < toks.length; i++) {
            String w = toks[i].strip();
            if (w.startsWith(",") || w.startsWith("(") || w.startsWith("—") || w.startsWith("–")) {
                if (last != null) {
                    break;
                }
                continue;
            }
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            String lw = bare.toLowerCase(Locale.ROOT);
            if (bare.isEmpty() || NAME_SUFFIXES.contains(lw)) {
                continue;
            }
            if (CUTS.contains(lw) && last != null && (sawNoun && !Character.isUpperCase(last.charAt(0))
                    || !lw.equals("of") && !lw.equals("for"))) {
                break;
            }
            if (postModifiers && PostModifiers.starts(last, bare, i + 1 < toks.length ? toks[i + 1] : null)) {
                break;
            }
            last = bare.replaceAll("['’]s$", "");
            sawNoun = true;
        }
        return last;
    }

    private static PolnearCorpus.Gold nearestNamed(PolnearCorpus.Gold g, List<PolnearCorpus.Gold> all) {
        int at = g.source().get(0).start();
        PolnearCorpus.Gold best = null;
        int bestStart = -1;
        for (PolnearCorpus.Gold o : all) {
            if (o.source().isEmpty() || o.sourceText() == null
                    || PRONOUNS.contains(o.sourceText().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int s = o.source().get(0).start();
            if (s < at && s > bestStart) {
                best = o;
                bestStart = s;
            }
        }
        return best;
    }

    /** The nearest gold source before this one that names someone (has a capitalised non-pronoun word). */
    private static String antecedent(PolnearCorpus.Gold g, List<PolnearCorpus.Gold> all) {
        int at = g.source().get(0).start();
        String best = null;
        int bestStart = -1;
        for (PolnearCorpus.Gold o : all) {
            if (o.source().isEmpty() || o.sourceText() == null) {
                continue;
            }
            int s = o.source().get(0).start();
            if (s < at && s > bestStart && names(o.sourceText())) {
                best = o.sourceText();
                bestStart = s;
            }
        }
        return best;
    }

    private static boolean names(String s) {
        for (String w : s.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareName(String a, String b) {
        Set<String> aw = new HashSet<>();
        for (String w : a.split("[^\\p{L}]+")) {
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && !StopWords.is(w.toLowerCase(Locale.ROOT))) {
                aw.add(NameForms.fold(w));
            }
        }
        for (String w : b.split("[^\\p{L}]+")) {
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && aw.contains(NameForms.fold(w))) {
                return true;
            }
        }
        return false;
    }
}
