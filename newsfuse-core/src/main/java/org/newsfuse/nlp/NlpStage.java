package org.newsfuse.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.Sentence;
import org.newsfuse.pipeline.ArticleStage;

/** Splits each paragraph of an article into sentences and tokens, with part-of-speech tags and stems. */
public final class NlpStage implements ArticleStage {
    private final boolean tag;

    /** With part-of-speech tagging. */
    public NlpStage() {
        this(true);
    }

    public NlpStage(boolean tag) {
        this.tag = tag;
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Annotations.TEXT);
    }

    @Override
    public Set<String> provides() {
        return tag ? Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.POS)
                : Set.of(Annotations.SENTENCES, Annotations.TOKENS);
    }

    @Override
    public Article apply(Article a) {
        Nlp nlp = Nlp.get();
        // the English tagger's tags on a page in another language are noise no later stage can trust:
        // such a page keeps its sentences and tokens, untagged (see EnglishCheck)
        boolean tagThis = tag && EnglishCheck.isEnglish(a.text(), a.language());
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            String pt = p.text(a.text());
            for (Span s : nlp.sentenceSpans(pt)) {
                int start = p.start() + s.getStart();
                int end = p.start() + s.getEnd();
                org.newsfuse.pipeline.Budget.check();
                sentences.add(new Sentence(sentences.size(), p.index(), start, end,
                        nlp.tokens(a.text().substring(start, end), start, tagThis)));
            }
        }
        if (sentences.stream().allMatch(s -> s.tokens().isEmpty())) {
            throw new org.newsfuse.pipeline.Rejected("no word in the text (only runs of over " + TokenCap.cap()
                    + " characters without a space, which are dropped as junk; see --max-token)");
        }
        Article.Builder b = a.toBuilder().sentences(sentences).annotate(Annotations.SENTENCES, Annotations.TOKENS);
        if (tag) {
            b.annotate(Annotations.POS);
        }
        return b.build();
    }
}
