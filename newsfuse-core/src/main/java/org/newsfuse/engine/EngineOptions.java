package org.newsfuse.engine;

import org.newsfuse.pipeline.Limits;

/**
 * Options of a run.
 *
 * @param summaryWords word budget of the summary
 * @param threads      threads for the article stages (1 = in the caller's thread)
 * @param clustering   how articles are grouped into stories
 * @param limits       bounds on one document's work (size, token length, time)
 */
public record EngineOptions(int summaryWords, int threads, ClusterSettings clustering, Limits limits) {
    /** The largest summary word budget: far beyond any summary, small enough to never overflow. */
    public static final int MAX_SUMMARY_WORDS = 100_000;

    public EngineOptions {
        if (summaryWords < 1 || summaryWords > MAX_SUMMARY_WORDS) {
            throw new IllegalArgumentException("--words must be between 1 and " + MAX_SUMMARY_WORDS
                    + ", not " + summaryWords);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        clustering = clustering == null ? ClusterSettings.defaults() : clustering;
        limits = limits == null ? Limits.defaults() : limits;
    }

    public EngineOptions(int summaryWords, int threads, ClusterSettings clustering) {
        this(summaryWords, threads, clustering, Limits.defaults());
    }

    public EngineOptions(int summaryWords, int threads) {
        this(summaryWords, threads, ClusterSettings.defaults());
    }

    public static EngineOptions defaults() {
        return new EngineOptions(100, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public EngineOptions withSummaryWords(int words) {
        return new EngineOptions(words, threads, clustering, limits);
    }

    public EngineOptions withClustering(ClusterSettings c) {
        return new EngineOptions(summaryWords, threads, c, limits);
    }

    public EngineOptions withLimits(Limits l) {
        return new EngineOptions(summaryWords, threads, clustering, l);
    }
}
