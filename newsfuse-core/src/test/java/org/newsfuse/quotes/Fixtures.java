package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsfuse.entities.EntitiesStage;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.model.Story;
import org.newsfuse.nlp.NlpStage;

/** Invented articles run through nlp, entities and quotes. */
final class Fixtures {
    private Fixtures() {
    }

    /** An article whose clean text is {@code text}, paragraphs split at blank lines, tagged. */
    static Article article(String id, String text) {
        List<Paragraph> ps = new ArrayList<>();
        int i = 0;
        for (String p : text.split("\n\n")) {
            int start = text.indexOf(p, i);
            ps.add(new Paragraph(ps.size(), start, start + p.length()));
            i = start + p.length();
        }
        RawDocument raw = new RawDocument(id + ".txt", SourceFormat.TEXT, text, Map.of());
        Article a = Article.of(id, raw).toBuilder().text(text).paragraphs(ps).outlet("Outlet " + id)
                .annotate(Annotations.TEXT).build();
        return new NlpStage().apply(a);
    }

    static Story story(Article... articles) {
        Story s = Story.of("s1", List.of(articles));
        s = new EntitiesStage(SpeechVerbs.get()).apply(s);
        return new QuotesStage().apply(s);
    }
}
