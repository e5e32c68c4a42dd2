package org.newsfuse.text;

/**
 * The wire services' quotation marks ({@code ``…''} and {@code `…'}), as proper ones for display:
 * {@code ``} → “, {@code ''} → ”, a lone {@code `} → ‘ (its closing {@code '} is an apostrophe's
 * character and stays). Article texts keep them as written; reports and summaries show them typeset.
 */
public final class WireQuotes {
    private WireQuotes() {
    }

    /** {@code s} with wire quotation marks typeset; null stays null. */
    public static String typeset(String s) {
        if (s == null || s.indexOf('`') < 0 && !s.contains("''")) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = i + 1 < s.length() && s.charAt(i + 1) == c;
            if (c == '`' && pair) {
                sb.append('“');
                i++;
            } else if (c == '`') {
                sb.append('‘');
            } else if (c == '\'' && pair) {
                sb.append('”');
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
