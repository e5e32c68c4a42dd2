package org.newsfuse.report;

import org.newsfuse.model.Article;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Fact;
import org.newsfuse.model.OutletCoverage;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.model.TimelineEntry;

/** The comparison sections of story.md: the same as story.html's, in Markdown. */
final class ComparisonMarkdown {
    private ComparisonMarkdown() {
    }

    static void append(StringBuilder md, Story story) {
        Comparison c = story.comparison();
        if (c.facts().isEmpty() && c.discrepancies().isEmpty() && c.timeline().isEmpty()) {
            return;
        }
        md.append("\n## Where the outlets disagree\n\n");
        if (c.discrepancies().isEmpty()) {
            md.append("No disagreement found: where these outlets report the same thing, they agree.\n");
        }
        for (Discrepancy d : c.discrepancies()) {
            md.append("- **").append(MarkdownReport.inline(ComparisonHtml.kindLabel(d.kind()))).append("** (")
                    .append(d.category().label()).append(") — ")
                    .append(MarkdownReport.inline(d.about())).append("\n");
            for (Discrepancy.Side s : d.sides()) {
                md.append("  - “").append(MarkdownReport.inline(s.text())).append("” \\[")
                        .append(MarkdownReport.inline(String.join("; ", s.outlets()))).append("\\]\n");
                for (String sentence : s.sentences()) {
                    md.append("    > ").append(MarkdownReport.inline(sentence)).append("\n");
                }
            }
        }
        md.append("\n## Who reports what\n\n");
        int shown = 0;
        for (Fact f : c.facts()) {
            if (f.outlets().size() < 2 || shown >= ComparisonHtml.MATRIX_FACTS) {
                continue;
            }
            shown++;
            md.append(shown).append(". ").append(MarkdownReport.inline(f.text())).append(" \\[")
                    .append(MarkdownReport.inline(String.join("; ", f.outlets()))).append("\\]\n");
        }
        if (shown == 0) {
            md.append("No fact is reported by more than one outlet.\n");
        }
        boolean header = false;
        for (OutletCoverage oc : c.outlets()) {
            if (oc.exclusives().isEmpty()) {
                continue;
            }
            if (!header) {
                md.append("\n### Only one outlet reports\n");
                header = true;
            }
            md.append("\n**").append(MarkdownReport.inline(oc.outlet())).append("**\n\n");
            for (String id : oc.exclusives()) {
                md.append("- ").append(MarkdownReport.inline(c.fact(id).text())).append("\n");
            }
        }
        for (OutletCoverage oc : c.outlets()) {
            if (!oc.omissions().isEmpty()) {
                md.append("\n_").append(MarkdownReport.inline(oc.outlet())).append(" leaves out what most others report:_ ");
                for (String id : oc.omissions()) {
                    md.append("“").append(MarkdownReport.inline(c.fact(id).text())).append("” ");
                }
                md.append("\n");
            }
        }
        if (!c.timeline().isEmpty()) {
            md.append("\n## Timeline\n\n");
            for (TimelineEntry t : c.timeline()) {
                md.append("- **").append(t.date()).append("** (").append(MarkdownReport.inline(t.when())).append(") ")
                        .append(MarkdownReport.inline(t.text())).append(" \\[");
                java.util.Set<String> labels = new java.util.LinkedHashSet<>();
                for (SentenceRef r : t.sources()) {
                    Article a = story.article(r.article());
                    labels.add(a == null ? r.article() : a.label());
                }
                md.append(MarkdownReport.inline(String.join("; ", labels))).append("\\]\n");
            }
        }
    }
}
