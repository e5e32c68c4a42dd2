package org.newsfuse.entities;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Spelling-tolerant comparison of names: transliteration folding, small misspellings, initials. */
public final class NameForms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private NameForms() {
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128 && s.charAt(i) != '’') {
                return false;
            }
        }
        return true;
    }

    /**
     * A folded key for a name token: lower case, accents removed, apostrophes and dots dropped, and
     * the usual transliteration variants made one (Sergey/Sergei, Dmitry/Dmitri, -ii/-y endings,
     * kh/h, ph/f).
     */
    public static String fold(String token) {
        String s = ascii(token) ? token : MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '’' && c != '\'' && c != '.' && c != '-') {
                b.append(Character.toLowerCase(c));
            }
        }
        s = b.toString();
        if (s.indexOf('h') < 0 && s.indexOf('y') < 0 && !s.endsWith("ii")) {
            return s;
        }
        s = s.replace("kh", "h").replace("ph", "f").replace("iy", "i").replace("yi", "i");
        if (s.endsWith("ey") || s.endsWith("ay")) {
            s = s.substring(0, s.length() - 1) + "i";
        } else if (s.endsWith("ii") || (s.endsWith("y") && s.length() > 3)) {
            s = s.substring(0, s.length() - 1) + (s.endsWith("ii") ? "" : "i");
        }
        return s;
    }

    /** Levenshtein distance, stopping early above {@code max}. */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Whether two folded surnames are the same name, allowing one slip in a long name. */
    public static boolean sameSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int len = Math.min(a.length(), b.length());
        return len >= 6 && a.charAt(0) == b.charAt(0) && distance(a, b, 1) <= 1;
    }

    /** Whether two folded given names can be the same person's: equal, an initial, or one slip. */
    public static boolean compatibleGiven(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return Math.min(a.length(), b.length()) >= 5 && distance(a, b, 1) <= 1;
    }

    /** Whether a token is an initial ("S", "J.", "NV"). */
    public static boolean isInitial(String token) {
        String t = token.replace(".", "");
        return !t.isEmpty() && t.length() <= 2 && t.chars().allMatch(Character::isUpperCase);
    }
}
