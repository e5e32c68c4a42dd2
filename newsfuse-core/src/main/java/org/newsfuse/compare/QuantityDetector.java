package org.newsfuse.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Token;
import org.newsfuse.text.SentenceMemo;
import org.newsfuse.text.StoryVectors;

/**
 * Numbers and durations that outlets give differently for the same thing: "42 dead" against "47
 * killed", "three agreements" against "four memorandums", "a two-day visit" against "a nearly
 * 19-hour visit". What a number counts is read from the words after it and folded to a key
 * (dead, killed and deaths are one key); a duration is keyed by the noun it describes. Years,
 * "five of the dead" and counts of different things never meet.
 */
public final class QuantityDetector implements Detector {
    /** A number; never part of a fraction or a longer figure ("3 1/2" is not 2, "1998-99" not 99). */
    private static final String NUM = "(?<![\\d/.,-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + Numbers.WORDS + ")(?![/\\d])";
    private static final String QUALIFIER = "(?:(at least|more than|over|nearly|about|around|some|up to|almost|roughly"
            + "|fewer than|less than)\\s+)?";
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:(nearly|almost|about|around|some|over|more than"
            + "|less than|at least|just|roughly|barely)\\s+)?" + NUM + "[- ](minute|hour|day|week|month|year)s?(?:[- ]long)?\\b");
    /** A number and what it counts, with at most two describing words between ("three new agreements"). */
    private static final Pattern COUNT = Pattern.compile("(?i)\\b" + QUALIFIER + NUM + "\\s+((?:(?!(?:of|the|a|an|to|in"
            + "|on|at|for|from|and|or|with|by|as|per|cent|percent|were|was|are|is|had|have|has)\\b)[a-z][a-z-]*\\s+){0,2}?)"
            + "(people|persons|agreements?|memorandums?|memoranda|deals?|accords?|pacts?|aftershocks?|homes|houses"
            + "|buildings|villages|soldiers|troops|civilians|passengers|workers|students|children|casualties|victims"
            + "|bodies|survivors|arrests|protesters|hospitals|helicopters|ships|vessels)\\b");
    /** A number followed at once by a casualty word ("42 dead", "58 injured"). */
    private static final Pattern CASUALTIES = Pattern.compile("(?i)\\b" + QUALIFIER + NUM
            + "()\\s+(dead|killed|deaths|died|injured|wounded|hurt|missing)\\b");
    /** "The death toll (from ... ) rose to 47": up to 140 characters of the sentence between (decimals such as a magnitude's
     * 6.4 included), and never a time ("at 4:52", "at 5 am"). */
    private static final Pattern TOLL = Pattern.compile("(?i)\\bdeath toll\\b(?:[^.;]|\\.\\d){0,140}?\\b(?:to|at|of|reached|hit)\\s+"
            + "(?:at least\\s+)?" + NUM + "\\b(?![:.]\\d)(?!\\s*(?:a\\.?m\\b|p\\.?m\\b|o'clock|GMT))");
    private static final Pattern CASUALTY_AFTER_PEOPLE = Pattern.compile(
            "(?i)^\\s*(?:\\w+\\s+){0,3}?(killed|dead|died|injured|wounded|hurt|missing)\\b");
    private static final Pattern CASUALTY_BEFORE_PEOPLE = Pattern.compile(
            "(?i)\\b(killing|killed|kills|injuring|injured|wounding|wounded)\\s+(?:at least\\s+|more than\\s+|some\\s+)?$");
    private static final double HOURS_PER[] = {1.0 / 60, 1, 24, 24 * 7, 24 * 30, 24 * 365};

    @Override
    public List<Discrepancy> find(List<StoryVectors.Unit> units, List<AlignedFact> facts) {
        Map<String, List<Mention>> durations = new LinkedHashMap<>();
        Map<String, List<Mention>> counts = new LinkedHashMap<>();
        for (StoryVectors.Unit u : units) {
            String t = u.text();
            Matcher d = DURATION.matcher(t);
            boolean number = Numbers.mayHold(t);
            while (number && d.find()) {
                double n = Numbers.value(d.group(2));
                if (t.substring(d.end()).matches("(?s)^[- ]old\\b.*")) {
                    continue; // "a 72-year-old minister" is an age, not a duration
                }
                String head = nounAfter(u, d.end());
                if (Double.isNaN(n) || head == null) {
                    continue;
                }
                double hours = n * HOURS_PER[unitIndex(d.group(3))];
                String key = head.toLowerCase(Locale.ROOT);
                String text = t.substring(d.start(), endOfWord(t, t.indexOf(head, d.end())));
                durations.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(key, Numbers.format(hours), text, u));
            }
            if (historical(u)) {
                continue; // "an earthquake there in 1978 killed 200": another event's figures
            }
            for (Count c : figures(t).counts) {
                counts.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(new Mention(c.key(), c.value(), c.text(), u));
            }
        }
        List<Discrepancy> out = new ArrayList<>();
        durations.forEach((k, ms) -> add(out, Sides.of(Discrepancy.Kind.DURATION, k, ms)));
        counts.forEach((k, ms) -> {
            List<Mention> related = related(ms);
            if (!allCompatible(related)) {
                add(out, Sides.of(Discrepancy.Kind.NUMBER, k, related));
            }
        });
        return out;
    }

    /** A count a sentence states: what it counts, its value with qualifier, and the words saying it. */
    private record Count(String key, String value, String text) {
    }

    /** The counts a sentence states ("42 dead", "three new agreements", "the death toll rose to 47"). */
    private static List<Count> countsIn(String t) {
        List<Count> out = new ArrayList<>();
        if (!Numbers.mayHold(t)) {
            return out; // every pattern below needs a number
        }
        for (Pattern p : List.of(COUNT, CASUALTIES)) {
            Matcher c = p.matcher(t);
            while (c.find()) {
                String numText = c.group(2);
                if (numText.matches("(19|20)\\d\\d")) {
                    continue;
                }
                double n = Numbers.value(numText);
                String key = countKey(c.group(4), t.substring(c.end()), t.substring(Math.max(0, c.start() - 24), c.start()));
                if (!Double.isNaN(n) && key != null) {
                    n *= DisagreementReview.scale(c.group(3)); // "19 million workers" are 19,000,000
                    out.add(new Count(key, value(c.group(1), n), c.group().strip()));
                }
            }
        }
        Matcher toll = TOLL.matcher(t);
        while (toll.find()) {
            double n = Numbers.value(toll.group(1));
            if (!Double.isNaN(n)) {
                out.add(new Count("dead", Numbers.format(n), "death toll " + toll.group(1)));
            }
        }
        return out;
    }

    /** The counts a sentence states, read once to be compared with others' ({@link #disagree(Figures, Figures)}). */
    public static final class Figures {
        private final List<Count> counts;

        private Figures(List<Count> counts) {
            this.counts = List.copyOf(counts);
        }
    }

    /** The figures a sentence gives (read once per thread and shared: the summarizer asks too). */
    public static Figures figures(String sentence) {
        return FIGURES.get(sentence);
    }

    private static final SentenceMemo<Figures> FIGURES = new SentenceMemo<>(t -> new Figures(countsIn(t)));

    /**
     * Whether two sentences give figures for the same thing that cannot both be true ("nine
     * killed" and "more than five killed" can; "nine killed" and "seven killed" cannot).
     */
    public static boolean disagree(Figures a, Figures b) {
        for (Count x : a.counts) {
            for (Count y : b.counts) {
                if (x.key().equals(y.key()) && !compatible(x.value(), y.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #disagree(Figures, Figures)} of two sentences' texts. */
    public static boolean disagree(String a, String b) {
        return disagree(figures(a), figures(b));
    }

    /** A value with its qualifier: "more than 60" is a lower bound, "about 310" an approximation. */
    private static String value(String qualifier, double n) {
        String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        String v = Numbers.format(n);
        return switch (q) {
            case "more than", "over" -> ">" + v;
            case "fewer than", "less than", "up to" -> "<" + v;
            case "about", "around", "some", "roughly", "nearly", "almost" -> "~" + v;
            default -> v;
        };
    }

    /**
     * Values that can all be true together: an approximation within a tenth of another value, a
     * bound that another value meets. Exact figures that differ, and bounds that differ, conflict.
     */
    static boolean allCompatible(List<Mention> ms) {
        for (Mention a : ms) {
            for (Mention b : ms) {
                if (!compatible(a.value(), b.value())) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        char qa = Character.isDigit(a.charAt(0)) ? '=' : a.charAt(0);
        char qb = Character.isDigit(b.charAt(0)) ? '=' : b.charAt(0);
        double va = Double.parseDouble(qa == '=' ? a : a.substring(1));
        double vb = Double.parseDouble(qb == '=' ? b : b.substring(1));
        if (qa == '~' || qb == '~') {
            return Math.abs(va - vb) <= 0.1 * Math.max(va, vb);
        }
        if (qa == '=' && qb == '=' || qa == qb) {
            return false;
        }
        if (qa == '=') {
            return qb == '>' ? va > vb : va < vb;
        }
        if (qb == '=') {
            return qa == '>' ? vb > va : vb < va;
        }
        return qa == '>' ? va < vb : vb < va; // a lower and an upper bound that leave room between them
    }

    /**
     * The mentions that speak of the same occurrence: those whose value some mention gives in a
     * sentence somewhat like (cosine at least {@value #RELATED}) a sentence of another outlet giving
     * another value.
     */
    private static List<Mention> related(List<Mention> ms) {
        java.util.Set<String> values = new java.util.HashSet<>();
        for (Mention a : ms) {
            for (Mention b : ms) {
                if (!a.value().equals(b.value()) && !a.unit().article().label().equals(b.unit().article().label())
                        && a.unit().terms().cosine(b.unit().terms()) >= RELATED) {
                    values.add(a.value());
                    break;
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (values.contains(m.value())) {
                out.add(m);
            }
        }
        return out;
    }

    static final double RELATED = 0.15;

    /** A sentence about another time: it names a year other than its article's. */
    private static boolean historical(StoryVectors.Unit u) {
        java.time.LocalDate published = u.article().published();
        if (!org.newsfuse.text.Dates.hasDigitRun(u.text(), 4)) {
            return false;
        }
        Matcher y = YEAR.matcher(u.text());
        while (y.find()) {
            int year = Integer.parseInt(y.group());
            if (published == null || year != published.getYear()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private static void add(List<Discrepancy> out, Discrepancy d) {
        if (d != null) {
            out.add(d);
        }
    }

    private static int unitIndex(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "minute" -> 0;
            case "hour" -> 1;
            case "day" -> 2;
            case "week" -> 3;
            case "month" -> 4;
            default -> 5;
        };
    }

    /** The first noun within three tokens after a character offset of the sentence. */
    private static String nounAfter(StoryVectors.Unit u, int offset) {
        int abs = u.sentence().start() + offset;
        int seen = 0;
        for (Token tok : u.sentence().tokens()) {
            if (tok.start() < abs) {
                continue;
            }
            if (tok.isWord() && "NOUN".equals(tok.pos())) {
                return tok.text();
            }
            if ("ADP".equals(tok.pos()) || "VERB".equals(tok.pos()) || "AUX".equals(tok.pos())) {
                return null; // "17 years as prime minister": the noun is not what the duration describes
            }
            if (++seen >= 3 || "PUNCT".equals(tok.pos()) && !tok.text().equals("-")) {
                return null;
            }
        }
        return null;
    }

    private static int endOfWord(String t, int from) {
        int i = Math.max(0, from);
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** What a count counts, folded: dead, injured, missing, agreements, or the noun itself. */
    static String countKey(String noun, String after, String before) {
        String n = noun.toLowerCase(Locale.ROOT);
        switch (n) {
            case "dead", "killed", "deaths", "died", "bodies", "victims", "casualties":
                return "dead";
            case "injured", "wounded", "hurt":
                return "injured";
            case "missing":
                return "missing";
            case "agreement", "agreements", "memorandum", "memorandums", "memoranda", "deal", "deals", "accord",
                    "accords", "pact", "pacts":
                return "agreements";
            case "people", "persons":
                Matcher m = CASUALTY_AFTER_PEOPLE.matcher(after);
                if (m.find()) {
                    return countKey(m.group(1), "", "");
                }
                Matcher b = CASUALTY_BEFORE_PEOPLE.matcher(before);
                return b.find() ? (b.group(1).toLowerCase(Locale.ROOT).startsWith("kill") ? "dead" : "injured") : null;
            default:
                return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
        }
    }
}
