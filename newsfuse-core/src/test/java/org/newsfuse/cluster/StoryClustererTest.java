package org.newsfuse.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented events: two floods at different towns and dates, and a port strike, each told by three outlets. */
class StoryClustererTest {
    static final LocalDate MAY1 = LocalDate.of(2025, 5, 1);
    static final LocalDate MAY20 = LocalDate.of(2025, 5, 20);

    static List<ClusterDocument> corpus() {
        List<ClusterDocument> d = new ArrayList<>();
        // event A: flood in Brennick, 1 May
        d.add(new ClusterDocument("Floods hit Brennick", "The river Aln burst its banks in Brennick on Thursday, "
                + "flooding 300 homes. Mayor Tobias Ferle said the Brennick fire service rescued 40 people from roofs. "
                + "Rain is forecast to ease on Friday.", MAY1));
        d.add(new ClusterDocument("Brennick under water", "Hundreds of homes in Brennick were flooded when the Aln "
                + "rose overnight. Ferle, the mayor, thanked the fire service of Brennick for rescuing dozens of residents "
                + "trapped on their roofs.", MAY1.plusDays(1)));
        d.add(new ClusterDocument("Aln floods Brennick", "Residents of Brennick began cleaning up on Friday after the "
                + "Aln flood damaged 300 houses. Tobias Ferle said the town would ask for national disaster funds.",
                MAY1.plusDays(1)));
        // event B: a different flood in Ostmere, 20 May
        d.add(new ClusterDocument("Floods hit Ostmere", "The river Vessa burst its banks in Ostmere on Tuesday, "
                + "flooding 120 homes. Mayor Ada Kolbe said the Ostmere fire service rescued 15 people from cars. "
                + "Rain is forecast to ease on Wednesday.", MAY20));
        d.add(new ClusterDocument("Ostmere flooded", "The Vessa flooded streets of Ostmere overnight. Ada Kolbe, the "
                + "mayor, said Ostmere's fire crews had pulled drivers from stranded cars.", MAY20));
        d.add(new ClusterDocument("Vessa floods Ostmere", "Ostmere counted damage to 120 homes after the Vessa flood; "
                + "Kolbe asked for sandbags and pumps from the region.", MAY20.plusDays(1)));
        // event C: port strike in Tellmar, 2 May
        d.add(new ClusterDocument("Tellmar dock strike", "Dock workers in Tellmar walked out on Friday over pay, "
                + "union leader Piet Ansel said, halting container handling at the northern basin.", MAY1.plusDays(1)));
        d.add(new ClusterDocument("Strike stops Tellmar port", "Container cranes stood still in Tellmar as the dockers' "
                + "union led by Piet Ansel began a two-day strike over wages.", MAY1.plusDays(1)));
        d.add(new ClusterDocument("Tellmar dockers strike", "Piet Ansel told striking dock workers at the Tellmar "
                + "northern basin that the union wanted a pay deal that kept pace with prices.", MAY1.plusDays(2)));
        return d;
    }

    static final int[] EXPECTED = {0, 0, 0, 1, 1, 1, 2, 2, 2};

    @Test
    void batchFindsTheThreeEventsAndKeepsTheTwoFloodsApart() {
        StoryClusterer.Result r = new StoryClusterer(StoryClusterer.Options.defaults()).cluster(corpus());
        assertArrayEquals(EXPECTED, r.event());
        assertEquals(3, r.events());
    }

    @Test
    void streamingAgreesWithBatch() {
        StoryClusterer.Result r = new StoryClusterer(StoryClusterer.Options.defaults().withMode(StoryClusterer.Mode.STREAM))
                .cluster(corpus());
        assertArrayEquals(EXPECTED, r.event());
    }

    @Test
    void theSameReportFarApartInTimeIsTwoStories() {
        ClusterDocument a = corpus().get(6);
        List<ClusterDocument> docs = new ArrayList<>(corpus());
        docs.add(new ClusterDocument(a.title(), a.text(), a.date().plusDays(60)));
        for (StoryClusterer.Mode m : StoryClusterer.Mode.values()) {
            StoryClusterer.Result r = new StoryClusterer(StoryClusterer.Options.defaults().withMode(m)).cluster(docs);
            assertNotEquals(r.event()[6], r.event()[9], m + ": a story goes quiet; two months later is a new event");
        }
    }

    @Test
    void withoutDatesTheSameReportIsOneStory() {
        ClusterDocument a = corpus().get(6);
        List<ClusterDocument> docs = List.of(new ClusterDocument(a.title(), a.text(), null),
                new ClusterDocument(a.title(), a.text(), null), corpus().get(0));
        StoryClusterer.Result r = new StoryClusterer(StoryClusterer.Options.defaults()).cluster(docs);
        assertArrayEquals(new int[] {0, 0, 1}, r.event());
    }

    @Test
    void topicsGroupEventsAtALowerThreshold() {
        StoryClusterer.Options o = StoryClusterer.Options.defaults().withTopicThreshold(0.0001);
        StoryClusterer.Result r = new StoryClusterer(o).cluster(corpus());
        assertArrayEquals(EXPECTED, r.event());
        assertTrue(r.topics() < r.events(), "a threshold near zero joins events that share words into topics");
        StoryClusterer.Result strict = new StoryClusterer(StoryClusterer.Options.defaults().withTopicThreshold(1.01))
                .cluster(corpus());
        assertArrayEquals(strict.event(), strict.topic(), "an unreachable threshold leaves one topic per event");
    }

    @Test
    void embeddingsBlendIntoTheSimilarity() {
        // a toy embedder that tells floods (1,0) from strikes (0,1)
        Embedder toy = new Embedder() {
            @Override
            public List<float[]> embed(List<String> texts) {
                List<float[]> out = new ArrayList<>();
                for (String t : texts) {
                    out.add(t.contains("flood") || t.contains("Flood") ? new float[] {1, 0} : new float[] {0, 1});
                }
                return out;
            }

            @Override
            public String name() {
                return "toy";
            }
        };
        StoryClusterer.Options o = StoryClusterer.Options.defaults().withEmbeddingWeight(0.5).withEventThreshold(0.55);
        assertArrayEquals(EXPECTED, new StoryClusterer(o, toy).cluster(corpus()).event());
    }

    @Test
    void averageLinkArithmetic() {
        // 0-1 strongly linked, 2 linked to 1 only: mean link of {0,1} to 2 is (0 + 0.6) / 2 = 0.3
        List<AverageLink.Edge> edges = List.of(new AverageLink.Edge(0, 1, 0.9), new AverageLink.Edge(1, 2, 0.6));
        assertArrayEquals(new int[] {0, 0, 1}, AverageLink.cluster(new int[] {1, 1, 1}, edges, 0.31));
        assertArrayEquals(new int[] {0, 0, 0}, AverageLink.cluster(new int[] {1, 1, 1}, edges, 0.29));
    }
}
