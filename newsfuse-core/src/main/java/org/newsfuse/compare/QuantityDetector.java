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
import org.newsfuse.text.StoryVectors;

/**
 * Numbers and durations that outlets give differently for the same thing: "42 dead" against "47
 * killed", "three agreements" against "four memorandums", "a two-day visit" against "a nearly
 * 19-hour visit". What a number counts is read from the words after it and folded to a key
 * (dead, killed and deaths are one key); a duration is keyed by the noun it describes. Years,
 * "five of the dead" and counts of different things never meet.
 */
final class QuantityDetector implements Detector {
    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?|" + Numbers.WORDS + ")";
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:(nearly|almost|about|around|some|over|more than"
            + "|less than|at least|just|roughly|barely)\\s+)?" + NUM + "[- ](minute|hour|day|week|month|year)s?(?:[- ]long)?\\b");
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(?:(at least|more than|over|nearly|about|around|some"
            + "|up to|almost)\\s+)?" + NUM + "\\s+((?:[a-z][a-z-]*\\s+){0,2}?)(people|persons|dead|killed|deaths|died"
            + "|injured|wounded|hurt|missing|agreements?|memorandums?|memoranda|deals?|accords?|pacts?|aftershocks?"
            + "|homes|houses|buildings|villages|soldiers|troops|civilians|passengers|workers|students|children"
            + "|casualties|victims|bodies|survivors|arrests|protesters|hospitals|helicopters|ships|vessels)\\b(?!\\s+of\\b)");
    private static final Pattern TOLL = Pattern.compile("(?i)\\bdeath toll\\b[^.;]{0,40}?\\b(?:to|at|of|reached|hit)\\s+"
            + "(?:at least\\s+)?" + NUM + "\\b");
    private static final Pattern CASUALTY_AFTER_PEOPLE = Pattern.compile(
            "(?i)^\\s*(?:\\w+\\s+){0,3}?(killed|dead|died|injured|wounded|hurt|missing)\\b");
    private static final double HOURS_PER[] = {1.0 / 60, 1, 24, 24 * 7, 24 * 30, 24 * 365};

    @Override
    public List<Discrepancy> find(List<StoryVectors.Unit> units, List<AlignedFact> facts) {
        Map<String, List<Mention>> durations = new LinkedHashMap<>();
        Map<String, List<Mention>> counts = new LinkedHashMap<>();
        for (StoryVectors.Unit u : units) {
            String t = u.text();
            Matcher d = DURATION.matcher(t);
            while (d.find()) {
                double n = Numbers.value(d.group(2));
                String head = nounAfter(u, d.end());
                if (Double.isNaN(n) || head == null) {
                    continue;
                }
                double hours = n * HOURS_PER[unitIndex(d.group(3))];
                String key = head.toLowerCase(Locale.ROOT);
                String text = t.substring(d.start(), endOfWord(t, t.indexOf(head, d.end())));
                durations.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(key, Numbers.format(hours), text, u));
            }
            Matcher c = COUNT.matcher(t);
            while (c.find()) {
                String numText = c.group(2);
                if (numText.matches("(19|20)\\d\\d")) {
                    continue;
                }
                double n = Numbers.value(numText);
                String key = countKey(c.group(4), t.substring(c.end()));
                if (Double.isNaN(n) || key == null) {
                    continue;
                }
                String text = c.group().strip();
                counts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(key, Numbers.format(n), text, u));
            }
            Matcher toll = TOLL.matcher(t);
            while (toll.find()) {
                double n = Numbers.value(toll.group(1));
                if (!Double.isNaN(n)) {
                    counts.computeIfAbsent("dead", k -> new ArrayList<>())
                            .add(new Mention("dead", Numbers.format(n), toll.group().strip(), u));
                }
            }
        }
        List<Discrepancy> out = new ArrayList<>();
        durations.forEach((k, ms) -> add(out, Sides.of(Discrepancy.Kind.DURATION, k, ms)));
        counts.forEach((k, ms) -> add(out, Sides.of(Discrepancy.Kind.NUMBER, k, ms)));
        return out;
    }

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
    static String countKey(String noun, String after) {
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
                return m.find() ? countKey(m.group(1), "") : null;
            default:
                return n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
        }
    }
}
