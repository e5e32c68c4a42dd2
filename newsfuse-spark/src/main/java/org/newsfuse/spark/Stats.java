package org.newsfuse.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsfuse.cluster.CorpusStats;
import org.newsfuse.cluster.FeatureExtractor;
import scala.Tuple2;

/**
 * The input's term statistics ({@link CorpusStats}) counted over the cluster in one pass over the
 * documents' features: each site's navigation terms (per source, terms in more than the clusterer's
 * share of its documents) and the document frequency of every other term, kept from two documents up (a term in one document links
 * nothing). Every block is then weighed as the whole input is, so a block's clustering sees the
 * similarities a single run sees.
 */
final class Stats {
    private Stats() {
    }

    private static final char WORD = 'w';
    private static final char NAME = 'n';

    static CorpusStats of(JavaSparkContext jsc, JavaPairRDD<Integer, Doc> reps, JobOptions o, long documents) {
        Map<String, Long> bySite = new HashMap<>(reps.map(t -> t._2().source()).filter(s -> s != null && !s.isBlank())
                .countByValue());
        Broadcast<Map<String, Long>> bSites = jsc.broadcast(bySite);
        double share = o.engineOptions().clustering().options().siteShare();
        // one pass over the features: each (site, term) counted; a site's navigation terms are those
        // whose count passes the site's share, the other counts add up to the terms' document frequency
        JavaPairRDD<Tuple2<String, String>, Integer> counts = reps.flatMapToPair(t -> {
            List<Tuple2<Tuple2<String, String>, Integer>> out = new ArrayList<>();
            String s = t._2().source() == null ? "" : t._2().source();
            FeatureExtractor.Features f = CorpusStats.features(t._2().document(), o.engineOptions().clustering().options());
            f.words().keySet().forEach(w -> out.add(new Tuple2<>(new Tuple2<>(s, WORD + w), 1)));
            f.names().keySet().forEach(w -> out.add(new Tuple2<>(new Tuple2<>(s, NAME + w), 1)));
            return out.iterator();
        }).reduceByKey(Integer::sum).persist(StorageLevel.MEMORY_AND_DISK());
        Map<Tuple2<String, String>, Integer> siteTerms = counts.filter(t -> siteTerm(bSites.value(), t, share)).collectAsMap();
        Map<String, Integer> df = counts.filter(t -> !siteTerm(bSites.value(), t, share))
                .mapToPair(t -> new Tuple2<>(t._1()._2(), t._2()))
                .reduceByKey(Integer::sum).filter(t -> t._2() >= 2).collectAsMap();
        counts.unpersist();
        bSites.destroy();
        HashMap<String, Set<String>> siteWords = new HashMap<>();
        HashMap<String, Set<String>> siteNames = new HashMap<>();
        siteTerms.keySet().forEach(k -> (k._2().charAt(0) == WORD ? siteWords : siteNames)
                .computeIfAbsent(k._1(), x -> new HashSet<>()).add(k._2().substring(1)));
        HashMap<String, Integer> words = new HashMap<>();
        HashMap<String, Integer> names = new HashMap<>();
        df.forEach((k, v) -> (k.charAt(0) == WORD ? words : names).put(k.substring(1), v));
        return new CorpusStats(documents, words, names, siteWords, siteNames);
    }

    /** Whether a counted (site, term) is that site's navigation (a site with no name has none). */
    private static boolean siteTerm(Map<String, Long> bySite, Tuple2<Tuple2<String, String>, Integer> t, double share) {
        Long docs = bySite.get(t._1()._1());
        return docs != null && CorpusStats.isSiteTerm(t._2(), docs, share);
    }
}
