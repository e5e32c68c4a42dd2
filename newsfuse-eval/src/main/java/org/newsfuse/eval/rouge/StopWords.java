package org.newsfuse.eval.rouge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a stop-word list for ROUGE's {@code -s} option. No list ships with newsfuse: ROUGE-1.5.5's
 * own list (SMART's common words) is third-party text, so to reproduce {@code -s} point this at
 * that file where it is installed; any one-word-per-line list works the same way.
 */
public final class StopWords {

    private StopWords() {
    }

    /**
     * One stop word per line, as ROUGE reads its list: each line is taken whole (only the line
     * break is removed), so words must be lower case to match; blank lines are ignored.
     */
    public static Set<String> read(Path file) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String word = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return Set.copyOf(words);
    }
}
