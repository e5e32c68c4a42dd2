package org.newsfuse.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented news: short items and late side articles join their story by its centroid; other events' items do not. */
class FragmentsTest {
    static final LocalDate D = EventEvidenceTest.D;

    static StoryClusterer.Result cluster(List<ClusterDocument> docs, StoryClusterer.Options o) {
        return new StoryClusterer(o).cluster(docs);
    }

    /**
     * A brief about Storm Kestrel's aftermath: each of its few words is in one or two of the
     * story's articles, so it resembles each a little and the story as a whole a lot.
     */
    static ClusterDocument brief(LocalDate day) {
        return new ClusterDocument(null, "Kestrel update: shelters emptying, generators off, harbour wall inspected.", day);
    }

    /** The storm's articles with the names an entities stage finds in them. */
    static List<ClusterDocument> namedStorm() {
        List<ClusterDocument> d = new ArrayList<>();
        for (ClusterDocument c : EventEvidenceTest.storm()) {
            d.add(new ClusterDocument(c.title(), c.text(), c.date(), List.of("Kestrel", "Marrow Bay", "Ilse Varga")));
        }
        return d;
    }

    @Test
    void aShortBriefJoinsItsStoryByTheStorysCentroid() {
        List<ClusterDocument> d = new ArrayList<>(EventEvidenceTest.storm());
        d.add(brief(D.plusDays(9)));
        StoryClusterer.Options on = StoryClusterer.Options.defaults();
        StoryClusterer.Result r = cluster(d, on);
        assertEquals(1, r.events(), "the brief names the storm, its governor and its bay: one story");
        // what does it: average link alone leaves the brief apart (it resembles each article a little)
        StoryClusterer.Result off = cluster(d, on.withAttachThreshold(2));
        assertNotEquals(off.event()[0], off.event()[5], "without the fragment pass the brief is a story of its own");
    }

    @Test
    void aBriefAboutAnotherStormOfTheSameKindStaysApart() {
        List<ClusterDocument> d = namedStorm();
        d.add(new ClusterDocument(null, "Storm Petrel brought winds near 150 km/h to the Salt Reach coast on Thursday; "
                + "Mayor Jon Aske closed the harbour and schools.", D.plusDays(3), List.of("Petrel", "Salt Reach", "Jon Aske")));
        StoryClusterer.Result r = cluster(d, StoryClusterer.Options.defaults());
        assertNotEquals(r.event()[0], r.event()[5], "another storm in another place is another story");
    }

    @Test
    void aDatedBriefDoesNotJoinAnUndatedStoryFromAnotherEra() {
        // the storm reported without dates, naming its year: 1987
        List<ClusterDocument> d = new ArrayList<>();
        for (ClusterDocument c : EventEvidenceTest.storm()) {
            d.add(new ClusterDocument(c.title(), c.text() + " The storm season of 1987 was the worst in memory.", null));
        }
        d.add(brief(D.plusDays(9)));
        StoryClusterer.Result r = cluster(d, StoryClusterer.Options.defaults());
        assertEquals(r.event()[0], r.event()[4]);
        assertNotEquals(r.event()[0], r.event()[5], "a dated 2025 brief is not the undated 1987 storm's");
    }

    /** A vector built on demand (fixtures of other tests). */
    interface VectorOf {
        SparseVector get();
    }

    /** A unit vector over term ids 0, 1, 2 ... with these weights (0: the town's name, 1-4: the fire's words, 5-7: others). */
    static SparseVector v(double... w) {
        java.util.Map<Integer, Double> m = new java.util.HashMap<>();
        for (int k = 0; k < w.length; k++) {
            if (w[k] > 0) {
                m.put(k, w[k]);
            }
        }
        return SparseVector.normalised(m, 200);
    }

