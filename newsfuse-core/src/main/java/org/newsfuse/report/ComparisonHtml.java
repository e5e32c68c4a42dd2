package org.newsfuse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.model.Article;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Fact;
import org.newsfuse.model.OutletCoverage;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.model.TimelineEntry;

/**
 * The comparison sections of story.html: a coverage matrix of outlets against facts (inline SVG),
 * what each outlet alone reports, discrepancies side by side with their source sentences, and the
 * timeline. Every piece of article text is escaped; every source sentence links to its place in
 * the article.
 */
final class ComparisonHtml {
    private ComparisonHtml() {
    }

    /** Facts shown as matrix columns: those reported by two or more outlets, at most this many. */
    static final int MATRIX_FACTS = 24;

    static final String CSS = """
            .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.6rem;margin:.4rem 0 1.2rem}
            .side{border:1px solid var(--line);border-radius:.4rem;padding:.5rem .6rem;background:#fafbfc}
            .side .wording{font-weight:600}
            .side ul{margin:.3rem 0 0;padding-left:1.1rem;font-size:.92rem}
            .kind{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;background:#eef1f5;border-radius:.3rem;padding:0 .4rem;margin-right:.4rem}
            .matrix{overflow-x:auto}
            .matrix svg{max-width:100%;height:auto}
            ol.facts{font-size:.92rem;padding-left:1.6rem}
            ol.timeline{list-style:none;padding-left:0}
            ol.timeline li{border-left:3px solid var(--line);padding:.1rem 0 .5rem .7rem;margin-left:.3rem}
            ol.timeline .date{font-weight:600;font-variant-numeric:tabular-nums}
            """;

    static void append(StringBuilder h, Story story) {
        Comparison c = story.comparison();
        if (c.facts().isEmpty() && c.discrepancies().isEmpty() && c.timeline().isEmpty()) {
            return;
        }
        discrepancies(h, story, c);
        coverage(h, story, c);
        timeline(h, story, c);
    }

    private static void discrepancies(StringBuilder h, Story story, Comparison c) {
        h.append("<section id=\"discrepancies\">\n<h2>Where the outlets disagree</h2>\n");
        if (c.discrepancies().isEmpty()) {
            h.append("<p class=\"meta\">No disagreement found: where these outlets report the same thing, they agree.</p>\n");
        }
        int n = 0;
        for (Discrepancy d : c.discrepancies()) {
            n++;
            h.append("<div class=\"discrepancy\" id=\"d").append(n).append("\"><p><span class=\"kind\">")
                    .append(Html.escape(kindLabel(d.kind()) + " · " + d.category().label())).append("</span>").append(Html.escape(d.about()))
                    .append("</p>\n<div class=\"sides\">\n");
            for (Discrepancy.Side s : d.sides()) {
                h.append("<div class=\"side\"><div class=\"wording\">“").append(Html.escape(s.text())).append("”</div>")
                        .append("<div class=\"meta\">").append(Html.escape(String.join(", ", s.outlets())))
                        .append("</div>\n<ul>");
                for (int i = 0; i < s.sentences().size(); i++) {
                    SentenceRef r = s.refs().get(i);
                    h.append("<li><a href=\"#").append(HtmlReport.anchor(r.article(), r.sentence())).append("\">")
                            .append(Html.escape(s.sentences().get(i))).append("</a></li>");
                }
                h.append("</ul></div>\n");
            }
            h.append("</div></div>\n");
        }
        h.append("</section>\n");
    }

    static String kindLabel(Discrepancy.Kind k) {
        return switch (k) {
            case NUMBER -> "number";
            case DURATION -> "duration";
            case DATE -> "date";
            case NAME -> "name or spelling";
            case QUOTE -> "quoted words";
            case POLARITY -> "polarity";
            case HEDGING -> "hedging";
            case LIST -> "list";
        };
    }

