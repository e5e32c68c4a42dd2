package org.newsfuse.pipeline;

/**
 * A bad input or a document that failed a stage, as a value: the input's name (with a line number
 * when it is one line of a file), the stage or reader that failed, and the problem in words.
 *
 * @param input   file name, {@code file.jsonl:LINE} or {@code stdin:N}
 * @param where   the reader or stage that reported it
 * @param message what is wrong
 * @param fatal   true when the document was dropped; false for a warning (it was still processed)
 */
public record DocumentError(String input, String where, String message, boolean fatal) {
    public static DocumentError error(String input, String where, String message) {
        return new DocumentError(input, where, message, true);
    }

    public static DocumentError warning(String input, String where, String message) {
        return new DocumentError(input, where, message, false);
    }

    /**
     * One line for stderr: {@code newsfuse: input: problem}, with control characters (a newline or
     * an escape sequence in a file name) shown escaped, so that one problem is always one line.
     */
    public String line() {
        return "newsfuse: " + escape(input) + ": " + (fatal ? "" : "warning: ") + escape(message);
    }

    /**
     * {@code s} with every control character (C0, DEL, C1) and bidirectional override written as an
     * escape ({@code \n}, {@code \t}, {@code \x1b}): safe to print on one terminal line.
     */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
                    : c < 0x20 || c >= 0x7f && c < 0xa0 ? String.format("\\x%02x", (int) c)
                    : c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 ? String.format("\\u%04x", (int) c)
                    : Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))
                            ? String.format("\\u%04x", (int) c) : null;
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
