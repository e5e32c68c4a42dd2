package org.newsfuse.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsfuse.TestArticles;
import org.newsfuse.model.Article;
import org.newsfuse.model.Token;

class EnglishCheckTest {
    private static final String ENGLISH = "The council of Porto Alban said on Monday that the new bridge over the "
            + "river would open in the spring, after two years of work that had been delayed by floods. Its mayor, "
            + "who has led the town since the last election, told reporters that the cost was higher than planned "
            + "but that the bridge would carry more traffic than the old one. Residents have waited for it.";
    private static final String GERMAN = "Der Stadtrat von Porto Alban hat am Montag mitgeteilt, dass die neue "
            + "Brücke über den Fluss im Frühjahr eröffnet wird, nach zwei Jahren Arbeit, die sich durch Hochwasser "
            + "verzögert hat. Die Bürgermeisterin, die die Stadt seit der letzten Wahl führt, sagte, die Kosten "
            + "seien höher als geplant, aber die Brücke werde mehr Verkehr tragen als die alte. Die Anwohner "
            + "haben lange darauf gewartet und sind froh, dass es nun vorangeht.";
    private static final String FRENCH = "Le conseil de Porto Alban a annoncé lundi que le nouveau pont sur la "
            + "rivière ouvrira au printemps, après deux ans de travaux retardés par les crues. La maire, qui dirige "
            + "la ville depuis la dernière élection, a dit que le coût est plus élevé que prévu mais que le pont "
            + "portera plus de trafic que l'ancien. Les habitants l'attendent depuis longtemps et sont contents.";
    private static final String INVENTED = "Ardre enka sundre kelbelzor danar halbra wendredre ostlowen quazorost "
            + "endreen vepa belnu enmor halsardan arar zoros ardre relpa kadrewen zorrel nuvil gahalos pates mortor "
            + "halkel paoska ardre wenpanu pabraga dremi enfin dredre vevil wenfin ostosvil rello wenossun arbelwen "
            + "kelvear osmor testes kanufin kelkel keltormor gafinqua lori paqua braqua rihal morka sunlyly lori.";

    @Test
    void englishIsEnglishWhateverThePageDeclares() {
        assertTrue(EnglishCheck.isEnglish(ENGLISH, null));
        assertTrue(EnglishCheck.isEnglish(ENGLISH, "de"));
    }

    @Test
    void otherLanguagesAreNotEnglish() {
        assertFalse(EnglishCheck.isEnglish(GERMAN, null));
        assertFalse(EnglishCheck.isEnglish(FRENCH, "fr"));
        assertFalse(EnglishCheck.isEnglish(FRENCH, null));
    }

    @Test
    void wordsOfNoKnownLanguageCountAsEnglishUnlessThePageSaysOtherwise() {
        assertTrue(EnglishCheck.isEnglish(INVENTED, null));
        assertTrue(EnglishCheck.isEnglish(INVENTED, "en"));
        assertFalse(EnglishCheck.isEnglish(INVENTED, "pl"));
    }

    @Test
    void anotherScriptIsNotEnglish() {
        String greek = "Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει την άνοιξη ".repeat(4);
        assertFalse(EnglishCheck.isEnglish(greek, null));
    }

    @Test
    void aShortTextCountsAsEnglish() {
        assertTrue(EnglishCheck.isEnglish("Der Stadtrat hat am Montag getagt und die Brücke eröffnet.", "de"));
    }

    @Test
    void anArticleNotInEnglishKeepsItsTokensUntagged() {
        Article tagged = TestArticles.of(GERMAN).get(0);
        assertTrue(tagged.sentences().size() >= 3);
        for (var s : tagged.sentences()) {
            for (Token t : s.tokens()) {
                assertNull(t.pos(), t.text());
                assertNotNull(t.stem());
            }
        }
        Article en = TestArticles.of(ENGLISH).get(0);
        assertEquals("PROPN", en.sentences().get(0).tokens().stream().filter(t -> t.text().equals("Alban"))
                .findFirst().orElseThrow().pos());
        // clustering takes no names from the English mention finder on an untagged article
        assertTrue(org.newsfuse.engine.Engine.names(tagged).isEmpty());
        assertFalse(org.newsfuse.engine.Engine.names(en).isEmpty(), "names of the English article");
    }
}
