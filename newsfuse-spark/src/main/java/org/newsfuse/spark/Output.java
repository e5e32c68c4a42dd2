package org.newsfuse.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Writes the stories. JSON Lines: {@code OUT/stories.jsonl} (one story.json per line, biggest story
 * first, plus {@code topic}) and {@code OUT/articles.jsonl} (one article per line, story by story,
 * plus {@code story} and {@code topic}). Parquet: {@code OUT/stories.parquet} and
 * {@code OUT/articles.parquet} with the schemas {@link #STORIES} and {@link #ARTICLES}. With
 * {@code --reports}, {@code OUT/reports/<story>/story.{md,html,json}} (written by the story tasks).
 */
final class Output {
    private Output() {
    }

    /** number, id, topic, headline, articles (ids), json (the whole story.json). */
    static final StructType STORIES = new StructType()
            .add("number", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, false)
            .add("topic", DataTypes.StringType, false)
            .add("headline", DataTypes.StringType, true)
            .add("articles", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("json", DataTypes.StringType, false);

    /** One row per article (the story.json article fields, plus its story and topic). */
    static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("story", DataTypes.StringType, false)
            .add("topic", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false)
            .add("inputs", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("url", DataTypes.StringType, true)
            .add("outlet", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("byline", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("dateline", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true);

    /** Writes {@code stories} (numbered 0..count-1) as {@code o} asks. */
    static void write(SparkSession spark, JavaRDD<StoryOut> stories, int count, JobOptions o, HadoopConf hc) throws IOException {
        Path out = new Path(o.output());
        FileSystem fs = out.getFileSystem(hc.get());
        fs.mkdirs(out);
        int parts = Math.max(1, stories.getNumPartitions());
        if (o.format().equals("parquet")) {
            spark.createDataFrame(stories.map(s -> RowFactory.create(s.number(), s.id(), s.topic(), s.headline(),
                    seq(s.articleIds()), s.json())), STORIES).orderBy("number").write().mode(SaveMode.Overwrite)
                    .parquet(new Path(out, "stories.parquet").toString());
            spark.createDataFrame(stories.flatMap(s -> s.rows().iterator()), ARTICLES).write().mode(SaveMode.Overwrite)
                    .parquet(new Path(out, "articles.parquet").toString());
            return;
        }
        Path tmp = new Path(out, "_newsfuse_parts");
        fs.delete(tmp, true);
        stories.mapToPair(s -> new Tuple2<>((long) s.number(), s.json()))
                .repartitionAndSortWithinPartitions(new StoryRange(parts, count, 0)).values()
                .saveAsTextFile(new Path(tmp, "stories").toString());
        stories.flatMapToPair(s -> {
            List<Tuple2<Long, String>> l = new ArrayList<>(s.articles().size());
            for (int k = 0; k < s.articles().size(); k++) {
                l.add(new Tuple2<>(((long) s.number() << 24) + k, s.articles().get(k)));
            }
            return l.iterator();
        }).repartitionAndSortWithinPartitions(new StoryRange(parts, count, 24)).values()
                .saveAsTextFile(new Path(tmp, "articles").toString());
        concatenate(fs, new Path(tmp, "stories"), new Path(out, "stories.jsonl"));
        concatenate(fs, new Path(tmp, "articles"), new Path(out, "articles.jsonl"));
        fs.delete(tmp, true);
    }

    /** A list as a Row's array value (Spark wants a Scala sequence there). */
    static scala.collection.Seq<String> seq(List<String> l) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(l)).toSeq();
    }

    /** The part files of a sorted RDD, in order, as one file. */
    static void concatenate(FileSystem fs, Path parts, Path target) throws IOException {
        FileStatus[] files = fs.globStatus(new Path(parts, "part-*"));
        Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
        try (OutputStream os = fs.create(target, true)) {
            for (FileStatus f : files) {
                try (InputStream in = fs.open(f.getPath())) {
                    in.transferTo(os);
                }
            }
        }
    }
}
