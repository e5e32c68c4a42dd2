package org.newsfuse.text;

/** The shape of running text, as opposed to headlines, labels and fragments. */
public final class Prose {
    private Prose() {
    }

    /**
     * Whether the text ends as a sentence does: with a full stop, exclamation or question mark or
     * ellipsis, possibly followed by closing quotation marks or brackets (the wires' {@code ''}
     * too), or with a quotation that closes after a comma, as in a quoted clause.
     */
    public static boolean endsAsSentence(String t) {
        String s = t.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (".!?…".indexOf(last) >= 0) {
            return true;
        }
        int end = s.length();
        while (end > 0 && "\"”’')]".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end < s.length() && end > 0) {
            return ".!?…,".indexOf(s.charAt(end - 1)) >= 0;
        }
        return false;
    }
}
