package org.newsfuse.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.cluster.CorpusStats;
import org.newsfuse.cluster.StoryClusterer;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.dedup.MinHash;
import org.newsfuse.pipeline.DocumentError;
import scala.Tuple2;

/**
 * The job: inputs → article stages (per partition) → copies found by LSH bands and merged →
 * stories from blocks → story stages per story → output. See the package documentation.
 */
public final class NewsfuseJob {
    private NewsfuseJob() {
    }

    /**
     * What a job did.
     *
     * @param documents    documents read
     * @param articles     articles that went through the article stages (copies included)
     * @param stories      stories written
     * @param topics       topics among them
     * @param blocks       clustering blocks (1 when the input was clustered as one block)
     * @param largestBlock articles in the largest block
     * @param problems     problems met (bad records, unreadable inputs, failed articles, story stage errors)
     * @param sample       the first problem lines
     * @param counters     the counters, one line
     */
    public record Outcome(long documents, int articles, int stories, int topics, int blocks, int largestBlock,
            long problems, List<String> sample, String counters) {
    }

    /** Runs the job; progress lines go to {@code log}. */
    public static Outcome run(SparkSession spark, JobOptions o, PrintStream log) throws java.io.IOException {
        SparkContext sc = spark.sparkContext();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        Counters c = new Counters(sc);
        int[] driverKept = {0};
        List<InputFile> files = InputFile.expand(o.inputs(), jsc.hadoopConfiguration(), e -> c.read(e, driverKept));
        log.println("newsfuse spark: " + files.size() + " input files");
        long t0 = System.nanoTime();
        HadoopConf hc = new HadoopConf(jsc.hadoopConfiguration());
        JavaRDD<Item> items = articles(jsc, files, hc, o, c).persist(StorageLevel.MEMORY_AND_DISK_SER());

        // the input order: every document's key, sorted, gives its id (a1, a2, ... as a single run numbers them)
        List<long[]> kw = items.map(i -> new long[] {i.key(), i.words()}).collect();
        kw = new ArrayList<>(kw);
        kw.sort(Comparator.comparingLong(x -> x[0]));
        int n = kw.size();
        long[] keys = new long[n];
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = kw.get(i)[0];
            words[i] = (int) kw.get(i)[1];
        }
        kw = null;
        log.println(String.format(java.util.Locale.ROOT, "newsfuse spark: %d documents through the article stages (%.1f s)", n,
                (System.nanoTime() - t0) / 1e9));
        long t1 = System.nanoTime();
        double c1 = processCpu();
        Broadcast<long[]> bKeys = jsc.broadcast(keys);

        int[] rep = representatives(jsc, items, o, keys, words, bKeys);
        log.println("newsfuse spark: copies found (" + took(t1, c1) + ")");
        Broadcast<int[]> bRep = jsc.broadcast(rep);
        JavaPairRDD<Integer, Doc> reps = items.filter(Item::ok).mapToPair(i -> {
            int idx = Arrays.binarySearch(bKeys.value(), i.key());
            return new Tuple2<>(idx, i);
        }).filter(t -> bRep.value()[t._1()] == t._1())
                .mapToPair(t -> new Tuple2<>(t._1(), t._2().doc()))
                // kept as objects while the grouping reads them (windows, statistics, blocks, topics):
                // each pass would otherwise read every kept item back from its serialisation
                .persist(StorageLevel.MEMORY_AND_DISK());

        Grouping g = group(jsc, reps, o, rep, words, c, log);
        reps.unpersist();
        int[] storyOf = g.storyOf();
        Broadcast<int[]> bStory = jsc.broadcast(storyOf);
        Broadcast<String[]> bTopic = jsc.broadcast(g.topicOfStory());
        log.println(String.format(java.util.Locale.ROOT, "newsfuse spark: %d stories, %d topics (%d clustering blocks, the "
                + "largest %d articles; copies and clustering %.1f s)", g.stories(), g.topics(), g.blocks(), g.largestBlock(),
                (System.nanoTime() - t1) / 1e9));
        long t2 = System.nanoTime();

