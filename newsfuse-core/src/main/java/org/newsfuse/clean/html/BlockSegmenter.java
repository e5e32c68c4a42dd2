package org.newsfuse.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into {@link Block}s in one iterative pass (jsoup's traversal keeps no Java stack, and
 * neither does this class, so a page nested 100,000 levels deep is read like any other), and records
 * for every element the range of blocks it holds ({@link Region}), so that any element's totals are
 * prefix-sum differences.
 */
final class BlockSegmenter {

    /** An element and the blocks it holds: {@code blocks[start, end)}. */
    record Region(int start, int end, int depth, String tag, boolean contentHint, boolean articleTag,
            int boilerplate) {
    }

    /** Blocks in reading order and the regions of the elements that hold any. */
    record Result(List<Block> blocks, List<Region> regions) {
    }

    private BlockSegmenter() {
    }

    static Result segment(Element root) {
        Visitor v = new Visitor();
        NodeTraversor.filter(v, root);
        v.flush();
        return new Result(v.blocks, v.regions);
    }

    /** The text being gathered for the innermost open block element. */
    private static final class Frame {
        final String tag;
        final int depth;
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int boldChars;

        Frame(String tag, int depth) {
            this.tag = tag;
            this.depth = depth;
        }
    }

    private static final class Visitor implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        final Deque<Frame> frames = new ArrayDeque<>();
        final Deque<Integer> boilerDepths = new ArrayDeque<>();
        final Deque<int[]> open = new ArrayDeque<>(); // per element: start block, flags
        int linkDepth;
        int boldDepth;
        int contentHints;
        int strong;
        int listOrQuote;

        Visitor() {
            frames.push(new Frame("body", 0));
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY; // comments, data
            }
            String tag = e.normalName();
            if (Hints.SKIP_TAGS.contains(tag) || Hints.hidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                frames.peek().text.append('\n');
                return FilterResult.CONTINUE;
            }
            boolean block = Hints.BLOCK_TAGS.contains(tag);
            if (block) {
                flush();
                frames.push(new Frame(tag, depth));
            }
            int flags = 0;
            List<String> words = Hints.words(e);
            int boiler = Hints.boilerplate(e, tag, words);
            if (boiler != Hints.NONE) {
                boilerDepths.push(depth);
                flags |= 1;
                if (boiler == Hints.STRONG) {
                    strong++;
                }
            }
            boolean hint = Hints.contentHint(e, words);
            if (hint) {
                contentHints++;
                flags |= 2;
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("strong") || tag.equals("b")) {
                boldDepth++;
            } else if (tag.equals("li") || tag.equals("blockquote")) {
                listOrQuote++;
            }
            open.push(new int[] {blocks.size(), flags, boiler});
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                return FilterResult.CONTINUE;
            }
            boolean block = Hints.BLOCK_TAGS.contains(tag);
            if (block) {
                flush();
                frames.pop();
            }
            int[] o = open.pop();
            if (blocks.size() > o[0]) {
                regions.add(new Region(o[0], blocks.size(), depth, tag, (o[1] & 2) != 0, tag.equals("article"),
                        o[2]));
            }
            if ((o[1] & 1) != 0) {
                boilerDepths.pop();
                if (o[2] == Hints.STRONG) {
                    strong--;
                }
            }
            if ((o[1] & 2) != 0) {
                contentHints--;
            }
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("strong") || tag.equals("b")) {
                boldDepth--;
            } else if (tag.equals("li") || tag.equals("blockquote")) {
                listOrQuote--;
            }
            return FilterResult.CONTINUE;
        }

        /** Appends text with whitespace collapsed; counts link and bold characters. */
        private void append(String s) {
            Frame f = frames.peek();
            StringBuilder sb = f.text;
            int before = sb.length();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                    continue;
                }
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2009' || c == '\u202f') {
                    int n = sb.length();
                    if (n > 0 && sb.charAt(n - 1) != ' ' && sb.charAt(n - 1) != '\n') {
                        sb.append(' ');
                    }
                } else {
                    sb.append(c);
                }
            }
            int added = sb.length() - before;
            if (linkDepth > 0) {
                f.linkChars += added;
            }
            if (boldDepth > 0) {
                f.boldChars += added;
            }
        }

        /** Emits the innermost frame's text as one block, or several where two line breaks part it. */
        void flush() {
            Frame f = frames.peek();
            if (f.text.length() == 0) {
                return;
            }
            String raw = f.text.toString();
            f.text.setLength(0);
            int links = f.linkChars;
            int bold = f.boldChars;
            f.linkChars = 0;
            f.boldChars = 0;
            int boilerDepth = boilerDepths.isEmpty() ? -1 : boilerDepths.peek();
            String[] parts = raw.split("\\s*\\n\\s*\\n\\s*");
            int total = raw.length();
            for (String part : parts) {
                String text = part.replace('\n', ' ').strip();
                if (text.isEmpty()) {
                    continue;
                }
                double share = (double) text.length() / Math.max(1, total);
                blocks.add(new Block(text, (int) Math.round(Math.min(text.length(), links * share)), f.tag, f.depth,
                        boilerDepth, contentHints > 0, (int) Math.round(Math.min(text.length(), bold * share)),
                        listOrQuote > 0, strong > 0));
            }
        }
    }
}
