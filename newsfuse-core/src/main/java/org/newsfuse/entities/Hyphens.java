package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.model.Token;

/**
 * Joins the pieces of a hyphenated word the tokenizer cut ("Holtz-" + "Eakin", "Shanklin" + "-Hawkins",
 * "front" + "-" + "runner") back into one token, so a double-barrelled name is matched whole.
 */
public final class Hyphens {
    private Hyphens() {
    }

    public static List<Token> join(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token prev = out == null ? (i > 0 ? tokens.get(i - 1) : null) : out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && joins(prev, t, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i - 1));
                } else {
                    out.remove(out.size() - 1);
                }
                out.add(new Token(prev.start(), t.end(), prev.text() + t.text(), t.pos(), t.stem()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /** Whether {@code t}, written onto {@code prev}, continues it across a hyphen. */
    private static boolean joins(Token prev, Token t, Token next) {
        if (prev.end() != t.start()) {
            return false;
        }
        String a = prev.text();
        String b = t.text();
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.endsWith("-") && a.length() > 1) {
            return Character.isLetter(a.charAt(a.length() - 2)) && Character.isLetter(b.charAt(0)); // "Holtz-" "Eakin"
        }
        if (b.startsWith("-")) {
            return b.length() > 1 ? Character.isLetter(a.charAt(a.length() - 1)) && Character.isLetter(b.charAt(1))
                    : next != null && next.start() == t.end() && !next.text().isEmpty()
                    && Character.isLetter(a.charAt(a.length() - 1)) && Character.isLetter(next.text().charAt(0));
        }
        return false;
    }
}
