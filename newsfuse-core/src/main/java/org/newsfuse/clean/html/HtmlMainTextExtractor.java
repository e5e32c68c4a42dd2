package org.newsfuse.clean.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Main text and metadata of a news page, on jsoup, with no per-site rules. Thread-safe and stateless.
 * The cascade of decisions is written down in {@code docs/extraction.md}:
 * <ol>
 * <li>decode (BOM, valid UTF-8, meta charset, declared charset, windows-1252) and parse; pages over
 * {@link #MAX_CHARS} characters are cut there (best effort within a time and memory budget);</li>
 * <li>cut the body into text blocks, skipping scripts, styles, forms' controls and hidden elements;</li>
 * <li>choose the article's element: the one whose blocks sum to the highest article score (long,
 * sentence-like, few links count for it; link lists and short fragments against it), first with
 * boilerplate markup counted against, then without — whichever keeps more article text;</li>
 * <li>keep that element's blocks that read as article text and are not inside boilerplate markup
 * nested in it; in-body headings, list items and quotes stay;</li>
 * <li>when JSON-LD gives an {@code articleBody} much longer than what was kept, use it instead.</li>
 * </ol>
 */
public final class HtmlMainTextExtractor {
    /** Characters of HTML read at most; the rest of a larger page is ignored. */
    public static final int MAX_CHARS = 8_000_000;

    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^(?:advertisement|advertisements|"
            + "sponsored|sponsored content|story continues below(?: advertisement)?|continue reading|read more|"
            + "read more:.*|related:.*|related articles?|related stories|recommended|more from .*|share|"
            + "share this( article| story)?|share on .*|click here.*|sign up.*|subscribe.*|follow us.*|"
            + "skip (?:to )?(?:content|advertisement)|image|photo|video|watch|listen|listen to (?:this )?article.*|"
            + "\\d+ min(?:ute)? read|comments?|\\d+ comments?|loading.*|scroll to continue.*|"
            + "(?:photo|image|credit|source)\\s*:.*|getty images|ap photo.*|reuters/.*|copyright.*|©.*|all rights reserved.*"
            + "|download the app.*|support (?:our|independent) journalism.*|we use cookies.*|accept(?: all)?(?: cookies)?)$");

    /** Extracts from a page given as text; {@code url} may be null. */
    public ExtractedPage extract(String html, String url) {
        if (html == null || html.isBlank()) {
            return ExtractedPage.empty();
        }
        String input = HtmlRepair.repair(html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html);
        Document doc = Jsoup.parse(input, url == null ? "" : url, Parser.htmlParser());
        return extract(doc, url);
    }

    /**
     * Extracts from a page given as bytes: {@code declaredCharset} (e.g. from an HTTP header, may be
     * null) is used only when neither a byte-order mark, valid UTF-8 nor the page's own meta tag decide.
     * Bytes that are not text (many control characters) give an empty page.
     */
    public ExtractedPage extract(byte[] bytes, String declaredCharset, String url) {
        if (bytes == null || bytes.length == 0 || CharsetSniffer.looksBinary(bytes)) {
            return ExtractedPage.empty();
        }
        return extract(CharsetSniffer.decode(bytes, declaredCharset), url);
    }

    /** Extracts from a parsed page. */
    public ExtractedPage extract(Document doc, String url) {
        JsonLd ld = JsonLd.of(doc);
        String siteName = PageMetadata.siteName(doc, ld, url);
        String title = PageMetadata.title(doc, ld, siteName);
        List<String> paragraphs = mainText(doc, ld, title);
        try {
            return new ExtractedPage(title, paragraphs, PageMetadata.published(doc, ld, url),
                    PageMetadata.modified(doc, ld), PageMetadata.authors(doc, ld), siteName,
                    PageMetadata.canonical(doc, url), PageMetadata.language(doc, ld), PageMetadata.description(doc, ld));
        } finally {
            PageMetadata.release(doc);
        }
    }

