package org.newsfuse.compare;

import java.util.Locale;
import java.util.Map;

/** Number words and numerals as values. */
final class Numbers {
    private Numbers() {
    }

    static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            + "hundred|dozen|a dozen|half";
    private static final Map<String, Double> VALUES = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0),
            Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0),
            Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0),
            Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0),
            Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
            Map.entry("hundred", 100.0), Map.entry("dozen", 12.0), Map.entry("a dozen", 12.0), Map.entry("half", 0.5));

    /**
     * Pieces of which every word of {@link #WORDS} holds one ("four" in "fourteen", "thir" in
     * "thirteen" and "thirty").
     */
    private static final String[] WORD_PIECES = {"one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twe", "thir", "fif", "forty", "hundred", "dozen", "half"};

    /**
     * Whether a text may give a number: it holds an ASCII digit (all that {@code \d} matches) or, in
     * any case, a piece of a number word. A text without either cannot match a pattern built on
     * {@link #WORDS} and digits, so it need not be scanned.
     */
    static boolean mayHold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String piece : WORD_PIECES) {
            if (lower.contains(piece)) {
                return true;
            }
        }
        return false;
    }

    /** The value of "19", "4.75", "1,200", "two", or NaN. */
    static double value(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace(",", "").strip();
        Double v = VALUES.get(t);
        if (v != null) {
            return v;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
