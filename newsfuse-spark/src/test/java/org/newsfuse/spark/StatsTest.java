package org.newsfuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.cluster.CorpusStats;
import scala.Tuple2;

/** The term statistics counted on local[2] equal the ones a single run counts in memory. */
class StatsTest {
    @Test
    void sameStatisticsAsInMemory() {
        List<ClusterDocument> docs = new ArrayList<>();
        String[] topics = {"ferry strike closes the northern harbour", "glacier museum opens a winter wing",
            "council votes on the tram extension", "orchard growers report a late frost"};
        for (int i = 0; i < 24; i++) {
            // one site puts its menu words on every page, another has too few pages to have any
            String site = i % 3 == 0 ? "quaytimes.example" : i % 3 == 1 ? "valleypost.example" : null;
            String menu = "quaytimes.example".equals(site) ? "Subscribe Crosswords Obituaries. " : "";
            String body = menu + topics[i % 4] + " as officials in Lowmere said on day " + (i % 5) + ". "
                    + topics[(i + 1) % 4] + " again.";
            docs.add(new ClusterDocument("Report " + i + ": " + topics[i % 4], body, LocalDate.of(2026, 3, 1 + i % 9),
                    List.of(i % 2 == 0 ? "Lowmere" : "Brackton"), site));
        }
        docs.add(new ClusterDocument("Lone item", "Quay pages mention Subscribe once here.", null, List.of(), "tiny.example"));
        JobOptions o = JobOptions.of(List.of("in"), "out");
        CorpusStats expected = CorpusStats.of(docs, o.engineOptions().clustering().options());
        SparkSession spark = SparkCommand.localSession("local[2]");
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<Tuple2<Integer, Doc>> pairs = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                pairs.add(new Tuple2<>(i, Doc.of(docs.get(i))));
            }
            JavaPairRDD<Integer, Doc> reps = jsc.parallelizePairs(pairs, 3);
            CorpusStats got = Stats.of(jsc, reps, o, docs.size());
            assertFalse(expected.words().isEmpty());
            assertTrue(expected.siteWords().containsKey("quaytimes.example"), "the fixture has a site with menu words");
            assertEquals(expected.documents(), got.documents());
            // the cluster keeps terms of two documents up and sites with navigation terms only
            assertEquals(fromTwo(expected.words()), got.words());
            assertEquals(fromTwo(expected.names()), got.names());
            assertEquals(nonEmpty(expected.siteWords()), got.siteWords());
            assertEquals(nonEmpty(expected.siteNames()), got.siteNames());
        } finally {
            spark.stop();
        }
    }

    private static Map<String, Integer> fromTwo(Map<String, Integer> df) {
        Map<String, Integer> out = new HashMap<>(df);
        out.values().removeIf(v -> v < 2);
        return out;
    }

    private static Map<String, Set<String>> nonEmpty(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new HashMap<>(m);
        out.values().removeIf(Set::isEmpty);
        return out;
    }
}
