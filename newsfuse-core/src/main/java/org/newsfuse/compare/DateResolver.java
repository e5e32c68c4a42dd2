package org.newsfuse.compare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.model.TimelineEntry.Precision;
import org.newsfuse.text.Dates;

/**
 * Resolves the date expressions of a sentence against its article's publication date: full dates
 * as written; "on Tuesday" (the last Tuesday on or before the day of writing, or the next one when
 * the sentence speaks of the future); today, yesterday, tomorrow; "in 2018"; "last year", "this
 * year", "later this year", "next year"; "in October" (this year, or the next October when that
 * month has passed and the sentence speaks of the future). Without a publication date only full
 * dates and years are resolved: nothing is guessed.
 */
public final class DateResolver {
    /** A resolved date expression. */
    public record Resolved(LocalDate date, Precision precision, String phrase, LocalDate sortKey, int start) {
        public String iso() {
            return switch (precision) {
                case DAY -> date.toString();
                case MONTH -> date.toString().substring(0, 7);
                case YEAR -> Integer.toString(date.getYear());
            };
        }
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:on|last|this|next|since|from|until|by)?\\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?:\\s+(morning|afternoon|evening|night))?\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)\\b(today|yesterday|tomorrow|tonight)\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:in|since|during|by|until|of|from)\\s+((?:19|20)\\d\\d)\\b(?![-–/]\\d)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(?i)\\b(later this year|earlier this year|this year|last year|next year|later in the year)\\b");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:in|by|until|since|from|during|early|late|mid-)\\s*"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|would|shall|to be held|is to|are to|is due|are due"
            + "|scheduled|planned|plans to|expected to|ahead of|next|upcoming|later this|due to)\\b");

    private DateResolver() {
    }

    /** Every date expression of a sentence that can be resolved, in order. */
    public static List<Resolved> resolve(String sentence, LocalDate published) {
        List<Resolved> out = new ArrayList<>();
        for (Dates.Found f : Dates.findAll(sentence)) {
            out.add(new Resolved(f.date(), Precision.DAY, sentence.substring(f.start(), f.end()), f.date(), f.start()));
        }
        boolean digits = Dates.hasDigitRun(sentence, 4);
        Matcher y = YEAR.matcher(sentence);
        while (digits && y.find()) {
            if (overlaps(out, y.start(1))) {
                continue;
            }
            int year = Integer.parseInt(y.group(1));
            LocalDate d = LocalDate.of(year, 1, 1);
            out.add(new Resolved(d, Precision.YEAR, y.group().strip(), d, y.start()));
        }
        if (published != null) {
            // the patterns below match ASCII letters in either case: a sentence whose lower-cased
            // text lacks the words they need cannot match, and is not scanned
            String lower = sentence.toLowerCase(Locale.ROOT);
            Matcher w = WEEKDAY.matcher(sentence);
            boolean weekday = lower.contains("day");
            while (weekday && w.find()) {
                if (overlaps(out, w.start(1))) {
                    continue;
                }
                DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
                String lead = w.group().strip().toLowerCase(Locale.ROOT);
                LocalDate d;
                boolean future = future(sentence, w.start(), w.end());
                if (lead.startsWith("next") || future && !lead.startsWith("last") && !lead.startsWith("since")) {
                    d = published.with(TemporalAdjusters.nextOrSame(dow));
                } else if (lead.startsWith("last")) {
                    d = published.with(TemporalAdjusters.previous(dow));
                } else {
                    d = published.with(TemporalAdjusters.previousOrSame(dow));
                }
                out.add(new Resolved(d, Precision.DAY, w.group().strip(), d, w.start()));
            }
            Matcher r = RELATIVE_DAY.matcher(sentence);
            boolean relativeDay = lower.contains("to") || lower.contains("yesterday");
            while (relativeDay && r.find()) {
                LocalDate d = switch (r.group(1).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> published.minusDays(1);
                    case "tomorrow" -> published.plusDays(1);
                    default -> published;
                };
                out.add(new Resolved(d, Precision.DAY, r.group(), d, r.start()));
            }
            Matcher ry = RELATIVE_YEAR.matcher(sentence);
            boolean relativeYear = lower.contains("year");
            while (relativeYear && ry.find()) {
                String p = ry.group(1).toLowerCase(Locale.ROOT);
                int year = published.getYear() + (p.startsWith("last") ? -1 : p.startsWith("next") ? 1 : 0);
                LocalDate d = LocalDate.of(year, 1, 1);
                LocalDate sort = p.startsWith("later") ? published.plusDays(1) : p.startsWith("earlier") ? d : d;
                out.add(new Resolved(d, Precision.YEAR, ry.group(), sort, ry.start()));
            }
            Matcher m = MONTH.matcher(sentence);
            boolean monthNamed = namesMonth(lower);
            while (monthNamed && m.find()) {
                if (overlaps(out, m.start(1))) {
                    continue;
                }
                int month = monthNumber(m.group(1));
                boolean future = future(sentence, m.start(), m.end());
                int year = published.getYear();
                if (future && month < published.getMonthValue()) {
                    year++;
                } else if (!future && month > published.getMonthValue()) {
                    year--;
                }
                LocalDate d = LocalDate.of(year, month, 1);
                out.add(new Resolved(d, Precision.MONTH, m.group().strip(), d, m.start()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Whether the clause holding a date expression speaks of the future ("will meet on Friday", "is
     * due in October"): a future marker between the clause breaks around it.
     */
    static boolean future(String sentence, int start, int end) {
        int from = start;
        while (from > 0 && ",;:.!?".indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < sentence.length() && ",;:.!?".indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        return FUTURE.matcher(sentence.substring(from, to)).find();
    }

    private static boolean overlaps(List<Resolved> found, int at) {
        for (Resolved r : found) {
            if (at >= r.start() && at < r.start() + r.phrase().length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    /** Whether a lower-cased text holds a month's name (what {@link #MONTH} needs). */
    private static boolean namesMonth(String lower) {
        for (String name : MONTH_NAMES) {
            if (lower.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static int monthNumber(String name) {
        return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }
}
