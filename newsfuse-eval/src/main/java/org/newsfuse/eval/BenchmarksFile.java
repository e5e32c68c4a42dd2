package org.newsfuse.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Edits docs/benchmarks.md: replaces the body of one {@code ## heading} section (up to the next
 * {@code ## } heading) or appends the section, leaving every other section as it was.
 */
public final class BenchmarksFile {
    private BenchmarksFile() {
    }

    public static void replaceSection(Path file, String heading, String body) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Benchmarks\n\nEvery measured figure, with its date and command.\n";
        String h = "## " + heading + "\n";
        int start = text.indexOf(h);
        String section = h + "\n" + body.strip() + "\n";
        if (start < 0) {
            text = text.stripTrailing() + "\n\n" + section;
        } else {
            int next = text.indexOf("\n## ", start + h.length());
            text = text.substring(0, start) + section + (next < 0 ? "" : text.substring(next));
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
