package org.newsfuse.eval.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of an element as paragraphs, one per block-level element (for peers that return HTML). */
final class Paragraphs {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "td", "th", "figure", "figcaption", "form", "br", "hr", "body", "html");

    private Paragraphs() {
    }

    static List<String> of(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    emit();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    emit();
                }
            }

            private void emit() {
                String t = sb.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
                sb.setLength(0);
            }
        }, root);
        String t = sb.toString().replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
        return out;
    }
}
