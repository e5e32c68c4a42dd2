package org.newsfuse.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.clean.CleanStage;
import org.newsfuse.model.Article;
import org.newsfuse.model.ParagraphGroup;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.model.Story;

class ParagraphDedupStageTest {
    static Article cleaned(String id, String text) throws Exception {
        return new CleanStage().apply(Article.of(id, new RawDocument(id + ".txt", SourceFormat.TEXT, text, Map.of())));
    }

    @Test
    void repeatedAndNearRepeatedParagraphsCollapse() throws Exception {
        String p1 = "The river burst its banks on Sunday night, flooding the lower town and forcing 300 people from their homes.";
        String p2 = "Emergency crews worked through the night to shore up the embankment near the old mill.";
        String nearP1 = "The river burst its banks on Sunday night, flooding the lower town and forcing 300 people from their homes .";
        Article a = cleaned("a1", p1 + "\n\n" + p2 + "\n\n" + nearP1);
        Article d = new ParagraphDedupStage().apply(a);
        assertEquals(2, d.paragraphs().size());
        assertEquals(p1 + "\n\n" + p2, d.text());
    }

    @Test
    void teaserContainedInALongerParagraphGoesAndTheLongerStays() throws Exception {
        String teaser = "The mayor said the bridge would reopen in May.";
        String body = "Speaking at the site, the mayor said the bridge would reopen in May. Engineers had found the cracks during a routine inspection last autumn.";
        Article d = new ParagraphDedupStage().apply(cleaned("a1", teaser + "\n" + body));
        assertEquals(1, d.paragraphs().size());
        assertEquals(body, d.text());
    }

    @Test
    void differentParagraphsStay() throws Exception {
        Article a = cleaned("a1", "Talks resumed on Monday between the two unions and the rail operator.\n\n"
                + "Talks are expected to continue on Tuesday, with a vote on the offer on Friday.");
        assertEquals(2, new ParagraphDedupStage().apply(a).paragraphs().size());
    }

    @Test
    void paragraphsSharedAcrossArticlesAreGrouped() throws Exception {
        String wire = "The central bank raised its key rate by a quarter point to 4.75 percent on Thursday, its third increase this year.";
        Article a = cleaned("a1", wire + "\n\nAnalysts had expected the move after inflation rose in March.");
        Article b = cleaned("a2", "Markets barely moved.\n\n" + wire.replace("Thursday", "Thursday,").replace("this year", "so far this year"));
        Article c = cleaned("a3", "Pensioners' groups criticised the decision, saying savers were not being protected at all.");
        Story s = new RepeatedParagraphsStage().apply(Story.of("s1", List.of(a, b, c)));
        assertEquals(1, s.repeatedParagraphs().size(), s.repeatedParagraphs().toString());
        ParagraphGroup g = s.repeatedParagraphs().get(0);
        assertEquals(List.of("a1", "a2"), g.articles());
    }
}