        // the processed articles travel to their story's task as the bytes they are kept as (see Item);
        // the story's task gives each its id from its place in the input order
        JavaPairRDD<Integer, Tuple2<Integer, byte[]>> byStory = items.filter(Item::ok).mapToPair(i -> {
            int idx = Arrays.binarySearch(bKeys.value(), i.key());
            return new Tuple2<>(bStory.value()[idx], new Tuple2<>(idx, i.bytes()));
        });
        // several tasks per core, the stories dealt out by their expected cost (see StoryBalance)
        int tasks = Math.max(jsc.defaultParallelism() * 4, items.getNumPartitions());
        StoryBalance balance = StoryBalance.of(storyOf, words, g.stories(), tasks);
        CollectionAccumulator<Long> taskCpu = sc.collectionAccumulator("newsfuse story task CPU");
        JavaRDD<StoryOut> stories = byStory.groupByKey(balance).mapPartitions(it -> {
            long cpu0 = Workers.threadCpu();
            int[] kept = {0};
            Consumer<DocumentError> errs = e -> c.story(e, kept);
            List<StoryOut> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<Integer, Iterable<Tuple2<Integer, byte[]>>> s = it.next();
                out.add(StoryOut.process(s._1(), s._2(), bTopic.value()[s._1()], o, hc, errs));
            }
            taskCpu.add(Workers.threadCpu() - cpu0);
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        Output.write(spark, stories, g.stories(), o, hc);
        log.println(String.format(java.util.Locale.ROOT, "newsfuse spark: story stages and output %.1f s (%s)",
                (System.nanoTime() - t2) / 1e9, spread(taskCpu.value(), "story")));
        stories.unpersist();
        items.unpersist();
        int articles = 0;
        for (int w : words) {
            if (w >= 0) {
                articles++;
            }
        }
        return new Outcome(c.documents.value(), articles, g.stories(), g.topics(), g.blocks(), g.largestBlock(),
                c.problems(), c.sample(), c.summary());
    }

    /** This JVM's CPU time in seconds (in local mode the driver's and the executors' together), or NaN. */
    static double processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean b ? b.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** A phase's wall time since {@code t0} and this JVM's CPU time since {@code cpu0}, as a log phrase. */
    static String took(long t0, double cpu0) {
        return String.format(java.util.Locale.ROOT, "%.1f s, JVM CPU %.1f s", (System.nanoTime() - t0) / 1e9, processCpu() - cpu0);
    }

    /** Tasks' CPU times as a log phrase ("story" or "block" tasks): how many, their sum, the busiest and the mean. */
    static String spread(List<Long> cpuNanos, String kind) {
        long sum = 0;
        long max = 0;
        for (long t : cpuNanos) {
            sum += t;
            max = Math.max(max, t);
        }
        int k = cpuNanos.size();
        return String.format(java.util.Locale.ROOT, "%d %s tasks, CPU %.1f s in all, the busiest %.1f s, mean %.1f s", k, kind,
                sum / 1e9, max / 1e9, k == 0 ? 0.0 : sum / 1e9 / k);
    }

