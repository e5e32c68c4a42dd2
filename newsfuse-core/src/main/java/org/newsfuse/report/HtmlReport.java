package org.newsfuse.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.ParagraphGroup;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.model.SummarySentence;

/**
 * story.html: one self-contained page (inline CSS, no script, no external resource) with the
 * headline, the summary whose citation markers link to the cited sentence in each source, and every
 * source article with its metadata. All article text is escaped.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    static final String CSS = """
            :root{--fg:#1b1f23;--muted:#5b6470;--line:#d8dde3;--hl:#fff3bf;--accent:#0b5cad}
            *{box-sizing:border-box}
            body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);overflow-wrap:anywhere;margin:0;padding:0 1rem 4rem;max-width:52rem;margin-inline:auto}
            header{padding:1.5rem 0 .5rem;border-bottom:1px solid var(--line)}
            h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .4rem}
            h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
            h3{font-size:1.02rem;margin:1.4rem 0 .3rem}
            .meta{color:var(--muted);font-size:.9rem}
            ol.summary{padding-left:1.3rem}
            ol.summary li{margin:.45rem 0}
            a.cite{font-size:.78rem;text-decoration:none;color:var(--accent);border:1px solid var(--line);border-radius:.6rem;padding:0 .35rem;margin-left:.2rem;overflow-wrap:anywhere}
            a.cite:hover{background:#eef4fb}
            article.source{border-top:1px solid var(--line);padding-top:.4rem}
            article.source p{margin:.5rem 0}
            span.cited{border-bottom:1px dotted #b0b8c2}
            span.s:target{background:var(--hl);outline:2px solid #f0c000;border-radius:2px}
            table{border-collapse:collapse;width:100%;font-size:.9rem;display:block;overflow-x:auto}
            th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
            blockquote{margin:.4rem 0 .4rem 0;padding-left:.8rem;border-left:3px solid var(--line)}
            blockquote.reported{font-style:italic}
            div.statement{margin:.6rem 0;padding:.1rem 0 .1rem .4rem;border-left:3px solid var(--accent)}
            div.statement blockquote + blockquote{margin-left:1rem}
            footer{margin-top:3rem;color:var(--muted);font-size:.8rem}
            @media (max-width:480px){body{font-size:15px}h1{font-size:1.3rem}}
            """;

    public static String write(Story story, String version) {
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(Html.escape(story.headline())).append("</title>\n<style>\n").append(CSS).append(ComparisonHtml.CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<div class=\"meta\">newsfuse story</div>\n<h1>")
                .append(Html.escape(story.headline())).append("</h1>\n<div class=\"meta\">")
                .append(Html.escape(Citations.outletCount(story))).append(": ")
                .append(Html.escape(String.join(", ", Citations.labels(story, ids(story))))).append("</div>\n</header>\n");

        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<ol class=\"summary\">\n");
        for (SummarySentence s : story.summary()) {
            h.append("<li>").append(Html.escape(s.text()));
            for (SentenceRef r : s.evidence()) {
                Article a = story.article(r.article());
                h.append(" <a class=\"cite\" href=\"#").append(anchor(r.article(), r.sentence())).append("\" title=\"")
                        .append(Html.escape(a == null ? r.article() : a.sentenceText(a.sentences().get(r.sentence()))))
                        .append("\">").append(Html.escape(a == null ? r.article() : Citations.shortLabel(a)))
                        .append("</a>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n</section>\n");

        if (!story.quotes().isEmpty()) {
            h.append("<section id=\"quotes\">\n<h2>Who said what</h2>\n");
            for (SpeakerQuotes.Speaker sp : SpeakerQuotes.of(story)) {
                h.append("<h3>").append(Html.escape(sp.name() == null ? "Speaker unknown" : sp.name())).append("</h3>\n");
                for (SpeakerQuotes.Statement st : sp.statements()) {
                    h.append("<div class=\"statement\">\n");
                    for (SpeakerQuotes.Wording w : st.wordings()) {
                        boolean direct = w.kind() == Quote.Kind.DIRECT;
                        h.append("<blockquote").append(direct ? "" : " class=\"reported\"").append(">")
                                .append(direct ? "“" : "").append(Html.escape(w.text())).append(direct ? "”" : "")
                                .append(" <span class=\"meta\">— ")
                                .append(Html.escape(String.join("; ", Citations.labels(story, w.articles()))))
                                .append("</span></blockquote>\n");
                    }
                    h.append("</div>\n");
                }
            }
            h.append("</section>\n");
        }

        ComparisonHtml.append(h, story);
        EntitiesSection.html(h, story);

        if (!story.repeatedParagraphs().isEmpty()) {
            h.append("<section id=\"repeated\">\n<h2>Printed by more than one outlet</h2>\n<ul>\n");
            for (ParagraphGroup g : story.repeatedParagraphs()) {
                h.append("<li>").append(Html.escape(g.text())).append(" <span class=\"meta\">[")
                        .append(Html.escape(String.join("; ", Citations.labels(story, g.articles()))))
                        .append("]</span></li>\n");
            }
            h.append("</ul>\n</section>\n");
        }

        h.append("<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<tr><th>id</th><th>outlet</th><th>published</th>")
                .append("<th>headline</th><th>byline</th><th>input</th></tr>\n");
        for (Article a : story.articles()) {
            h.append("<tr><td><a href=\"#").append(Html.escape(a.id())).append("\">").append(Html.escape(a.id()))
                    .append("</a></td><td>").append(cell(a.outlet())).append("</td><td>")
                    .append(a.published() == null ? "—" : a.published().toString()).append("</td><td>")
                    .append(cell(a.title())).append("</td><td>").append(cell(a.byline())).append("</td><td>")
                    .append(cell(a.input())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        Set<String> cited = citedAnchors(story);
        for (Article a : story.articles()) {
            h.append("<article class=\"source\" id=\"").append(Html.escape(a.id())).append("\">\n<h3>")
                    .append(Html.escape(a.id())).append(" · ").append(Html.escape(Citations.shortLabel(a)));
            if (a.title() != null) {
                h.append(" — ").append(Html.escape(a.title()));
            }
            h.append("</h3>\n<div class=\"meta\">");
            if (a.published() != null) {
                h.append(a.published()).append(" · ");
            }
            if (a.byline() != null) {
                h.append("by ").append(Html.escape(a.byline())).append(" · ");
            }
            if (a.dateline() != null) {
                h.append(Html.escape(a.dateline())).append(" · ");
            }
            h.append(Html.escape(a.input())).append("</div>\n");
            appendText(h, a, cited);
            h.append("</article>\n");
        }
        h.append("</section>\n<footer>Made by newsfuse ").append(Html.escape(version))
                .append(". Every summary sentence is an article's own sentence; the links show where.</footer>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static List<String> ids(Story story) {
        return story.articles().stream().map(Article::id).toList();
    }

    private static Set<String> citedAnchors(Story story) {
        Set<String> out = new HashSet<>();
        for (SummarySentence s : story.summary()) {
            for (SentenceRef r : s.evidence()) {
                out.add(anchor(r.article(), r.sentence()));
            }
        }
        return out;
    }

    /** The article's paragraphs, each sentence in a span that citations can point at. */
    private static void appendText(StringBuilder h, Article a, Set<String> cited) {
        List<Sentence> sentences = a.sentences();
        int si = 0;
        for (Paragraph p : a.paragraphs()) {
            h.append("<p>");
            int pos = p.start();
            while (si < sentences.size() && sentences.get(si).paragraph() == p.index()) {
                Sentence s = sentences.get(si);
                h.append(Html.escape(a.text().substring(pos, s.start())));
                String id = anchor(a.id(), s.index());
                h.append("<span class=\"s").append(cited.contains(id) ? " cited" : "").append("\" id=\"").append(id).append("\">")
                        .append(Html.escape(a.text().substring(s.start(), s.end()))).append("</span>");
                pos = s.end();
                si++;
            }
            h.append(Html.escape(a.text().substring(pos, p.end()))).append("</p>\n");
        }
    }

    static String anchor(String articleId, int sentence) {
        return Html.escape(articleId) + "-s" + sentence;
    }

    private static String cell(String s) {
        return s == null ? "—" : Html.escape(s);
    }
}
