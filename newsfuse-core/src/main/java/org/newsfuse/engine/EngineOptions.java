package org.newsfuse.engine;

/**
 * Options of a run.
 *
 * @param summaryWords word budget of the summary
 * @param threads      threads for the article stages (1 = in the caller's thread)
 * @param clustering   how articles are grouped into stories
 */
public record EngineOptions(int summaryWords, int threads, ClusterSettings clustering) {
    public EngineOptions {
        if (summaryWords < 1) {
            throw new IllegalArgumentException("--words must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        clustering = clustering == null ? ClusterSettings.defaults() : clustering;
    }

    public EngineOptions(int summaryWords, int threads) {
        this(summaryWords, threads, ClusterSettings.defaults());
    }

    public static EngineOptions defaults() {
        return new EngineOptions(100, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public EngineOptions withSummaryWords(int words) {
        return new EngineOptions(words, threads, clustering);
    }

    public EngineOptions withClustering(ClusterSettings c) {
        return new EngineOptions(summaryWords, threads, c);
    }
}