    private List<String> mainText(Document doc, JsonLd ld, String title) {
        Element body = doc.body() != null ? doc.body() : doc;
        BlockSegmenter.Result seg = BlockSegmenter.segment(body);
        List<Block> blocks = seg.blocks();
        List<String> out = new ArrayList<>();
        if (!blocks.isEmpty()) {
            BlockSegmenter.Region root = chooseRoot(blocks, seg.regions());
            if (root != null) {
                out = keep(blocks, seg.regions(), root, title);
            }
        }
        String ldBody = ld.articleBody();
        if (ldBody != null) {
            if (ldBody.indexOf('<') >= 0 || ldBody.indexOf('&') >= 0) {
                ldBody = Jsoup.parse(ldBody.replace("\n", "<br><br>")).body().wholeText();
            }
            int kept = 0;
            for (String p : out) {
                kept += p.length();
            }
            if (ldBody.length() > 500 && kept < 0.5 * ldBody.length()) {
                List<String> ps = new ArrayList<>();
                for (String p : ldBody.split("\\s*\\n\\s*")) {
                    String t = p.replaceAll("\\s+", " ").strip();
                    if (!t.isEmpty()) {
                        ps.add(t);
                    }
                }
                return ps;
            }
        }
        return out;
    }

    /** Article score of one block: positive for prose, negative for links and fragments. */
    static double weight(Block b, boolean countHints) {
        int len = b.text().length();
        double ld = b.linkDensity();
        double w;
        if (isProse(b)) {
            w = len * (1 - ld) * (b.endsSentence() ? 1.0 : 0.7);
        } else if (ld >= 0.5) {
            // a linked heading is another story's teaser: it weighs against the element holding it
            w = b.isHeading() ? -3.0 * len * ld : -len * ld;
        } else {
            w = b.inListOrQuote() && ld < 0.2 ? 0 : -Math.min(len, 50) * 0.1;
        }
        if (b.strongBoiler() || countHints && b.boilerDepth() >= 0) {
            w = -Math.abs(w);
        }
        return w;
    }

    static boolean isProse(Block b) {
        int len = b.text().length();
        return b.linkDensity() < 0.35 && (len >= 80 || (len >= 25 && b.endsSentence() && b.words() >= 4));
    }

