package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Text in quotation marks inside one paragraph: curly double marks, straight double marks (an
 * opening one follows a space or the paragraph start, a closing one is followed by a space,
 * punctuation or the end), the wire services' double marks ({@code ``…''}), and single marks
 * (‘…’, {@code `…'} or '…' when not an apostrophe). A quote left open
 * at the paragraph's end runs to the end (the next paragraph may carry it on). Marks inside a quote
 * are nested quotes, not new ones.
 */
public final class QuoteSpans {
    private QuoteSpans() {
    }

    /**
     * A quotation: {@code [start, end)} includes its marks.
     *
     * @param closed false when the paragraph ended before a closing mark
     */
    public record Span(int start, int end, boolean closed) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** Quotations in {@code text[from, to)}, in order. */
    public static List<Span> find(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean wire = wireOpen(text, i, to) || wireClose(text, i, to) && (i == from
                    || !Character.isLetterOrDigit(text.charAt(i - 1))) && i + 2 < to
                    && !Character.isWhitespace(text.charAt(i + 2)); // ``…'' and the papers' ''…''
            if (wireClose(text, i, to) && !wire) {
                i += 2; // a closing wire mark with no opening one
                continue;
            }
            if (c == '“' || (c == '"' && opens(text, i, from, to)) || wire) {
                int mark = wire ? 2 : 1;
                int close = closeDouble(text, i + mark, to);
                if (close < 0) {
                    if (words(text, i + mark, to) >= 2) {
                        out.add(new Span(i, trimEnd(text, i, to), false));
                    }
                    return out;
                }
                out.add(new Span(i, close + 1, true));
                i = close + 1;
            } else if ((c == '‘' || c == '\'' || c == '`') && opensSingle(text, i, from, to)) {
                int close = closeSingle(text, i + 1, to);
                if (close > i + 1) {
                    out.add(new Span(i, close + 1, true));
                    i = close + 1;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        return out;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean opens(String text, int i, int from, int to) {
        boolean before = i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** {@code ``}: the wire services' opening double mark. */
    static boolean wireOpen(String text, int i, int to) {
        return text.charAt(i) == '`' && i + 1 < to && text.charAt(i + 1) == '`';
    }

    /** {@code ''}: the wire services' closing double mark. */
    static boolean wireClose(String text, int i, int to) {
        return text.charAt(i) == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
    }

    /** The index of the last character of the closing double mark, or -1. */
    private static int closeDouble(String text, int i, int to) {
        for (int k = i; k < to; k++) {
            char c = text.charAt(k);
            if (c == '”') {
                return k;
            }
            if (wireClose(text, k, to)) {
                boolean nestedOpen = k > i && Character.isWhitespace(text.charAt(k - 1)) && k + 2 < to
                        && !Character.isWhitespace(text.charAt(k + 2));
                if (!nestedOpen) {
                    return k + 1;
                }
                int n = closeDouble(text, k + 2, to);
                if (n < 0) {
                    return -1;
                }
                k = n;
                continue;
            }
            if (wireOpen(text, k, to)) {
                int n = closeDouble(text, k + 2, to);
                if (n < 0) {
                    return -1;
                }
                k = n;
                continue;
            }
            if (c == '"') {
                boolean nestedOpen = k > i && Character.isWhitespace(text.charAt(k - 1)) && k + 1 < to
                        && !Character.isWhitespace(text.charAt(k + 1));
                if (!nestedOpen) {
                    return k;
                }
                int n = closeDouble(text, k + 1, to);
                if (n < 0) {
                    return -1;
                }
                k = n;
            } else if (c == '“') {
                int n = closeDouble(text, k + 1, to);
                if (n < 0) {
                    return -1;
                }
                k = n;
            }
        }
        return -1;
    }

    private static boolean opensSingle(String text, int i, int from, int to) {
        if (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        return i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static int closeSingle(String text, int i, int to) {
        for (int k = i; k < to; k++) {
            char c = text.charAt(k);
            if (wireClose(text, k, to) || wireOpen(text, k, to)) {
                return -1;
            }
            if (c == '’' || c == '\'') {
                boolean letterBefore = k > i && Character.isLetterOrDigit(text.charAt(k - 1));
                boolean letterAfter = k + 1 < to && Character.isLetter(text.charAt(k + 1));
                if (letterAfter) {
                    continue; // apostrophe: don't, Russia's
                }
                if (c == '\'' && letterBefore && k + 1 < to && text.charAt(k + 1) == 's') {
                    continue;
                }
                if (!Character.isWhitespace(text.charAt(k - 1))) {
                    return k;
                }
            }
            if (c == '"' || c == '“' || c == '”') {
                return -1;
            }
            if (k - i > 400) {
                return -1;
            }
        }
        return -1;
    }

    /** Runs of letters and digits in {@code text[from, to)}. */
    static int words(String text, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int k = from; k < to; k++) {
            boolean l = Character.isLetterOrDigit(text.charAt(k));
            if (l && !in) {
                n++;
            }
            in = l;
        }
        return n;
    }
}