    /** Reads the files and runs the article stages, in the same tasks. */
    static JavaRDD<Item> articles(JavaSparkContext jsc, List<InputFile> files, HadoopConf hc, JobOptions o, Counters c) {
        List<InputFile> whole = new ArrayList<>();
        List<JavaRDD<DocumentSource.Keyed>> parts = new ArrayList<>();
        int warcs = 0;
        for (InputFile f : files) {
            if (f.splitByLine()) {
                c.files.add(1);
                parts.add(jsc.textFile(f.uri()).zipWithIndex().mapPartitions(it -> {
                    int[] kept = {0};
                    Consumer<DocumentError> errs = e -> c.read(e, kept);
                    List<DocumentSource.Keyed> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Tuple2<String, Long> line = it.next();
                        DocumentSource.Keyed k = DocumentSource.line(f, line._2(), line._1(), errs);
                        if (k != null) {
                            out.add(k);
                        }
                    }
                    return out.iterator();
                }));
            } else {
                whole.add(f);
                if (f.kind() == InputFile.Kind.WARC) {
                    warcs++;
                }
            }
        }
        if (!whole.isEmpty()) {
            // a WARC file is one task's work (gzip does not split): as many slices as files, up to many per core
            int slices = Math.min(whole.size(), Math.max(jsc.defaultParallelism() * 4, warcs));
            parts.add(0, jsc.parallelize(whole, slices).mapPartitions(it -> {
                int[] kept = {0};
                Consumer<DocumentError> errs = e -> c.read(e, kept);
                return Iterators.flatMap(it, f -> {
                    c.files.add(1);
                    return DocumentSource.read(f, hc, errs);
                });
            }));
        }
        JavaRDD<DocumentSource.Keyed> docs = parts.isEmpty() ? jsc.emptyRDD() : parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            docs = docs.union(parts.get(i));
        }
        return docs.mapPartitions(it -> {
            int[] kept = {0};
            Consumer<DocumentError> errs = e -> c.article(e, kept);
            return Workers.process(new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public DocumentSource.Keyed next() {
                    c.documents.add(1);
                    return it.next();
                }
            }, o, errs);
        });
    }

    /**
     * Each document's representative (itself unless it is a syndicated copy): candidates share a
     * MinHash LSH band (a shuffle on band keys), a candidate is a copy when its estimated Jaccard
     * similarity reaches the threshold, copies group transitively, and the group's member with the
     * most words represents it (the earliest on ties) — the pairs and the choice a single run makes.
     */
    static int[] representatives(JavaSparkContext jsc, JavaRDD<Item> items, JobOptions o, long[] keys, int[] words,
            Broadcast<long[]> bKeys) {
        int n = keys.length;
        int[] rep = new int[n];
        for (int i = 0; i < n; i++) {
            rep[i] = i;
        }
        if (o.dedup().equals("off")) {
            return rep;
        }
        double threshold = o.engineOptions().clustering().dedupThreshold();
        // the signatures alone, kept as objects: the passes below read them three times, and each
        // pass over the kept items would read every item back from its serialisation
        JavaPairRDD<Long, long[]> signed = items.filter(i -> i.signature() != null && i.signature()[0] != Long.MAX_VALUE)
                .mapToPair(i -> new Tuple2<>(i.key(), i.signature())).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> candidates = signed.flatMapToPair(i -> {
            List<Tuple2<Long, Long>> out = new ArrayList<>(DocumentDedup.BANDS);
            for (int b = 0; b < DocumentDedup.BANDS; b++) {
                out.add(new Tuple2<>(bandKey(i._2(), b), i._1()));
            }
            return out.iterator();
        }).groupByKey().flatMapToPair(bucket -> {
            List<Long> m = new ArrayList<>();
            bucket._2().forEach(m::add);
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            if (m.size() > 1) {
                m.sort(null);
                for (int x = 0; x < m.size(); x++) {
                    for (int y = x + 1; y < m.size(); y++) {
                        out.add(new Tuple2<>(m.get(x), m.get(y)));
                    }
                }
            }
            return out.iterator();
        }).distinct();
        HashSet<Long> inPairs = new HashSet<>(candidates.flatMap(p -> List.of(p._1(), p._2()).iterator()).distinct().collect());
        if (inPairs.isEmpty()) {
            signed.unpersist();
            return rep;
        }
        Broadcast<HashSet<Long>> bIn = jsc.broadcast(inPairs);
        JavaPairRDD<Long, long[]> sigs = signed.filter(i -> bIn.value().contains(i._1()));
        List<Tuple2<Long, Long>> copies = candidates.join(sigs)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(sigs)
                .filter(t -> MinHash.similarity(t._2()._1()._2(), t._2()._2()) >= threshold)
                .map(t -> new Tuple2<>(t._2()._1()._1(), t._1())).collect();
        bIn.destroy();
        signed.unpersist();
        UnionFind uf = new UnionFind(n);
        for (Tuple2<Long, Long> p : copies) {
            uf.union(Arrays.binarySearch(keys, p._1()), Arrays.binarySearch(keys, p._2()));
        }
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int i = 0; i < n; i++) {
            if (words[i] < 0) {
                continue;
            }
            int r = uf.find(i);
            if (best[r] < 0 || words[i] > words[best[r]]) {
                best[r] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            rep[i] = words[i] < 0 ? i : best[uf.find(i)];
        }
        return rep;
    }

    /** A band of a signature as a shuffle key: the band's number and its values, mixed to 64 bits. */
    static long bandKey(long[] sig, int band) {
        long h = 0x9E3779B97F4A7C15L * (band + 1);
        for (int r = band * DocumentDedup.ROWS; r < (band + 1) * DocumentDedup.ROWS; r++) {
            h ^= sig[r];
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }

    /**
     * How articles form stories.
     *
     * @param storyOf      for each document (by input order), its story number (0 = s1), or -1
     * @param topicOfStory each story's topic id
     */
    record Grouping(int[] storyOf, String[] topicOfStory, int stories, int topics, int blocks, int largestBlock) {
    }

    /** Clusters the representatives (one block, or blocks merged), then numbers stories and topics as a run does. */
    static Grouping group(JavaSparkContext jsc, JavaPairRDD<Integer, Doc> reps, JobOptions o, int[] rep, int[] words,
            Counters c, PrintStream log) {
        int n = rep.length;
        // the representatives, counted on the driver (reps.count() would work out their features once more)
        long nReps = java.util.stream.IntStream.range(0, n).filter(i -> words[i] >= 0 && rep[i] == i).count();
        int[] event = new int[n]; // event label per representative (by document)
        Arrays.fill(event, -1);
        Map<Integer, Integer> topicOfEvent = new HashMap<>();
        int blocks;
        int largest;
        if (nReps <= o.maxBlock()) {
            // small enough for one block: clustered exactly as a single run clusters it
            List<int[]> labels = reps.coalesce(1).mapPartitions(it -> {
                List<Map.Entry<Integer, Doc>> all = new ArrayList<>();
                it.forEachRemaining(t -> all.add(Map.entry(t._1(), t._2())));
                all.sort(Map.Entry.comparingByKey());
                List<ClusterDocument> docs = new ArrayList<>();
                all.forEach(e -> docs.add(e.getValue().document()));
                StoryClusterer.Result r = Workers.clusterer(o).clusterer().cluster(docs);
                List<int[]> out = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    out.add(new int[] {all.get(i).getKey(), r.event()[i], r.topic()[i]});
                }
                return out.iterator();
            }).collect();
            for (int[] l : labels) {
                event[l[0]] = l[1];
                topicOfEvent.put(l[1], l[2]);
            }
            blocks = 1;
            largest = (int) nReps;
        } else {
            Map<Blocking.Key, Long> windows = reps.flatMap(t -> {
                long[] w = Blocking.windows(t._2().date(), o.engineOptions().clustering().options().windowDays());
                return List.of(new Blocking.Key(0, w[0], null), new Blocking.Key(1, w[1], null)).iterator();
            }).countByValue();
            HashSet<Blocking.Key> big = new HashSet<>();
            windows.forEach((k, v) -> {
                if (v > o.maxBlock()) {
                    big.add(k);
                }
            });
            // the whole input's term statistics: every block is weighed as a single run weighs it
            long s0 = System.nanoTime();
            double sc0 = processCpu();
            CorpusStats stats = Stats.of(jsc, reps, o, nReps);
            log.println("newsfuse spark: term statistics (" + took(s0, sc0) + ")");
            s0 = System.nanoTime();
            sc0 = processCpu();
            Broadcast<HashSet<Blocking.Key>> bBig = jsc.broadcast(big);
            Broadcast<CorpusStats> bStats = jsc.broadcast(stats);
            CollectionAccumulator<Integer> sizes = jsc.sc().collectionAccumulator("newsfuse block sizes");
            JavaPairRDD<Blocking.Key, Tuple2<Integer, Doc>> keyed = reps.flatMapToPair(t -> {
                List<Tuple2<Blocking.Key, Tuple2<Integer, Doc>>> out = new ArrayList<>();
                StoryClusterer.Options opts = o.engineOptions().clustering().options();
                for (Blocking.Key k : Blocking.keys(t._2().document(), opts, bBig.value(), bStats.value().words(), nReps, o.blockTerms())) {
                    out.add(new Tuple2<>(k, t));
                }
                return out.iterator();
            }).persist(StorageLevel.MEMORY_AND_DISK());
            // one task per block, the largest first (see BlockOrder)
            BlockOrder order = BlockOrder.of(keyed.countByKey());
            CollectionAccumulator<Long> blockCpu = jsc.sc().collectionAccumulator("newsfuse block task CPU");
            JavaRDD<Blocking.Out> outs = keyed.groupByKey(order).map(b -> {
                long cpu0 = Workers.threadCpu();
                List<Map.Entry<Integer, Doc>> block = new ArrayList<>();
                b._2().forEach(t -> block.add(Map.entry(t._1(), t._2())));
                sizes.add(block.size());
                Blocking.Out out = Blocking.cluster(Workers.clusterer(o).clusterer(), block, bStats.value());
                blockCpu.add(Workers.threadCpu() - cpu0);
                return out;
            }).persist(StorageLevel.MEMORY_AND_DISK());
            List<int[]> groups = outs.flatMap(x -> x.groups().iterator()).collect();
            blocks = sizes.value().size();
            largest = sizes.value().stream().mapToInt(Integer::intValue).max().orElse(0);
            UnionFind uf = new UnionFind(n);
            for (int[] grp : groups) {
                for (int k = 1; k < grp.length; k++) {
                    uf.union(grp[0], grp[k]);
                }
            }
            for (int i = 0; i < n; i++) {
                if (words[i] >= 0 && rep[i] == i) {
                    event[i] = uf.find(i);
                }
            }
            // the merge across block boundaries: average link goes on over the blocks' events
            keyed.unpersist();
            log.println("newsfuse spark: " + blocks + " blocks clustered (" + took(s0, sc0) + "; "
                    + spread(blockCpu.value(), "block") + ")");
            s0 = System.nanoTime();
            sc0 = processCpu();
            int joins = BlockMerge.join(jsc, outs, event, o.engineOptions().clustering().options().eventThreshold(), uf);
            outs.unpersist();
            bBig.destroy();
            bStats.destroy();
            for (int i = 0; i < n; i++) {
                if (words[i] >= 0 && rep[i] == i) {
                    event[i] = uf.find(i);
                }
            }
            log.println("newsfuse spark: " + joins + " joins of events across blocks (" + took(s0, sc0) + ")");
            s0 = System.nanoTime();
            sc0 = processCpu();
            topicOfEvent.putAll(Topics.of(jsc, reps, event, o, stats, log));
            log.println("newsfuse spark: topics (" + took(s0, sc0) + ")");
        }
        // stories: events by size (biggest first), then by first article; topics numbered by first story
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (event[i] >= 0) {
                members.computeIfAbsent(event[i], k -> new ArrayList<>()).add(i);
            }
        }
        List<Map.Entry<Integer, List<Integer>>> ordered = new ArrayList<>(members.entrySet());
        ordered.sort(Comparator.<Map.Entry<Integer, List<Integer>>>comparingInt(e -> e.getValue().size()).reversed()
                .thenComparingInt(e -> e.getValue().get(0)));
        Map<Integer, Integer> storyOfEvent = new HashMap<>();
        Map<Integer, Integer> topicIds = new HashMap<>();
        String[] topicOfStory = new String[ordered.size()];
        for (int s = 0; s < ordered.size(); s++) {
            int ev = ordered.get(s).getKey();
            storyOfEvent.put(ev, s);
            int t = topicIds.computeIfAbsent(topicOfEvent.getOrDefault(ev, -1 - ev), k -> topicIds.size());
            topicOfStory[s] = "t" + (t + 1);
        }
        int[] storyOf = new int[n];
        for (int i = 0; i < n; i++) {
            storyOf[i] = words[i] < 0 ? -1 : storyOfEvent.get(event[rep[i]]);
        }
        return new Grouping(storyOf, topicOfStory, ordered.size(), topicIds.size(), blocks, largest);
    }
}
