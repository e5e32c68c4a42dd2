package org.newsfuse.compare;

import org.newsfuse.text.StoryVectors;

/**
 * A value a sentence gives for something: {@code key} says what it is about ("visit", "death"),
 * {@code value} is the normalised value compared across outlets, {@code text} the words as written.
 */
record Mention(String key, String value, String text, StoryVectors.Unit unit) {
}
