package org.newsfuse.report;

import java.util.List;
import org.newsfuse.model.Article;
import org.newsfuse.model.ParagraphGroup;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;
import org.newsfuse.model.SummarySentence;

/** story.md: the story for reading in a terminal, an editor or a Markdown viewer. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String write(Story story) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(story.headline())).append("\n\n");
        md.append("_").append(inline(Citations.outletCount(story))).append(": ")
                .append(String.join(", ", outlets(story))).append("_\n\n");
        md.append("## Summary\n\n");
        for (SummarySentence s : story.summary()) {
            md.append("- ").append(inline(s.text())).append(" ")
                    .append(cite(story, s)).append("\n");
        }
        if (!story.quotes().isEmpty()) {
            md.append("\n## Who said what\n");
            for (SpeakerQuotes.Speaker sp : SpeakerQuotes.of(story)) {
                md.append("\n### ").append(inline(sp.name() == null ? "Speaker unknown" : sp.name())).append("\n\n");
                for (SpeakerQuotes.Statement st : sp.statements()) {
                    List<SpeakerQuotes.Wording> ws = st.wordings();
                    SpeakerQuotes.Wording first = ws.get(0);
                    md.append("- ").append(wording(first)).append(" ")
                            .append(bracket(String.join("; ", Citations.labels(story, first.articles())))).append("\n");
                    for (int i = 1; i < ws.size(); i++) {
                        md.append("  - ").append(wording(ws.get(i))).append(" ")
                                .append(bracket(String.join("; ", Citations.labels(story, ws.get(i).articles()))))
                                .append("\n");
                    }
                }
            }
        }
        ComparisonMarkdown.append(md, story);
        EntitiesSection.markdown(md, story);
        if (!story.repeatedParagraphs().isEmpty()) {
            md.append("\n## Printed by more than one outlet\n\n");
            for (ParagraphGroup g : story.repeatedParagraphs()) {
                md.append("- ").append(inline(g.text())).append(" ")
                        .append(bracket(String.join("; ", Citations.labels(story, g.articles())))).append("\n");
            }
        }
        md.append("\n## Sources\n\n");
        md.append("| id | outlet | published | headline | byline | input |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Article a : story.articles()) {
            md.append("| ").append(a.id()).append(" | ").append(cell(a.outlet())).append(" | ")
                    .append(a.published() == null ? "—" : a.published().toString()).append(" | ")
                    .append(cell(a.title())).append(" | ").append(cell(a.byline())).append(" | ")
                    .append(cell(a.input())).append(" |\n");
        }
        return md.toString();
    }

    /** A direct quote in quotation marks; reported speech as written, in italics. */
    private static String wording(SpeakerQuotes.Wording w) {
        return w.kind() == Quote.Kind.DIRECT ? "“" + inline(w.text()) + "”" : "_" + inline(w.text()) + "_";
    }

    private static String cite(Story story, SummarySentence s) {
        StringBuilder sb = new StringBuilder();
        for (String label : Citations.labels(story, s.sources())) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(label);
        }
        return bracket(sb.toString());
    }

    private static String bracket(String s) {
        return "\\[" + inline(s) + "\\]";
    }

    private static java.util.List<String> outlets(Story story) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Article a : story.articles()) {
            String l = inline(Citations.shortLabel(a));
            if (!out.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /** Article text inside Markdown: characters that would become markup are escaped. */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : org.newsfuse.text.WireQuotes.typeset(s).replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "—" : inline(s);
    }
}
