package org.newsfuse.spark;

import org.apache.spark.Partitioner;

/**
 * Puts output lines in order without a sampling pass: stories are numbered 0..stories-1 before
 * the output is written, so the range of each part file is known and Spark's {@code sortByKey}
 * (which first runs a job over the stories to sample their keys) is not needed. A key is a story's
 * number shifted left by {@code shift} bits (0 for story lines; 24 for article lines, whose low
 * bits are the article's place in its story); part {@code p} holds the stories from
 * {@code p * stories / parts} up to the next part's first, so the parts, each sorted, concatenate
 * in order.
 */
final class StoryRange extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int parts;
    private final long stories;
    private final int shift;

    StoryRange(int parts, long stories, int shift) {
        if (parts < 1 || stories < 0 || shift < 0 || shift > 40) {
            throw new IllegalArgumentException("parts " + parts + ", stories " + stories + ", shift " + shift);
        }
        this.parts = parts;
        this.stories = Math.max(1, stories);
        this.shift = shift;
    }

    @Override
    public int numPartitions() {
        return parts;
    }

    @Override
    public int getPartition(Object key) {
        long story = ((Long) key) >>> shift;
        long p = story * parts / stories;
        return (int) Math.max(0, Math.min(parts - 1, p));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryRange r && r.parts == parts && r.stories == stories && r.shift == shift;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(stories) * 31 * 31 + parts * 31 + shift;
    }
}
