package org.newsfuse.nlp;

import org.newsfuse.pipeline.Limits;

/**
 * Caps the length of a run of non-space characters before OpenNLP sees it. OpenNLP's maximum-entropy
 * tokenizer (and the sentence detector's context around a full stop) spends time that grows faster
 * than linearly with the length of one such run: a single 80,000-character "word" takes a minute.
 * No real word comes near the cap ({@link Limits#DEFAULT_MAX_TOKEN_CHARS} characters), so a longer
 * run is junk (a run of entities, a base64 blob, a repeated letter, at most an absurd tracking URL):
 * it is dropped — turned into spaces in the copy the models see — so it costs them nothing and
 * yields no token; between two sentences it is in neither. The copy keeps the text's length, so
 * every offset into it stays an offset into the original text.
 */
public final class TokenCap {
    private static volatile int cap = Limits.DEFAULT_MAX_TOKEN_CHARS;

    private TokenCap() {
    }

    /** The cap in force (process-wide: OpenNLP's models are too). */
    public static int cap() {
        return cap;
    }

    /** Sets the cap in force ({@code --max-token}). */
    public static void setCap(int chars) {
        if (chars < 16) {
            throw new IllegalArgumentException("--max-token must be at least 16 characters");
        }
        cap = chars;
    }

    /** {@code text} itself when no run of non-space characters is longer than the cap; else a copy with such runs blanked. */
    public static String apply(String text) {
        return apply(text, cap);
    }

    static String apply(String text, int cap) {
        char[] out = null;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || Character.isWhitespace(text.charAt(i))) {
                if (i - start > cap) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    java.util.Arrays.fill(out, start, i, ' ');
                }
                start = i + 1;
            }
        }
        return out == null ? text : new String(out);
    }
}
