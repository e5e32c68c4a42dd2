package org.newsfuse.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.engine.ClusterSettings;
import org.newsfuse.engine.EngineOptions;

/**
 * What the job reads and writes, and how (serialisable: executors rebuild the engine's options
 * from it).
 *
 * @param inputs       Hadoop paths: files or folders (local, hdfs://, s3a://, ...)
 * @param output       Hadoop path of the output folder
 * @param format       {@code jsonl} or {@code parquet}
 * @param reports      also write each story's story.md, story.html and story.json
 * @param summaryWords word budget of the summaries
 * @param dedup        {@code minhash} or {@code off}
 * @param maxBlock     articles one clustering block may hold before it is split by terms; an
 *                     input no larger is clustered as one block, exactly as a single run does
 * @param blockTerms   strongest terms per article that key its blocks when a window is split
 * @param clusterOnly  stories as membership only: cleaning, copies and clustering, without the
 *                     NLP and story stages (for agreement and scale runs on big inputs)
 */
public record JobOptions(List<String> inputs, String output, String format, boolean reports, int summaryWords,
        String dedup, int maxBlock, int blockTerms, boolean clusterOnly) implements Serializable {
    public static final int DEFAULT_MAX_BLOCK = 20_000;
    public static final int DEFAULT_BLOCK_TERMS = 3;

    public JobOptions {
        inputs = List.copyOf(inputs);
        format = format.toLowerCase(Locale.ROOT);
        if (!format.equals("jsonl") && !format.equals("parquet")) {
            throw new IllegalArgumentException("--format must be jsonl or parquet, not '" + format + "'");
        }
        dedup = dedup.toLowerCase(Locale.ROOT);
        if (!dedup.equals("minhash") && !dedup.equals("off")) {
            throw new IllegalArgumentException("--dedup must be minhash or off, not '" + dedup + "'");
        }
        if (summaryWords < 1) {
            throw new IllegalArgumentException("--words must be at least 1");
        }
        if (maxBlock < 2) {
            throw new IllegalArgumentException("--max-block must be at least 2");
        }
        if (blockTerms < 1) {
            throw new IllegalArgumentException("--block-terms must be at least 1");
        }
    }

    public static JobOptions of(List<String> inputs, String output) {
        return new JobOptions(inputs, output, "jsonl", false, 100, "minhash", DEFAULT_MAX_BLOCK, DEFAULT_BLOCK_TERMS, false);
    }

    public JobOptions withMaxBlock(int n) {
        return new JobOptions(inputs, output, format, reports, summaryWords, dedup, n, blockTerms, clusterOnly);
    }

    public JobOptions withBlockTerms(int n) {
        return new JobOptions(inputs, output, format, reports, summaryWords, dedup, maxBlock, n, clusterOnly);
    }

    public JobOptions withClusterOnly(boolean c) {
        return new JobOptions(inputs, output, format, reports, summaryWords, dedup, maxBlock, blockTerms, c);
    }

    /** The pipeline a run with these options uses; without NLP and story stages when {@link #clusterOnly}. */
    public org.newsfuse.pipeline.Pipeline pipeline() {
        org.newsfuse.pipeline.Pipeline p = org.newsfuse.engine.Engine.standardPipeline(engineOptions());
        if (!clusterOnly) {
            return p;
        }
        return new org.newsfuse.pipeline.Pipeline(
                p.articleStages().stream().filter(s -> !s.name().equals("nlp")).toList(), List.of());
    }

    /** The engine options a single run with the same settings uses (article stages run one thread per task). */
    public EngineOptions engineOptions() {
        ClusterSettings cs = ClusterSettings.defaults();
        cs = cs.withDedup(dedup.equals("off") ? null : DocumentDedup.Method.MINHASH);
        return new EngineOptions(summaryWords, 1, cs);
    }
}
