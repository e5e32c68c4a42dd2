package org.newsfuse.eval.summarize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newsfuse.eval.rouge.Bootstrap;
import org.newsfuse.eval.rouge.Rouge;
import org.newsfuse.eval.rouge.Scores;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.summarize.Summarizer;

/**
 * Summarizes DUC clusters with newsfuse and scores them, with the published systems' summaries,
 * by {@link Rouge#duc2004()}. The references are read only to score, after every summary is made.
 */
public final class DucEvaluation {
    /** The name newsfuse's row carries in the tables. */
    public static final String NEWSFUSE = "newsfuse";
    /** The row of newsfuse's summaries made by the peers' convention (last sentence cut by ROUGE). */
    public static final String NEWSFUSE_OVERRUN = "newsfuse --overrun (cut by ROUGE)";

    private DucEvaluation() {
    }

    /**
     * newsfuse's summary of one cluster.
     *
     * @param cluster       cluster id
     * @param sentences     the summary, one sentence per element
     * @param summarizeMillis time the summarizer took (the article stages excluded)
     * @param audit     what the coherence audit found in it
     */
    public record Summary(String cluster, List<String> sentences, double summarizeMillis, CoherenceAudit.Findings audit) {
    }

    /** Per-system ROUGE-1 and ROUGE-2 figures, each keyed by cluster id. */
    public static final class Table {
        private final Map<String, SortedMap<String, Scores>> bySystem = new LinkedHashMap<>();

        void add(String system, String cluster, Scores s) {
            bySystem.computeIfAbsent(system, k -> new TreeMap<>()).put(cluster, s);
        }

        public List<String> systems() {
            return List.copyOf(bySystem.keySet());
        }

        public SortedMap<String, Scores> scores(String system) {
            return bySystem.get(system);
        }

        /** A figure per cluster: {@code metric} is "ROUGE-1" or "ROUGE-2", {@code what} r, p or f. */
        public SortedMap<String, Double> values(String system, String metric, char what) {
            SortedMap<String, Double> out = new TreeMap<>();
            for (Map.Entry<String, Scores> e : bySystem.get(system).entrySet()) {
                var s = e.getValue().get(metric);
                out.put(e.getKey(), what == 'r' ? s.recall() : what == 'p' ? s.precision() : s.f());
            }
            return out;
        }

        /** The plain mean over clusters. */
        public double plain(String system, String metric, char what) {
            return Bootstrap.plainMean(values(system, metric, what));
        }

        /** The average as ROUGE-1.5.5 prints it (mean of its 1,000 bootstrap resamples). */
        public double printed(String system, String metric, char what) {
            return Bootstrap.average(values(system, metric, what)).mean();
        }
    }

    /** Summarizes one story. */
    public static Summary summarize(DucStories.Story story, Summarizer summarizer, Summarizer.Options options) {
        long t0 = System.nanoTime();
        Summarizer.Result r = summarizer.summarize(story.articles(), options);
        double ms = (System.nanoTime() - t0) / 1e6;
        List<String> lines = new ArrayList<>();
        for (SummarySentence s : r.sentences()) {
            lines.add(s.text().replaceAll("\\s+", " ").strip());
        }
        return new Summary(story.cluster().id(), lines, ms, CoherenceAudit.audit(story.articles(), r.sentences()));
    }

    /** Scores newsfuse's summaries and every peer's against the references. */
    public static Table score(List<DucStories.Story> stories, List<Summary> summaries, boolean withPeers) {
        Rouge rouge = Rouge.duc2004().toBuilder().lcs(false).build();
        Table t = new Table();
        for (int i = 0; i < stories.size(); i++) {
            DucStories.Story story = stories.get(i);
            Rouge.References refs = rouge.references(List.copyOf(story.cluster().references().values()));
            t.add(NEWSFUSE, story.cluster().id(), rouge.score(summaries.get(i).sentences(), refs));
            if (withPeers) {
                for (Map.Entry<String, List<String>> p : story.cluster().peers().entrySet()) {
                    t.add(p.getKey(), story.cluster().id(), rouge.score(p.getValue(), refs));
                }
            }
        }
        return t;
    }
}
