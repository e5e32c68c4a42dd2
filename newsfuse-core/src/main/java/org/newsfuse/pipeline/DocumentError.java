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

    /** One line for stderr: {@code input: problem}. */
    public String line() {
        return input + ": " + (fatal ? "" : "warning: ") + message;
    }
}
