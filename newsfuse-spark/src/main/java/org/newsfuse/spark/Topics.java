package org.newsfuse.spark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.cluster.CorpusStats;
import org.newsfuse.cluster.StoryClusterer;
import scala.Tuple2;

/**
 * Topics when the input was clustered in blocks: every event becomes one document (its first
 * articles' title and text, its earliest date) and the engine's clusterer groups those documents
 * on the driver, weighed with the whole input's term statistics, as one run groups its events; its
 * topic labels become the events' topics. One
 * document per event, not per article: a month of news has far fewer events than articles.
 */
final class Topics {
    private Topics() {
    }

    /** Articles per event that stand for it. */
    static final int SAMPLE = 2;
    /** Characters of each sampled article's text. */
    static final int CHARS = 4000;

    static Map<Integer, Integer> of(JavaSparkContext jsc, JavaPairRDD<Integer, Doc> reps, int[] event, JobOptions o,
            CorpusStats stats, PrintStream log) {
        Map<Integer, ClusterDocument> docs = documents(jsc, reps, event);
        List<Integer> events = new ArrayList<>(docs.keySet());
        events.sort(null);
        List<ClusterDocument> list = new ArrayList<>(events.size());
        events.forEach(ev -> list.add(docs.get(ev)));
        log.println("newsfuse spark: topics over " + list.size() + " events");
        StoryClusterer.Result r = Workers.clusterer(o).clusterer().cluster(list, stats);
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            out.put(events.get(i), r.topic()[i]);
        }
        return out;
    }

    /** One document per event (event label → its first articles' title and text, earliest date), on the driver. */
    static Map<Integer, ClusterDocument> documents(JavaSparkContext jsc, JavaPairRDD<Integer, Doc> reps, int[] event) {
        Broadcast<int[]> bEvent = jsc.broadcast(event);
        Map<Integer, List<Tuple2<Integer, Doc>>> sample = reps.mapToPair(t -> {
            List<Tuple2<Integer, Doc>> one = new ArrayList<>(1);
            one.add(new Tuple2<>(t._1(), shorten(t._2())));
            return new Tuple2<>(bEvent.value()[t._1()], one);
        }).reduceByKey((a, b) -> {
            List<Tuple2<Integer, Doc>> m = new ArrayList<>(a);
            m.addAll(b);
            m.sort((x, y) -> Integer.compare(x._1(), y._1()));
            return new ArrayList<>(m.subList(0, Math.min(SAMPLE, m.size())));
        }).collectAsMap();
        bEvent.destroy();
        Map<Integer, ClusterDocument> out = new HashMap<>();
        sample.forEach((ev, s) -> {
            StringBuilder text = new StringBuilder();
            LocalDate date = null;
            String title = null;
            List<String> names = new ArrayList<>();
            for (Tuple2<Integer, Doc> t : s) {
                Doc d = t._2();
                title = title == null ? d.title() : title;
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(d.text());
                names.addAll(d.names());
                if (d.date() != null && (date == null || d.date().isBefore(date))) {
                    date = d.date();
                }
            }
            out.put(ev, new ClusterDocument(title, text.toString(), date, names));
        });
        return out;
    }

    private static Doc shorten(Doc d) {
        String t = d.text();
        return t.length() <= CHARS ? d : new Doc(d.title(), t.substring(0, CHARS), d.date(), d.names(), d.source());
    }
}
