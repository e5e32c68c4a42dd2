package org.newsfuse.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The auditor's own reading of text, on invented sentences: where it split, stopped and matched wrongly before. */
class StrictTextTest {
    @Test
    void wireQuotesOpenASentenceAndAbbreviationsDoNotEndOne() {
        List<String> s = StrictText.sentences("Gen. Ivo Marrek said 400 soldiers were ready. ``We need boats,'' he said. "
                + "``The river is too high.'' A warning was issued. A complaint unsealed Sept. 25 in a U.S. court "
                + "names him. He left on Nov. 3. Then he went home.");
        assertEquals(List.of("Gen. Ivo Marrek said 400 soldiers were ready.", "``We need boats,'' he said.",
                "``The river is too high.''", "A warning was issued.",
                "A complaint unsealed Sept. 25 in a U.S. court names him.", "He left on Nov. 3.", "Then he went home."), s);
    }

    @Test
    void functionWordsAreNoContent() {
        assertEquals(List.of("asked", "mayor", "resign"), StrictText.words("How they asked him, the mayor, to resign, "
                + "each of them, against both of us"));
    }

    @Test
    void oneLetterApartIsOneWordOnlyInASpellingAlternation() {
        assertTrue(StrictText.same("defenc", "defens"), "defence/defense");
        assertTrue(StrictText.same("sergey", "sergei"), "Sergey/Sergei");
        assertTrue(StrictText.same("colour", "color"), "colour/color");
        assertTrue(StrictText.same("rebel", "rebels"), "a word form");
        assertTrue(StrictText.same("polici", "policy"), "the crude stem of policies");
        assertFalse(StrictText.same("count", "court"));
        assertFalse(StrictText.same("police", "policy"));
        assertFalse(StrictText.same("change", "charge"));
        assertFalse(StrictText.same("former", "farmer"));
        assertFalse(StrictText.same("cannot", "cannon"));
    }

    @Test
    void namesOneEditApartStillMatch() {
        List<String> needle = StrictText.words("Abdullah spoke");
        List<String> hay = StrictText.words("Abdallah spoke");
        assertEquals(1, StrictText.count(needle, hay), "only 'spoke' without knowing they are names");
        assertEquals(2, StrictText.count(needle, hay, Set.of("abdull", "abdall")), "two transliterations of one name");
        assertEquals(1, StrictText.count(StrictText.words("the former chief"), StrictText.words("the farmer chief"),
                Set.of("chief")), "common words are no names");
    }
}