    private static void coverage(StringBuilder h, Story story, Comparison c) {
        List<Fact> shared = new ArrayList<>();
        for (Fact f : c.facts()) {
            if (f.outlets().size() >= 2 && shared.size() < MATRIX_FACTS) {
                shared.add(f);
            }
        }
        Map<String, List<String>> outletArticles = new LinkedHashMap<>();
        for (Article a : story.articles()) {
            outletArticles.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(a.id());
        }
        h.append("<section id=\"coverage\">\n<h2>Who reports what</h2>\n");
        if (!shared.isEmpty()) {
            List<String> outlets = new ArrayList<>(outletArticles.keySet());
            int labelW = 170;
            int cell = 22;
            int w = labelW + cell * shared.size() + 10;
            int hgt = 28 + cell * outlets.size() + 6;
            h.append("<div class=\"matrix\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                    .append(w).append(' ').append(hgt).append("\" width=\"").append(w).append("\" height=\"").append(hgt)
                    .append("\" aria-label=\"Which outlet reports which fact\" font-family=\"system-ui,sans-serif\" font-size=\"11\">\n");
            for (int j = 0; j < shared.size(); j++) {
                int x = labelW + j * cell + cell / 2;
                h.append("<text x=\"").append(x).append("\" y=\"18\" text-anchor=\"middle\" fill=\"#5b6470\">")
                        .append(j + 1).append("</text>\n");
            }
            for (int i = 0; i < outlets.size(); i++) {
                int y = 28 + i * cell;
                String label = outlets.get(i);
                String shown = label.length() > 26 ? label.substring(0, 25) + "…" : label;
                h.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 15)
                        .append("\" text-anchor=\"end\" fill=\"#1b1f23\"><title>").append(Html.escape(label)).append("</title>")
                        .append(Html.escape(shown)).append("</text>\n");
                for (int j = 0; j < shared.size(); j++) {
                    boolean has = shared.get(j).outlets().contains(label);
                    int x = labelW + j * cell;
                    h.append("<rect x=\"").append(x + 2).append("\" y=\"").append(y + 2).append("\" width=\"").append(cell - 4)
                            .append("\" height=\"").append(cell - 4).append("\" rx=\"3\" fill=\"")
                            .append(has ? "#2f6fb5" : "#eef1f5").append("\"><title>")
                            .append(Html.escape(label + (has ? " reports: " : " does not report: ") + shared.get(j).text()))
                            .append("</title></rect>\n");
                }
            }
            h.append("</svg></div>\n<ol class=\"facts\">\n");
            for (Fact f : shared) {
                h.append("<li>").append(Html.escape(f.text())).append(" <span class=\"meta\">— ")
                        .append(Html.escape(String.join(", ", f.outlets()))).append("</span>");
                for (Fact.Wording wd : f.wordings()) {
                    h.append(" <a class=\"cite\" href=\"#").append(HtmlReport.anchor(wd.article(), wd.sentence().sentence()))
                            .append("\" title=\"").append(Html.escape(wd.text())).append("\">").append(Html.escape(wd.outlet()))
                            .append("</a>");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        boolean any = false;
        for (OutletCoverage oc : c.outlets()) {
            if (oc.exclusives().isEmpty()) {
                continue;
            }
            if (!any) {
                h.append("<h3>Only one outlet reports</h3>\n");
                any = true;
            }
            h.append("<details><summary><strong>").append(Html.escape(oc.outlet())).append("</strong> — ")
                    .append(oc.exclusives().size()).append(oc.exclusives().size() == 1 ? " fact" : " facts")
                    .append("</summary>\n<ul>\n");
            for (String id : oc.exclusives()) {
                Fact f = c.fact(id);
                Fact.Wording wd = f.wordings().get(0);
                h.append("<li><a href=\"#").append(HtmlReport.anchor(wd.article(), wd.sentence().sentence())).append("\">")
                        .append(Html.escape(f.text())).append("</a></li>\n");
            }
            h.append("</ul></details>\n");
        }
        for (OutletCoverage oc : c.outlets()) {
            if (oc.omissions().isEmpty()) {
                continue;
            }
            h.append("<p class=\"meta\"><strong>").append(Html.escape(oc.outlet()))
                    .append("</strong> leaves out what most others report: ");
            List<String> texts = new ArrayList<>();
            for (String id : oc.omissions()) {
                texts.add("“" + c.fact(id).text() + "”");
            }
            h.append(Html.escape(String.join("; ", texts))).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void timeline(StringBuilder h, Story story, Comparison c) {
        if (c.timeline().isEmpty()) {
            return;
        }
        h.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n<ol class=\"timeline\">\n");
        for (TimelineEntry t : c.timeline()) {
            h.append("<li><span class=\"date\">").append(Html.escape(t.date())).append("</span> <span class=\"meta\">(")
                    .append(Html.escape(t.when())).append(")</span><br>").append(Html.escape(t.text()));
            for (SentenceRef r : t.sources()) {
                Article a = story.article(r.article());
                h.append(" <a class=\"cite\" href=\"#").append(HtmlReport.anchor(r.article(), r.sentence())).append("\">")
                        .append(Html.escape(a == null ? r.article() : a.label())).append("</a>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }
}
