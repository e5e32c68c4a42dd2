package org.newsfuse.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented news: what keeps one developing event together and similar events, other eras and one site's pages apart. */
class EventEvidenceTest {
    static final LocalDate D = LocalDate.of(2025, 9, 2);

    static StoryClusterer.Result cluster(List<ClusterDocument> docs) {
        return new StoryClusterer(StoryClusterer.Options.defaults()).cluster(docs);
    }

    /** Storm Kestrel over eight days: warning, landfall, toll, aid, rebuilding: the words change, the names stay. */
    static List<ClusterDocument> storm() {
        List<ClusterDocument> d = new ArrayList<>();
        d.add(new ClusterDocument("Storm Kestrel heads for Marrow Bay", "Forecasters warned on Tuesday that Storm Kestrel "
                + "would reach Marrow Bay by Thursday with winds near 150 km/h. Governor Ilse Varga ordered schools on the "
                + "Marrow Bay coast closed and asked fishing crews to stay in port.", D));
        d.add(new ClusterDocument("Kestrel makes landfall", "Kestrel came ashore at Marrow Bay on Thursday, tearing roofs "
                + "from houses and cutting power to 80,000 homes. Ilse Varga said the harbour wall had held but the old "
                + "pier was gone.", D.plusDays(2)));
        d.add(new ClusterDocument("Kestrel toll rises to 14", "Rescue teams in Marrow Bay found the bodies of four more "
                + "people on Saturday, bringing the toll of Storm Kestrel to 14. Governor Varga said 600 people were "
                + "still in shelters.", D.plusDays(4)));
        d.add(new ClusterDocument("Aid reaches Marrow Bay", "Trucks of water, tents and generators reached Marrow Bay on "
                + "Monday, five days after Kestrel. Varga thanked volunteers and said the Marrow Bay hospital was "
                + "running again on generators.", D.plusDays(6)));
        d.add(new ClusterDocument("Marrow Bay asks for rebuilding money", "Ilse Varga asked the national government on "
                + "Wednesday for 200 million to rebuild the Marrow Bay harbour and the houses Kestrel destroyed; "
                + "insurers put the damage at twice that.", D.plusDays(8)));
        return d;
    }

    @Test
    void aDevelopingEventWithChangingWordsStaysOneStory() {
        StoryClusterer.Result r = cluster(storm());
        assertEquals(1, r.events(), "the storm's five articles over eight days are one story");
    }

    @Test
    void twoFiresOfTheSameKindInDifferentPlacesStayApart() {
        List<ClusterDocument> d = new ArrayList<>();
        String[][] fires = {
            {"Dunmore", "Halvorsen Chemicals", "Chief Oren Blake"},
            {"Lisvane", "Teague Polymers", "Chief Mara Quist"}};
        for (int k = 0; k < 2; k++) {
            String town = fires[k][0];
            String firm = fires[k][1];
            String chief = fires[k][2];
            LocalDate day = D.plusDays(3 * k);
            d.add(new ClusterDocument("Fire at chemical plant in " + town, "A fire broke out at the " + firm + " plant in "
                    + town + " on Monday, sending black smoke over the town. " + chief + " said residents should keep "
                    + "windows closed while crews fought the blaze.", day));
            d.add(new ClusterDocument(town + " plant fire under control", "Firefighters brought the blaze at the " + firm
                    + " chemical plant in " + town + " under control overnight. " + chief + " said no one was hurt and "
                    + "the smoke posed no lasting danger.", day.plusDays(1)));
            d.add(new ClusterDocument("Questions after " + town + " chemical fire", "Residents of " + town + " asked how "
                    + "the fire at " + firm + " started; " + chief + " said investigators would inspect the storage "
                    + "tanks at the chemical plant.", day.plusDays(1)));
        }
        StoryClusterer.Result r = cluster(d);
        assertEquals(r.event()[0], r.event()[1]);
        assertEquals(r.event()[0], r.event()[2]);
        assertEquals(r.event()[3], r.event()[4]);
        assertEquals(r.event()[3], r.event()[5]);
        assertNotEquals(r.event()[0], r.event()[3], "two fires in two towns are two stories");
    }

    @Test
    void anUndatedArticleFromAnotherDecadeDoesNotJoin() {
        List<ClusterDocument> d = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 3, 12);
        d.add(new ClusterDocument("Norland peace talks resume", "Peace talks between the Norland government and the "
                + "eastern rebels resumed in Geneva on Tuesday. Foreign Minister Cara Holt said a ceasefire along the "
                + "eastern border could be signed within weeks.", day));
        d.add(new ClusterDocument("Norland ceasefire in reach", "Cara Holt told reporters in Geneva that the rebels had "
                + "accepted a ceasefire line along the eastern border; the Norland peace talks continue on Thursday.",
                day.plusDays(1)));
        d.add(new ClusterDocument("Rebels weigh Norland offer", "Rebel negotiators in Geneva said they would answer "
                + "Norland's ceasefire offer after the peace talks on Thursday, Holt said.", day.plusDays(1)));
        // undated, names its own years: 1994
        d.add(new ClusterDocument(null, "Peace talks between the Norland government and the eastern rebels opened in "
                + "Geneva in May 1994. Foreign Minister Egon Lasz said a ceasefire along the eastern border was the first "
                + "aim of the peace talks.", null));
        // undated, no year, other people: only the vocabulary is shared
        d.add(new ClusterDocument(null, "Peace talks between the government and the eastern rebels in Geneva stalled. "
                + "Minister Egon Lasz and rebel commander Tibor Marsh blamed each other for the ceasefire breaking down "
                + "along the eastern border.", null));
        StoryClusterer.Result r = cluster(d);
        assertEquals(r.event()[0], r.event()[1]);
        assertEquals(r.event()[0], r.event()[2]);
        assertNotEquals(r.event()[0], r.event()[3], "an undated 1994 article is not the 2024 story");
        assertNotEquals(r.event()[0], r.event()[4], "an undated article sharing only words is not the dated story");
    }

    @Test
    void oneSitesNavigationWordsDoNotMakeItsPagesAStory() {
        String nav = "Home | News | Sport | Weather | Business | Subscribe | Sign in | Newsletter | Riverpost Live\n\n";
        String foot = "\n\nRiverpost Media. Contact us. Advertise with us. Privacy policy. Cookie settings. Follow "
                + "Riverpost on social media.";
        String[] bodies = {
            "A new bakery opened on Quay Street on Saturday, selling rye loaves baked in a wood oven by Anja Teller.",
            "Harrowgate Rovers beat Elmford United 2-1 on Sunday with a late goal from striker Danny Osei.",
            "The town council voted on Tuesday to close the Mill Lane car park for repairs until the spring.",
            "Heavy rain is expected on Thursday; the Met office warned drivers about flooding on the coast road."};
        List<ClusterDocument> d = new ArrayList<>();
        for (String b : bodies) {
            d.add(new ClusterDocument(null, nav + b + foot, D, List.of(), "riverpost.example"));
        }
        StoryClusterer.Result r = cluster(d);
        assertEquals(4, r.events(), "four unrelated pages of one site are four stories");
    }
}
