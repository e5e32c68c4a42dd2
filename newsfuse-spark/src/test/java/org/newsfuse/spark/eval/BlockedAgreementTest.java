package org.newsfuse.spark.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.eval.clustering.B3;
import org.newsfuse.eval.clustering.SyntheticNews;
import org.newsfuse.spark.JobOptions;
import org.newsfuse.spark.NewsfuseJob;
import org.newsfuse.spark.SparkCommand;

/**
 * The blocked path against a single run, on the invented synthetic stream: with blocks far smaller
 * than a time window (every window split by terms), the job's stories must still be the single
 * run's. A block clustered with its own term statistics, or a merge across blocks that joins
 * events of one kind, makes a few huge stories here (B³ well under 0.5).
 */
class BlockedAgreementTest {
    @Test
    void storiesOfSmallBlocksAreTheStoriesOfASingleRun(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("synthetic.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticNews(11).write(2000, w);
        }
        JobOptions o = JobOptions.of(List.of(file.toString()), dir.resolve("out").toString()).withClusterOnly(true)
                .withMaxBlock(40);
        Map<String, Integer> single = Membership.batch(o.inputs(), o);
        SparkSession spark = SparkCommand.localSession("local[2]");
        NewsfuseJob.Outcome[] out = new NewsfuseJob.Outcome[1];
        Map<String, Integer> job;
        try {
            job = Membership.spark(spark, o, new PrintStream(new ByteArrayOutputStream()), out);
        } finally {
            spark.stop();
        }
        assertTrue(out[0].blocks() > 50, "the windows were split into many blocks: " + out[0].blocks());
        assertTrue(out[0].largestBlock() <= 400, "blocks stay small: " + out[0].largestBlock());
        assertEquals(single.keySet(), job.keySet(), "every input has a story on both sides");
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        single.forEach((in, s) -> {
            a.add(s);
            b.add(job.get(in));
        });
        B3.Score agree = B3.b3(a, b);
        assertTrue(agree.f1() >= 0.98, "B3 of the job's stories against the single run's: " + agree);
    }
}
