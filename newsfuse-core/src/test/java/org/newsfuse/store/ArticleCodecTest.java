package org.newsfuse.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

class ArticleCodecTest {
    @Test
    void sentencesTokensAndParagraphsSurviveTheRoundTrip() {
        String text = "Cranes stopped in Portvell. Talks resume.\n\nFerries run.";
        List<Token> t1 = List.of(new Token(0, 6, "Cranes", "NOUN", "crane"), new Token(7, 14, "stopped", "VERB", "stop"),
                new Token(15, 17, "in", "ADP", "in"), new Token(18, 26, "Portvell", "PROPN", "portvell"),
                new Token(26, 27, ".", "PUNCT", "."));
        List<Token> t2 = List.of(new Token(28, 33, "Talks", "NOUN", "talk"), new Token(34, 40, "resume", "VERB", "resum"),
                new Token(40, 41, ".", "PUNCT", "."));
        List<Token> t3 = List.of(new Token(43, 50, "Ferries", "NOUN", "ferri"), new Token(51, 54, "run", null, "run"),
                new Token(54, 55, ".", "PUNCT", null));
        Article a = new Article("a3", "in/x.txt", null, null, "Outlet", "Title", null, null, null, null, text,
                List.of(new Paragraph(0, 0, 41), new Paragraph(1, 43, 55)),
                List.of(new Sentence(0, 0, 0, 27, t1), new Sentence(1, 0, 28, 41, t2), new Sentence(2, 1, 43, 55, t3)),
                null, Set.of("raw", "text", "sentences", "tokens", "pos"));
        Article bare = new Article("a3", "in/x.txt", null, null, "Outlet", "Title", null, null, null, null, text, null, null,
                null, null);
        Article back = ArticleCodec.decode(bare, ArticleCodec.encode(a));
        assertEquals(a.paragraphs(), back.paragraphs());
        assertEquals(a.sentences(), back.sentences());
        assertEquals(a.annotations(), back.annotations());
    }
}
