package org.newsfuse.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented news: two similar events, each with people of its own, stay two stories; one event keeps its cast. */
class CastsTest {
    static final LocalDate D = EventEvidenceTest.D;

    /** Two clubs' offers to one free agent, two days apart: the same words, the same player, two clubs' people. */
    static List<ClusterDocument> twoOffers() {
        List<ClusterDocument> d = new ArrayList<>();
        String[][] clubs = {
            {"Harbor City Gulls", "Lena Voss"},
            {"Northfield Rams", "Otto Brandt"}};
        for (int k = 0; k < 2; k++) {
            String club = clubs[k][0];
            String gm = clubs[k][1];
            LocalDate day = D.plusDays(2 * k);
            List<String> names = List.of("Rafael Moreno", club, gm);
            d.add(new ClusterDocument(club + " make offer to Moreno", "The " + club + " have made an eight-year offer to "
                    + "free agent first baseman Rafael Moreno, general manager " + gm + " confirmed. The offer is believed "
                    + "to be worth at least 160 million dollars.", day, names));
            d.add(new ClusterDocument("Moreno weighs " + club + " offer", gm + " said the " + club + " eight-year offer "
                    + "to Rafael Moreno stands; the free agent first baseman and his agent are expected to answer within "
                    + "days.", day.plusDays(1), names));
            d.add(new ClusterDocument(club + " bid for Moreno", "Free agent first baseman Rafael Moreno met " + gm
                    + " of the " + club + " to discuss an eight-year offer worth 160 million dollars, his agent said.",
                    day.plusDays(2), names));
        }
        return d;
    }

    @Test
    void twoClubsOffersToOnePlayerAreTwoStories() {
        StoryClusterer.Options o = StoryClusterer.Options.defaults();
        StoryClusterer.Result r = new StoryClusterer(o).cluster(twoOffers());
        assertEquals(r.event()[0], r.event()[2]);
        assertEquals(r.event()[3], r.event()[5]);
        assertNotEquals(r.event()[0], r.event()[3], "each club's offer has its own general manager and club: two stories");
        // what keeps them apart: without the casts, average link joins them on their words and the player
        StoryClusterer.Result off = new StoryClusterer(o.withCastShare(2)).cluster(twoOffers());
        assertEquals(off.event()[0], off.event()[3], "without the casts the two offers are one story");
    }

    @Test
    void oneEventWhoseLaterArticlesAddPeopleKeepsItsCast() {
        // the storm: every article names Kestrel and Marrow Bay; later ones add volunteers and insurers
        List<ClusterDocument> d = new ArrayList<>();
        List<ClusterDocument> storm = EventEvidenceTest.storm();
        for (int i = 0; i < storm.size(); i++) {
            ClusterDocument c = storm.get(i);
            List<String> names = i < 3 ? List.of("Kestrel", "Marrow Bay", "Ilse Varga")
                    : List.of("Kestrel", "Marrow Bay", "Ilse Varga", "Red Crescent Relief");
            d.add(new ClusterDocument(c.title(), c.text(), c.date(), names));
        }
        StoryClusterer.Result r = new StoryClusterer(StoryClusterer.Options.defaults()).cluster(d);
        assertEquals(1, r.events(), "a developing event keeps its cast: one story");
    }
}
