package org.newsfuse.clean.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs two faults common in crawled HTML that would otherwise cost the whole page, before it is
 * parsed: NUL characters (dropped; a browser ignores them too), and a {@code <title>} never closed
 * (the HTML parser reads everything after it as the title's text, so the page has no body): when a
 * tag comes before the title's {@code </title>}, or there is none, a {@code </title>} is put before
 * that tag.
 */
public final class HtmlRepair {
    private static final Pattern TITLE_OPEN = Pattern.compile("<title\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[/!]?[A-Za-z]");
    private static final Pattern TITLE_CLOSE = Pattern.compile("</title\\s*>", Pattern.CASE_INSENSITIVE);

    private HtmlRepair() {
    }

    /** The page, repaired (the same string when nothing needed it). */
    public static String repair(String html) {
        String s = html.indexOf('\0') >= 0 ? html.replace("\0", "") : html;
        Matcher open = TITLE_OPEN.matcher(s);
        if (open.find()) {
            Matcher close = TITLE_CLOSE.matcher(s);
            int end = close.find(open.end()) ? close.start() : s.length();
            Matcher tag = TAG.matcher(s).region(open.end(), end);
            if (tag.find()) {
                s = s.substring(0, tag.start()) + "</title>" + s.substring(tag.start());
            } else if (end == s.length()) {
                s = s + "</title>";
            }
        }
        return s;
    }
}
