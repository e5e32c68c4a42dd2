package org.newsfuse.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.newsfuse.pipeline.DocumentError;

/**
 * The job's counters (Spark accumulators, shown in the Spark UI under these names): what was read,
 * what was skipped and why. Every problem is also logged as one line on the executor's stderr,
 * {@code newsfuse: input: problem}, and the first {@value #KEPT_PER_TASK} of each task are kept
 * for the driver to print.
 */
final class Counters implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int KEPT_PER_TASK = 20;

    final LongAccumulator files;
    final LongAccumulator documents;
    final LongAccumulator badRecords;
    final LongAccumulator readErrors;
    final LongAccumulator warnings;
    final LongAccumulator articleErrors;
    final LongAccumulator storyErrors;
    final CollectionAccumulator<String> lines;

    Counters(SparkContext sc) {
        files = sc.longAccumulator("newsfuse files read");
        documents = sc.longAccumulator("newsfuse documents read");
        badRecords = sc.longAccumulator("newsfuse WARC records skipped");
        readErrors = sc.longAccumulator("newsfuse inputs unreadable");
        warnings = sc.longAccumulator("newsfuse warnings");
        articleErrors = sc.longAccumulator("newsfuse articles failed");
        storyErrors = sc.longAccumulator("newsfuse story stage errors");
        lines = sc.collectionAccumulator("newsfuse problems (sample)");
    }

    /** Counts and logs one problem met while reading. */
    void read(DocumentError e, int[] keptInTask) {
        if (!e.fatal()) {
            warnings.add(1);
        } else if (e.where().equals("warc")) {
            badRecords.add(1);
        } else {
            readErrors.add(1);
        }
        log(e, keptInTask);
    }

    void article(DocumentError e, int[] keptInTask) {
        articleErrors.add(1);
        log(e, keptInTask);
    }

    void story(DocumentError e, int[] keptInTask) {
        storyErrors.add(1);
        log(e, keptInTask);
    }

    private void log(DocumentError e, int[] kept) {
        String line = e.line();
        System.err.println(line);
        if (kept[0]++ < KEPT_PER_TASK) {
            lines.add(line);
        }
    }

    /** The kept problem lines, as the driver sees them after an action. */
    List<String> sample() {
        return lines.value();
    }

    long problems() {
        return badRecords.value() + readErrors.value() + articleErrors.value() + storyErrors.value();
    }

    String summary() {
        return String.format(java.util.Locale.ROOT,
                "files %d, documents %d, WARC records skipped %d, unreadable inputs %d, articles failed %d, "
                        + "story stage errors %d, warnings %d",
                files.value(), documents.value(), badRecords.value(), readErrors.value(), articleErrors.value(),
                storyErrors.value(), warnings.value());
    }
}
