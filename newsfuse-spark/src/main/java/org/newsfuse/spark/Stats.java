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
import org.newsfuse.cluster.CorpusStats;
import org.newsfuse.cluster.FeatureExtractor;
import scala.Tuple2;

/**
 * The input's term statistics ({@link CorpusStats}) counted over the cluster: each site's navigation
 * terms first (per source, terms in more than the clusterer's share of its documents), then the
 * document frequency of every other term, kept from two documents up (a term in one document links
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
        Map<Tuple2<String, String>, Integer> siteTerms = reps.flatMapToPair(t -> {
            List<Tuple2<Tuple2<String, String>, Integer>> out = new ArrayList<>();
            String s = t._2().source();
            Long docs = s == null ? null : bSites.value().get(s);
            if (docs == null || !CorpusStats.isSiteTerm(docs, docs, share)) {
                return out.iterator(); // a site too small to have navigation words
            }
            FeatureExtractor.Features f = CorpusStats.features(t._2().document(), o.engineOptions().clustering().options());
            f.words().keySet().forEach(w -> out.add(new Tuple2<>(new Tuple2<>(s, WORD + w), 1)));
            f.names().keySet().forEach(w -> out.add(new Tuple2<>(new Tuple2<>(s, NAME + w), 1)));
            return out.iterator();
        }).reduceByKey(Integer::sum).filter(t -> CorpusStats.isSiteTerm(t._2(), bSites.value().get(t._1()._1()), share))
                .collectAsMap();
        bSites.destroy();
        HashMap<String, Set<String>> siteWords = new HashMap<>();
        HashMap<String, Set<String>> siteNames = new HashMap<>();
        siteTerms.keySet().forEach(k -> (k._2().charAt(0) == WORD ? siteWords : siteNames)
                .computeIfAbsent(k._1(), x -> new HashSet<>()).add(k._2().substring(1)));
        Broadcast<HashMap<String, Set<String>>> bWords = jsc.broadcast(siteWords);
        Broadcast<HashMap<String, Set<String>>> bNames = jsc.broadcast(siteNames);
        Map<String, Integer> df = reps.flatMapToPair(t -> {
            List<Tuple2<String, Integer>> out = new ArrayList<>();
            String s = t._2().source();
            Set<String> sw = s == null ? Set.of() : bWords.value().getOrDefault(s, Set.of());
            Set<String> sn = s == null ? Set.of() : bNames.value().getOrDefault(s, Set.of());
            FeatureExtractor.Features f = CorpusStats.features(t._2().document(), o.engineOptions().clustering().options());
            f.words().keySet().forEach(w -> {
                if (!sw.contains(w)) {
                    out.add(new Tuple2<>(WORD + w, 1));
                }
            });
            f.names().keySet().forEach(w -> {
                if (!sn.contains(w)) {
                    out.add(new Tuple2<>(NAME + w, 1));
                }
            });
            return out.iterator();
        }).reduceByKey(Integer::sum).filter(t -> t._2() >= 2).collectAsMap();
        bWords.destroy();
        bNames.destroy();
        HashMap<String, Integer> words = new HashMap<>();
        HashMap<String, Integer> names = new HashMap<>();
        df.forEach((k, v) -> (k.charAt(0) == WORD ? words : names).put(k.substring(1), v));
        return new CorpusStats(documents, words, names, siteWords, siteNames);
    }
}
