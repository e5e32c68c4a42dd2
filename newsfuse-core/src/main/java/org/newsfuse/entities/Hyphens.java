package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newsfuse.model.Token;

/**
 * Joins the pieces of a hyphenated word the tokenizer cut ("Holtz-" + "Eakin", "Shanklin" + "-Hawkins",
 * "front" + "-" + "runner") back into one token, so a double-barrelled name is matched whole.
 */
public final class Hyphens {
    private Hyphens() {
    }

    /** Every hyphenated word joined. */
    public static List<Token> join(List<Token> tokens) {
        return join(tokens, w -> true);
    }

    /**
     * The hyphenated words whose joined text {@code keep} accepts joined ("Holtz-Eakin", a name of
     * the story), the others left in pieces ("Beijing-based": Beijing stays a word of its own).
     */
    public static List<Token> join(List<Token> tokens, Predicate<String> keep) {
        List<Token> out = null;
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && joins(tokens, j)) {
                j++;
            }
            if (j > i && tokens.get(j).text().endsWith("-")) {
                j--; // a dangling "front-" at the end of a chain stays apart
            }
            String joined = null;
            if (j > i) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    sb.append(tokens.get(k).text());
                }
                joined = sb.toString();
            }
            if (joined != null && joined.indexOf('-') > 0 && !joined.endsWith("-") && keep.test(joined)) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                Token last = tokens.get(j);
                out.add(new Token(tokens.get(i).start(), last.end(), joined, last.pos(), last.stem()));
                i = j + 1;
            } else {
                if (out != null) {
                    out.add(tokens.get(i));
                }
                i++;
            }
        }
        return out == null ? tokens : out;
    }

    /** Whether token {@code k + 1}, written onto token {@code k}, continues it across a hyphen. */
    private static boolean joins(List<Token> t, int k) {
        Token prev = t.get(k);
        Token next = t.get(k + 1);
        if (prev.end() != next.start()) {
            return false;
        }
        String a = prev.text();
        String b = next.text();
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (b.equals("-")) {
            return Character.isLetter(a.charAt(a.length() - 1)) && k + 2 < t.size()
                    && t.get(k + 2).start() == next.end() && !t.get(k + 2).text().isEmpty()
                    && Character.isLetter(t.get(k + 2).text().charAt(0));
        }
        if (a.equals("-")) {
            return Character.isLetter(b.charAt(0));
        }
        if (a.endsWith("-") && a.length() > 1) {
            return Character.isLetter(a.charAt(a.length() - 2)) && Character.isLetter(b.charAt(0)); // "Holtz-" "Eakin"
        }
        if (b.startsWith("-") && b.length() > 1) {
            return Character.isLetter(a.charAt(a.length() - 1)) && Character.isLetter(b.charAt(1)); // "Lind" "-Berg"
        }
        return false;
    }
}