    /**
     * A developed story (four articles about a fire in one town: the town's name and the fire's
     * words) and a fifth document, as the fragment pass sees them; names: the town (id 0) and the
     * plant's firm (id 1) in every story article, the fifth document's as given.
     */
    static int[] attach(SparseVector fifthWords, SparseVector fifthNames) {
        SparseVector[] vec = {v(3, 2, 2, 1, 0), v(3, 2, 0, 2, 1), v(3, 1, 2, 0, 2), v(3, 0, 2, 2, 1), fifthWords};
        SparseVector[] names = {v(2, 1), v(2, 1), v(2, 1), v(2, 1), fifthNames};
        int day = (int) D.toEpochDay();
        int[] date = {day, day + 1, day + 1, day + 2, day + 2};
        StoryClusterer sc = new StoryClusterer(StoryClusterer.Options.defaults());
        StoryClusterer.Space sp = new StoryClusterer.Space(vec, names, new int[5][0], null, date, new int[] {2, 2, 2, 2, 2});
        int[] event = {0, 0, 0, 0, 1};
        return Fragments.attach(event, sp, sc, i -> i == 4 ? new int[] {0, 1, 2, 3} : new int[] {4},
                StoryClusterer.Options.defaults().attachThreshold());
    }

    @Test
    void anItemThatSharesOnlyTheTownsNameWithAStoryStaysApart() {
        // a council vote in the same town: the town's name, heavy in both, and one light word ("residents")
        int[] r = attach(v(3, 0, 0, 0, 0.4, 0, 2, 2), v(2, 0, 0, 1));
        assertEquals(1, r[4], "another event in the same town is another story");
    }

    @Test
    void anItemWhoseFewNamesAreTheStorysJoinsItByItsWords() {
        // a late brief about the fire: several of its words; of the story's names only the town, beside two
        // people of its own (names cosine 0.298: the second round's names gate of 0.3 left it out)
        int[] r = attach(v(1, 2, 2, 2, 0, 0, 0, 1), v(1, 0, 0, 2, 2));
        assertEquals(0, r[4], "a brief with the story's words and one of its names joins it");
    }

    /**
     * An undated story (four reports of this year's regional games that name the games' years) and
     * an undated fifth document with the story's words and names, naming the given years.
     */
    static int[] attachUndated(int... fifthYears) {
        SparseVector[] vec = {v(3, 2, 2, 1, 0), v(3, 2, 0, 2, 1), v(3, 1, 2, 0, 2), v(3, 0, 2, 2, 1), v(1, 2, 2, 2, 0, 0, 0, 1)};
        SparseVector[] names = {v(2, 1), v(2, 1), v(2, 1), v(2, 1), v(1, 1)};
        int u = TermIndex.UNDATED;
        int[][] years = {{1996, 2002}, {2002}, {}, {1999}, fifthYears};
        StoryClusterer sc = new StoryClusterer(StoryClusterer.Options.defaults());
        StoryClusterer.Space sp = new StoryClusterer.Space(vec, names, years, null, new int[] {u, u, u, u, u},
                new int[] {2, 2, 2, 2, 2});
        return Fragments.attach(new int[] {0, 0, 0, 0, 1}, sp, sc, i -> i == 4 ? new int[] {0, 1, 2, 3} : new int[] {4},
                StoryClusterer.Options.defaults().attachThreshold());
    }

    @Test
    void anUndatedItemRecallingHistoryJoinsItsUndatedStory() {
        // a report from the games that recalls a war half a century back: the years it names are
        // history, not when it was written (the rule before asked the latest years to be within 5)
        assertEquals(0, attachUndated(1947)[4], "naming only an earlier year says nothing against it");
        assertEquals(0, attachUndated(1947, 2001)[4]);
    }

    @Test
    void anUndatedItemNamingALaterEraStaysApart() {
        // the same words and names, but written at least in 2019: after anything the story names
        assertEquals(1, attachUndated(2010, 2019)[4], "a text naming 2019 is not a story of 2002");
    }
}
