package org.newsfuse.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsfuse.cli.Version;
import org.newsfuse.model.Article;
import org.newsfuse.model.Story;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.report.HtmlReport;
import org.newsfuse.report.MarkdownReport;
import org.newsfuse.report.StoryJson;
import scala.Tuple2;

/**
 * One story after the story stages, ready to write.
 *
 * @param number   its place (0 = s1: the biggest story first, then by first article)
 * @param json     its story.json (the contract of docs/story-json.md) on one line, plus {@code topic}
 * @param articles one JSON line per article: the story.json article object plus {@code story} and {@code topic}
 * @param rows     one Parquet row per article (schema in {@link Output}); empty unless the output is Parquet
 */
record StoryOut(int number, String id, String topic, String headline, String json, List<String> articles,
        List<String> articleIds, List<Row> rows) implements Serializable {
    private static final ObjectMapper COMPACT = new ObjectMapper();

    /** Merges the story's copies as a run does, runs the story stages, and renders the result. */
    static StoryOut process(int number, Iterable<Tuple2<Integer, byte[]>> members, String topic, JobOptions o,
            HadoopConf hc, Consumer<DocumentError> errors) throws IOException {
        List<Tuple2<Integer, byte[]>> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort((x, y) -> Integer.compare(x._1(), y._1()));
        List<Article> articles = new ArrayList<>(sorted.size());
        sorted.forEach(t -> articles.add(Workers.withId(Bytes.<Article>read(t._2()), "a" + (t._1() + 1))));
        String id = "s" + (number + 1);
        List<Article> merged = Workers.clusterer(o).mergeDuplicates(articles);
        Story story = Workers.pipeline(o).processStory(Story.of(id, merged), errors);
        String version = Version.current();
        ObjectNode root = StoryJson.toJson(story, version);
        root.put("topic", topic);
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        boolean parquet = o.format().equals("parquet");
        for (Article a : story.articles()) {
            ObjectNode aj = StoryJson.article(a);
            aj.put("story", id);
            aj.put("topic", topic);
            lines.add(compact(aj));
            ids.add(a.id());
            if (parquet) {
                rows.add(RowFactory.create(a.id(), id, topic, a.input(), Output.seq(a.inputs()), a.url(), a.outlet(),
                        a.title(), a.byline(), a.published() == null ? null : a.published().toString(), a.dateline(),
                        a.language(), a.text()));
            }
        }
        if (o.reports()) {
            Path dir = new Path(new Path(o.output(), "reports"), id);
            FileSystem fs = dir.getFileSystem(hc.get());
            write(fs, new Path(dir, "story.md"), MarkdownReport.write(story));
            write(fs, new Path(dir, "story.html"), HtmlReport.write(story, version));
            write(fs, new Path(dir, "story.json"), StoryJson.write(story, version));
        }
        return new StoryOut(number, id, topic, story.headline(), compact(root), lines, ids, rows);
    }

    private static String compact(ObjectNode n) {
        try {
            return COMPACT.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    private static void write(FileSystem fs, Path p, String content) throws IOException {
        try (OutputStream out = fs.create(p, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
