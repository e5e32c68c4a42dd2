package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.newsfuse.model.Story;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.report.Citations;
import org.newsfuse.report.HtmlReport;
import org.newsfuse.report.MarkdownReport;
import org.newsfuse.report.StoryJson;

/** Writes a story's three reports into a folder and tells the terminal what it says and where it is. */
final class StoryWriter {
    private StoryWriter() {
    }

    record Written(Path markdown, Path json, Path html) {
    }

    static Written write(Story story, Path dir) throws IOException {
        Files.createDirectories(dir);
        String version = Version.current();
        Path md = writeAtomically(dir.resolve("story.md"), MarkdownReport.write(story));
        Path json = writeAtomically(dir.resolve("story.json"), StoryJson.write(story, version));
        Path html = writeAtomically(dir.resolve("story.html"), HtmlReport.write(story, version));
        return new Written(md, json, html);
    }

    /** Writes to a temporary file and moves it into place, so a report is never half-written. */
    static Path writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".newsfuse-", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions stand
            }
            try {
                return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void print(PrintStream out, Story story, Written w) {
        out.println(story.headline());
        out.println();
        List<SummarySentence> summary = story.summary();
        for (int i = 0; i < summary.size(); i++) {
            SummarySentence s = summary.get(i);
            out.println((i + 1) + ". " + s.text() + " [" + String.join("; ", Citations.labels(story, s.sources())) + "]");
        }
        out.println();
        out.println(story.articles().size() + " articles. Reports:");
        out.println("  " + w.markdown());
        out.println("  " + w.json());
        out.println("  " + w.html());
    }
}
