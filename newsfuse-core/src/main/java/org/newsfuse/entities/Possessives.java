package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.model.Token;

/**
 * Splits possessive endings the tokenizer leaves on a word ("Putin’s" → "Putin" + "’s"); the word
 * keeps the first part of a joined tag ("board's" NOUN+PART → "board" NOUN).
 */
public final class Possessives {
    private Possessives() {
    }

    public static List<Token> split(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            boolean possessive = w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s"))
                    && Character.isLetter(w.charAt(w.length() - 3));
            if (possessive && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (possessive) {
                int cut = t.end() - 2;
                // the word keeps its own tag: "board's" NOUN+PART → "board" NOUN
                int plus = t.pos() == null ? -1 : t.pos().indexOf('+');
                String pos = plus < 0 ? t.pos() : t.pos().substring(0, plus);
                out.add(new Token(t.start(), cut, w.substring(0, w.length() - 2), pos, t.stem()));
                out.add(new Token(cut, t.end(), w.substring(w.length() - 2), "PART", w.substring(w.length() - 2)));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }
}
