package org.newsfuse.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of a scraped page's text: hard-wrapped blocks joined, a lower-case line joined to an
 * open line before it, bullets marked; every other line a paragraph of its own.
 */
final class TextUnits {
    private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪‣◦∙·*]\\s+");

    private TextUnits() {
    }

    /** A line or joined paragraph of the page, with what the classification decided about it. */
    static final class Unit {
        String text;
        final boolean bullet;
        String drop;

        Unit(String text, boolean bullet) {
            this.text = text;
            this.bullet = bullet;
        }
    }

    /** Joins hard-wrapped lines into paragraphs; every other line is a paragraph of its own. */
    static List<Unit> of(String[] lines) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.length && !lines[j].isBlank()) {
                j++;
            }
            addBlock(units, java.util.Arrays.copyOfRange(lines, i, j));
            i = j;
        }
        return units;
    }

    private static void addBlock(List<Unit> units, String[] block) {
        if (isWrappedBlock(block)) {
            StringBuilder sb = new StringBuilder();
            for (String l : block) {
                appendJoined(sb, l.strip());
            }
            units.add(new Unit(sb.toString(), false));
            return;
        }
        Unit current = null;
        for (String line : block) {
            String l = line.strip();
            Matcher b = BULLET.matcher(l);
            boolean bullet = b.find();
            if (bullet) {
                l = l.substring(b.end()).strip();
            }
            if (current != null && !bullet && continues(current.text, l)) {
                StringBuilder sb = new StringBuilder(current.text);
                appendJoined(sb, l);
                current.text = sb.toString();
                continue;
            }
            current = new Unit(l, bullet);
            units.add(current);
        }
    }

    private static void appendJoined(StringBuilder sb, String l) {
        if (sb.length() == 0) {
            sb.append(l);
        } else if (sb.charAt(sb.length() - 1) == '-' && sb.length() > 1 && Character.isLowerCase(sb.charAt(sb.length() - 2))
                && !l.isEmpty() && Character.isLowerCase(l.charAt(0))) {
            sb.append(l); // a word hyphenated across the wrap keeps its hyphen: safer than guessing
        } else {
            sb.append(' ').append(l);
        }
    }

    /** A line that carries on the previous one's sentence: it starts in lower case after an open line. */
    private static boolean continues(String prev, String line) {
        if (prev.isEmpty() || line.isEmpty()) {
            return false;
        }
        char last = prev.charAt(prev.length() - 1);
        boolean open = ".!?:;\"”’')]".indexOf(last) < 0;
        return open && Character.isLowerCase(line.charAt(0));
    }

    /**
     * A block of three or more lines of nearly even width that mostly run on: a hard-wrapped paragraph.
     * Running on shows as a next line that starts in lower case or, in a block no wider than 80
     * columns (a hard wrap's width), a line that ends mid-sentence (a lower-case word, a comma).
     */
    private static boolean isWrappedBlock(String[] block) {
        if (block.length < 3) {
            return false;
        }
        for (String l : block) {
            if (BULLET.matcher(l).find()) {
                return false;
            }
        }
        int max = 0;
        for (String l : block) {
            max = Math.max(max, l.strip().length());
        }
        if (max < 40 || max > 110) {
            return false;
        }
        int even = 0;
        int runOn = 0;
        int lowerStarts = 0;
        for (int k = 0; k < block.length - 1; k++) {
            String l = block[k].strip();
            if (l.length() >= max * 0.7) {
                even++;
            }
            char last = l.isEmpty() ? '.' : l.charAt(l.length() - 1);
            if (".!?\"”')".indexOf(last) < 0) {
                runOn++;
            }
            String next = block[k + 1].strip();
            boolean midSentence = max <= 80 && !l.isEmpty() && (Character.isLowerCase(last) || last == ',');
            if (midSentence || !next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || Character.isDigit(next.charAt(0)))) {
                lowerStarts++;
            }
        }
        int n = block.length - 1;
        return even >= n * 0.8 && runOn >= n * 0.5 && lowerStarts >= n * 0.3;
    }
}
