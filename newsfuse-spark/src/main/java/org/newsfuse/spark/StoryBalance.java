package org.newsfuse.spark;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import org.apache.spark.Partitioner;

/**
 * Spreads the stories over the story-stage tasks by their expected cost, so that no core waits for
 * a task that drew the big stories. A story's cost is taken as its words times its articles (the
 * comparison reads every outlet's facts against every other outlet's sentences); stories are dealt
 * out biggest first, each to the task with the least cost so far (longest processing time first),
 * over several tasks per core so that the scheduler can even out what the estimate misses. Where a
 * story goes changes only which task runs it, never its result: the output is ordered by story.
 */
final class StoryBalance extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int[] partOf;
    private final int parts;

    private StoryBalance(int[] partOf, int parts) {
        this.partOf = partOf;
        this.parts = parts;
    }

    /**
     * The partitioner for stories 0..stories-1.
     *
     * @param storyOf each document's story, or -1
     * @param words   each document's words (negative for a failed document)
     * @param stories how many stories there are
     * @param tasks   how many tasks to spread them over (at least one; at most one per story)
     */
    static StoryBalance of(int[] storyOf, int[] words, int stories, int tasks) {
        long[] w = new long[stories];
        long[] n = new long[stories];
        for (int i = 0; i < storyOf.length; i++) {
            int s = storyOf[i];
            if (s >= 0) {
                w[s] += Math.max(1, words[i]);
                n[s]++;
            }
        }
        long[] cost = new long[stories];
        for (int s = 0; s < stories; s++) {
            cost[s] = w[s] * n[s];
        }
        int parts = Math.max(1, Math.min(tasks, stories));
        Integer[] order = new Integer[stories];
        for (int s = 0; s < stories; s++) {
            order[s] = s;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(s -> cost[s]).reversed().thenComparingInt(s -> s));
        // (load, task) pairs: the least loaded task first, the lower task number on ties
        PriorityQueue<long[]> queue = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]));
        for (int p = 0; p < parts; p++) {
            queue.add(new long[] {0, p});
        }
        int[] partOf = new int[stories];
        for (int s : order) {
            long[] least = queue.poll();
            partOf[s] = (int) least[1];
            least[0] += cost[s];
            queue.add(least);
        }
        return new StoryBalance(partOf, parts);
    }

    @Override
    public int numPartitions() {
        return parts;
    }

    @Override
    public int getPartition(Object key) {
        return partOf[(Integer) key];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryBalance b && b.parts == parts && Arrays.equals(b.partOf, partOf);
    }

    @Override
    public int hashCode() {
        return 31 * parts + Arrays.hashCode(partOf);
    }
}