    private static BlockSegmenter.Region chooseRoot(List<Block> blocks, List<BlockSegmenter.Region> regions) {
        int n = blocks.size();
        double[] plain = new double[n + 1];
        double[] hinted = new double[n + 1];
        double[] prose = new double[n + 1];
        double[] proseUnhinted = new double[n + 1];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            plain[i + 1] = plain[i] + weight(b, false);
            hinted[i + 1] = hinted[i] + weight(b, true);
            boolean p = isProse(b);
            prose[i + 1] = prose[i] + (p ? b.text().length() : 0);
            proseUnhinted[i + 1] = proseUnhinted[i] + (p && b.boilerDepth() < 0 ? b.text().length() : 0);
            prose[i + 1] -= p && b.strongBoiler() ? b.text().length() : 0;
        }
        BlockSegmenter.Region best = null;
        double bestScore = 0;
        BlockSegmenter.Region bestHinted = null;
        double bestHintedScore = 0;
        for (BlockSegmenter.Region r : regions) {
            double s = plain[r.end()] - plain[r.start()];
            double h = hinted[r.end()] - hinted[r.start()];
            if (r.contentHint()) {
                s *= 1.5;
                h *= 1.5;
            } else if (r.articleTag()) {
                s *= 1.1;
                h *= 1.1;
            }
            if (s > bestScore) {
                bestScore = s;
                best = r;
            }
            if (h > bestHintedScore) {
                bestHintedScore = h;
                bestHinted = r;
            }
        }
        if (bestHinted != null && best != null) {
            // the hinted choice holds where the plain choice's prose begins (the plain one only added,
            // say, a comment section): take it; otherwise keep it when it has half the prose
            int first = firstProse(blocks, best);
            if (first >= bestHinted.start() && first < bestHinted.end()) {
                return bestHinted;
            }
            double kept = proseUnhinted[bestHinted.end()] - proseUnhinted[bestHinted.start()];
            double all = prose[best.end()] - prose[best.start()];
            if (kept >= 0.5 * all) {
                return bestHinted;
            }
        }
        return best;
    }

    /**
     * Which blocks of the root sit inside boilerplate markup nested in it. A weakly marked element that
     * holds where the root's prose begins and 40% or more of it is not boilerplate (a wrapper named
     * "content-with-sidebar"); a comment section after the article is.
     */
    private static boolean[] boilerplateInside(List<Block> blocks, List<BlockSegmenter.Region> regions,
            BlockSegmenter.Region root) {
        int n = blocks.size();
        double[] prose = new double[n + 1];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            prose[i + 1] = prose[i] + (isProse(b) ? b.text().length() : 0);
        }
        double rootProse = prose[root.end()] - prose[root.start()];
        int first = firstProse(blocks, root);
        int[] diff = new int[n + 1];
        for (BlockSegmenter.Region r : regions) {
            if (r.boilerplate() == Hints.NONE || r.depth() <= root.depth() || r.start() < root.start()
                    || r.end() > root.end()) {
                continue;
            }
            if (r.boilerplate() == Hints.WEAK && rootProse > 0 && first >= r.start() && first < r.end()
                    && prose[r.end()] - prose[r.start()] >= 0.4 * rootProse) {
                continue;
            }
            diff[r.start()]++;
            diff[r.end()]--;
        }
        boolean[] out = new boolean[n];
        int open = 0;
        for (int i = 0; i < n; i++) {
            open += diff[i];
            out[i] = open > 0;
        }
        return out;
    }

    private static int firstProse(List<Block> blocks, BlockSegmenter.Region r) {
        for (int i = r.start(); i < r.end(); i++) {
            if (isProse(blocks.get(i)) && !blocks.get(i).strongBoiler()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> keep(List<Block> blocks, List<BlockSegmenter.Region> regions,
            BlockSegmenter.Region root, String title) {
        boolean[] boiler = boilerplateInside(blocks, regions, root);
        List<String> out = new ArrayList<>();
        List<Boolean> heading = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String titleKey = title == null ? null : key(title);
        for (int i = root.start(); i < root.end(); i++) {
            Block b = blocks.get(i);
            if (boiler[i]) {
                continue;
            }
            String t = b.text();
            if (t.startsWith("<") && t.contains("=\"")) {
                continue; // markup shown as text (a noscript fallback)
            }
            if (BOILERPLATE_LINE.matcher(t).matches() && t.length() < 120) {
                continue;
            }
            boolean isHeading = b.isHeading() || (b.boldChars() >= 0.9 * t.length() && t.length() < 150 && !b.endsSentence());
            if (b.tag().equals("h1") || (titleKey != null && Math.abs(t.length() - title.length()) < 30
                    && key(t).equals(titleKey))) {
                continue;
            }
            if (b.linkDensity() > 0.5) {
                continue;
            }
            boolean keepIt;
            if (isHeading) {
                keepIt = t.length() <= 200 && b.words() >= 1;
            } else if (isProse(b)) {
                keepIt = true;
            } else if (b.inListOrQuote()) {
                keepIt = t.length() >= 15 && b.linkDensity() < 0.5;
            } else {
                keepIt = t.length() >= 10 && b.endsSentence() && b.words() >= 2;
            }
            if (!keepIt || !seen.add(t)) {
                continue;
            }
            out.add(t);
            heading.add(isHeading);
        }
        // headings with no text after them (a "Related" label at the end) go
        while (!heading.isEmpty() && heading.get(heading.size() - 1)) {
            heading.remove(heading.size() - 1);
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
