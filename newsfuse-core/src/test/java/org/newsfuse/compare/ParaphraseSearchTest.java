package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.Article;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.OutletCoverage;
import org.newsfuse.model.Story;
import org.newsfuse.text.StoryVectors;

/**
 * The coverage search's rules, each on invented articles: a fact told over three sentences of
 * another article makes the search unsure (so no claim is made), and numbers are read as values
 * ("three" is "3").
 */
class ParaphraseSearchTest {
    private static double total(StoryVectors.Unit w) {
        return w.terms().weights().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static List<StoryVectors.Unit> of(List<StoryVectors.Unit> units, Article a) {
        List<StoryVectors.Unit> out = new ArrayList<>();
        for (StoryVectors.Unit u : units) {
            if (u.article() == a) {
                out.add(u);
            }
        }
        return out;
    }

    @Test
    void aFactToldOverThreeSentencesMakesTheSearchUnsure() {
        List<Article> arts = CompareStageTest.articles(
                "Valley Post", "2024-06-03",
                "The Alvik Group shut its Karsten steel mill in Velmo on Monday, ending nine hundred jobs after six years "
                        + "of losses.",
                "River Times", "2024-06-03",
                "Rain fell on the harbour for most of the morning.\n\n"
                        + "The Alvik Group made its decision public.\n\n"
                        + "The Karsten mill is now a museum piece, people said.\n\n"
                        + "Velmo has lost its biggest source of jobs.\n\n"
                        + "Ferries to the islands ran late because of the wind.");
        List<StoryVectors.Unit> units = StoryVectors.of(arts);
        StoryVectors.Unit w = of(units, arts.get(0)).get(0);
        List<StoryVectors.Unit> other = of(units, arts.get(1));
        double two = 0;
        for (int i = 0; i + 1 < other.size(); i++) {
            two = Math.max(two, ParaphraseMatcher.held(w, other.subList(i, i + 2), total(w))[0]);
        }
        double three = ParaphraseMatcher.held(w, other.subList(1, 4), total(w))[0];
        assertTrue(two < ParaphraseMatcher.UNSURE, "no two sentences hold enough of it: " + two);
        assertTrue(three >= ParaphraseMatcher.UNSURE, "three sentences in a row do: " + three);
        ParaphraseMatcher.Match m = ParaphraseMatcher.search(List.of(w), other, Map.of());
        assertEquals(ParaphraseMatcher.Verdict.UNSURE, m.verdict(), "told over three sentences: unsure, no claim");
    }

    @Test
    void anOutletThatTellsTheFactOverThreeSentencesIsNotSaidToLeaveItOut() {
        Story s = ClaimsTruthTest.story(
                "Valley Post", "2024-06-03",
                "The Alvik Group shut its Karsten steel mill in Velmo on Monday, ending nine hundred jobs after six years "
                        + "of losses.\n\n"
                        + "Ferries to the islands ran late because of the wind.",
                "Hill Courier", "2024-06-03",
                "On Monday the Alvik Group shut the Karsten steel mill in Velmo after six years of losses, ending nine "
                        + "hundred jobs.\n\n"
                        + "Ferries to the islands were late in the wind.",
                "River Times", "2024-06-03",
                "Rain fell on the harbour for most of the morning.\n\n"
                        + "The Alvik Group made its decision public.\n\n"
                        + "The Karsten steel mill is now a museum piece, people said, a place for tourists to visit.\n\n"
                        + "Velmo has lost its biggest source of jobs.\n\n"
                        + "Ferries to the islands ran late because of the wind.",
                "Lake Gazette", "2024-06-03",
                "The Alvik Group shut the Karsten steel mill in Velmo on Monday after six years of losses, ending nine "
                        + "hundred jobs.\n\n"
                        + "The Alvik Group, which also runs the Velmo ferry line, said its boats ran late in the wind.\n\n"
                        + "Karsten Street was closed on Monday for repairs to the steel bridge, the port said.",
                "Bay News", "2024-06-03",
                "Rain fell on the harbour for most of the morning.\n\n"
                        + "Ferries to the islands ran late because of the wind, the port said.");
        Comparison c = s.comparison();
        OutletCoverage lake = c.outlets().stream().filter(o -> o.outlet().equals("Bay News")).findFirst().orElseThrow();
        OutletCoverage river = c.outlets().stream().filter(o -> o.outlet().equals("River Times")).findFirst().orElseThrow();
        assertTrue(lake.omissions().stream().anyMatch(id -> c.fact(id).text().contains("Karsten")),
                "an outlet that never speaks of the mill leaves it out: " + c.outlets());
        for (String id : river.omissions()) {
            assertFalse(c.fact(id).text().contains("Karsten"), "River Times tells it over three sentences: " + c.fact(id).text());
        }
    }

    @Test
    void aDemonymIsItsCountry() {
        List<Article> arts = CompareStageTest.articles(
                "Valley Post", "2024-06-03", "Police held the banker at the request of a Spanish judge.",
                "River Times", "2024-06-03", "Police held the banker after a request from Spain.");
        List<StoryVectors.Unit> units = StoryVectors.of(arts);
        StoryVectors.Unit demonym = of(units, arts.get(0)).get(0);
        StoryVectors.Unit country = of(units, arts.get(1)).get(0);
        String spanish = demonym.terms().weights().keySet().stream().filter(t -> t.startsWith("spanish")).findFirst()
                .orElseThrow(() -> new AssertionError("no term for Spanish: " + demonym.terms().weights()));
        assertTrue(ParaphraseMatcher.holds(country, spanish), "Spain holds Spanish: " + country.terms().weights());
        assertFalse(ParaphraseMatcher.holds(country, "portugues"), "another country's demonym");
        assertFalse(ParaphraseMatcher.holds(demonym, "banker") && !demonym.terms().weights().containsKey("banker"));
    }

    @Test
    void numbersAreReadAsValues() {
        assertEquals(3, ParaphraseMatcher.number("three"));
        assertEquals(20, ParaphraseMatcher.number("twenti"), "the stem of twenty");
        assertEquals(12, ParaphraseMatcher.number("twelv"), "the stem of twelve");
        assertEquals(1200, ParaphraseMatcher.number("1,200"));
        assertTrue(Double.isNaN(ParaphraseMatcher.number("2d")), "no Java float suffix read as a number");
        assertTrue(Double.isNaN(ParaphraseMatcher.number("infinity")));
        assertTrue(Double.isNaN(ParaphraseMatcher.number("one")), "'one' is as often a pronoun as a number");
        List<Article> arts = CompareStageTest.articles(
                "Valley Post", "2024-06-03", "Twelve fishing boats sank near Orlo.",
                "River Times", "2024-06-03", "Near Orlo 12 fishing boats sank.");
        List<StoryVectors.Unit> units = StoryVectors.of(arts);
        StoryVectors.Unit words = of(units, arts.get(0)).get(0);
        StoryVectors.Unit digits = of(units, arts.get(1)).get(0);
        assertTrue(ParaphraseMatcher.holds(digits, "twelv"), "the digits hold the word: " + digits.terms().weights());
        assertTrue(ParaphraseMatcher.holds(words, "12"), "the word holds the digits: " + words.terms().weights());
        assertFalse(ParaphraseMatcher.holds(words, "13"));
        assertEquals(1.0, ParaphraseMatcher.held(words, List.of(digits), total(words))[0], 1e-9);
    }
}
