package org.newsfuse.clean.html;

/**
 * One run of text on the page that a block-level element owns (a paragraph, heading, list item,
 * table cell, or the loose text of a div), with what the extractor needs to judge it.
 *
 * @param text          normalised text
 * @param linkChars     characters of the text inside links
 * @param tag           the owning element's tag
 * @param depth         the owning element's depth in the tree
 * @param boilerDepth   depth of the deepest enclosing element marked as boilerplate by its tag or its
 *                      class/id (navigation, asides, footers, captions, share rows, comments…), or -1
 * @param contentHint   whether an enclosing element is marked as article body (itemprop, class/id)
 * @param boldChars     characters of the text inside {@code strong}/{@code b}
 * @param inListOrQuote whether the block sits in a list item or a blockquote
 * @param strongBoiler  whether an enclosing element is boilerplate by a tag or role made for it
 */
record Block(String text, int linkChars, String tag, int depth, int boilerDepth, boolean contentHint,
        int boldChars, boolean inListOrQuote, boolean strongBoiler) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Ends as a sentence does: a stop, or a stop followed by closing quotes or brackets. */
    boolean endsSentence() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':') {
                return true;
            }
            if ("\"'”’)]»".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }
}
