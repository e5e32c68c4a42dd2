package org.newsfuse.clean;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into lines of text, one per block element, dropping scripts, styles and
 * forms, so that the scraped-text cleaner can work on it: the fallback for HTML fragments without
 * page structure (a feed item's content), where {@link org.newsfuse.clean.html.HtmlMainTextExtractor} finds none.
 */
public final class HtmlText {
    private HtmlText() {
    }

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "form",
            "button", "select", "textarea", "iframe", "object", "embed", "canvas", "head", "nav");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "tr", "td", "th", "br", "hr", "address", "summary", "details");

    /** The page's visible text, a block element per line. */
    public static String lines(Document doc) {
        StringBuilder sb = new StringBuilder();
        Element body = doc.body() != null ? doc.body() : doc;
        NodeTraversor.traverse(new NodeVisitor() {
            int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof Element e) {
                    if (SKIP.contains(e.normalName())) {
                        skipDepth = depth;
                        return;
                    }
                    if (BLOCK.contains(e.normalName())) {
                        sb.append('\n');
                    }
                } else if (node instanceof TextNode t) {
                    sb.append(t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) {
                    skipDepth = -1;
                    return;
                }
                if (skipDepth < 0 && node instanceof Element e && BLOCK.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        }, body);
        return sb.toString();
    }

    /** The page parsed, after {@link org.newsfuse.clean.html.HtmlRepair} and cut at the extractor's size bound. */
    public static Document parse(String html, String url) {
        String input = html.length() > org.newsfuse.clean.html.HtmlMainTextExtractor.MAX_CHARS
                ? html.substring(0, org.newsfuse.clean.html.HtmlMainTextExtractor.MAX_CHARS) : html;
        return Jsoup.parse(org.newsfuse.clean.html.HtmlRepair.repair(input), url == null ? "" : url);
    }
}
