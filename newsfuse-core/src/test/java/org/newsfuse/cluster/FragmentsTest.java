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
}
