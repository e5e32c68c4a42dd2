package org.newsfuse.spark;

import java.util.List;
import picocli.CommandLine.Option;

/** The options the cluster entry point and {@code newsfuse spark} share (a picocli mixin). */
final class JobSettings {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (stories.jsonl and articles.jsonl) or parquet (stories.parquet and articles.parquet; "
                    + "default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--reports", description = "Also write each story's story.md, story.html and story.json under OUT/reports/<story>/.")
    boolean reports;

    @Option(names = "--words", paramLabel = "N", defaultValue = "100",
            description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--dedup", paramLabel = "METHOD", defaultValue = "minhash",
            description = "How syndicated copies are found: minhash or off (default: ${DEFAULT-VALUE}).")
    String dedup;

    @Option(names = "--max-block", paramLabel = "N", defaultValue = "" + JobOptions.DEFAULT_MAX_BLOCK,
            description = "Articles one clustering block may hold: a larger input is blocked by time window, a larger "
                    + "window by strongest terms (default: ${DEFAULT-VALUE}; an input no larger is clustered exactly as "
                    + "`newsfuse run` clusters it).")
    int maxBlock;

    @Option(names = "--block-terms", paramLabel = "N", defaultValue = "" + JobOptions.DEFAULT_BLOCK_TERMS,
            description = "Strongest terms that key an article's blocks in a split window (default: ${DEFAULT-VALUE}).")
    int blockTerms;

    @Option(names = "--cluster-only", description = "Group articles into stories without the NLP and story stages: "
            + "stories.jsonl then lists each story's articles with no summary, quotes or comparison.")
    boolean clusterOnly;

    JobOptions options(List<String> inputs, String output) {
        return new JobOptions(inputs, output, format, reports, words, dedup, maxBlock, blockTerms, clusterOnly);
    }
}
