package org.newsfuse.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written out in text: ISO dates, "7th April 2021", "April 6, 2021", "11 Mar 2025". */
public final class Dates {
    private Dates() {
    }

    /** A date found in a string, with where it was. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    /** Every full date (day, month and year) in the text, in order of appearance. */
    public static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        if (!hasDigitRun(text, 4)) {
            return out; // every form above needs a four-digit year: most sentences have none
        }
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.start(), m.end());
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m.start(), m.end());
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), m.start(), m.end());
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Whether the text holds {@code n} ASCII digits in a row: the patterns' {@code \d} matches only
     * those, so a text without such a run cannot hold a year, and the regular expressions need not
     * scan it.
     */
    public static boolean hasDigitRun(String text, int n) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= n) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** The first full date in the text, or null. */
    public static LocalDate first(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? null : all.get(0).date();
    }

    /** Parses a date given as metadata ("2021-04-06", "2021-04-06T10:00:00Z", "April 6, 2021"), or null. */
    public static LocalDate parseGiven(String value) {
        if (value == null) {
            return null;
        }
        return first(value.strip());
    }

    static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer v = MONTHS.get(k.length() > 4 ? k.substring(0, 3) : k);
        if (v == null && k.length() >= 3) {
            v = MONTHS.get(k.substring(0, 3));
        }
        return v == null ? -1 : v;
    }

    private static void add(List<Found> out, int y, int mo, int d, int start, int end) {
        if (y < 1900 || y > 2200 || mo < 1) {
            return;
        }
        try {
            out.add(new Found(LocalDate.of(y, mo, d), start, end));
        } catch (DateTimeException e) {
            // not a real date ("31 February"): not a date at all
        }
    }
}
