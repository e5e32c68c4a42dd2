package org.newsfuse.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.DirectoryStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.engine.Engine;
import org.newsfuse.model.Story;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.report.Citations;
import org.newsfuse.report.HtmlReport;
import org.newsfuse.report.MarkdownReport;
import org.newsfuse.report.StoryJson;

/** Writes the stories' reports, stories.json and index.html, and tells the terminal what they say and where they are. */
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

    /** Where a run's reports went. */
    record WrittenRun(List<Written> stories, Path storiesJson, Path index) {
    }

    private static final java.util.regex.Pattern STORY_DIR = java.util.regex.Pattern.compile("s\\d+");

    /**
     * Writes every story's reports into {@code OUT/<story-id>/}, then {@code OUT/stories.json} and
     * {@code OUT/index.html}. With exactly one story its reports are also written to
     * {@code OUT/story.*} (the layout scripts have read since issue 2); with several, stale
     * top-level reports and story folders of an earlier run are removed, so nothing in OUT
     * contradicts stories.json.
     */
    static WrittenRun writeAll(Engine.Result result, Path out) throws IOException {
        Files.createDirectories(out);
        removeStale(result, out);
        List<Written> written = new ArrayList<>();
        Map<String, String> jsonPaths = new LinkedHashMap<>();
        Map<String, String> htmlLinks = new LinkedHashMap<>();
        boolean single = result.stories().size() == 1;
        for (Story s : result.stories()) {
            Written w = write(s, out.resolve(s.id()));
            if (single) {
                w = write(s, out);
            }
            written.add(w);
            jsonPaths.put(s.id(), single ? "story.json" : s.id() + "/story.json");
            htmlLinks.put(s.id(), single ? "story.html" : s.id() + "/story.html");
        }
        String version = Version.current();
        Path json = writeAtomically(out.resolve("stories.json"), StoriesIndex.json(result, jsonPaths, version));
        Path index = writeAtomically(out.resolve("index.html"), StoriesIndex.html(result, htmlLinks, version));
        return new WrittenRun(written, json, index);
    }

    private static void removeStale(Engine.Result result, Path out) throws IOException {
        Set<String> keep = new HashSet<>();
        result.stories().forEach(s -> keep.add(s.id()));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(out)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && STORY_DIR.matcher(name).matches() && !keep.contains(name)
                        && Files.exists(p.resolve("story.json"))) {
                    for (String f : List.of("story.md", "story.json", "story.html")) {
                        Files.deleteIfExists(p.resolve(f));
                    }
                    try {
                        Files.deleteIfExists(p);
                    } catch (java.nio.file.DirectoryNotEmptyException e) {
                        // the user put something else there: leave the folder
                    }
                }
            }
        }
        if (result.stories().size() != 1) {
            for (String f : List.of("story.md", "story.json", "story.html")) {
                Files.deleteIfExists(out.resolve(f));
            }
        }
    }

    /** Many stories: one block per story (headline, summary for the first few, report path), then the index. */
    static void printAll(PrintStream out, Engine.Result result, WrittenRun w) {
        if (result.stories().size() == 1) {
            print(out, result.stories().get(0), w.stories().get(0));
            out.println("  " + w.storiesJson());
            out.println("  " + w.index());
            return;
        }
        int inputs = 0;
        for (Story s : result.stories()) {
            inputs += StoriesIndex.inputCount(s);
        }
        out.println(result.stories().size() + " stories from " + inputs + " articles.");
        for (int k = 0; k < result.stories().size(); k++) {
            Story story = result.stories().get(k);
            out.println();
            List<String> outlets = StoriesIndex.outlets(story);
            int n = StoriesIndex.inputCount(story);
            out.println(story.id() + "  " + story.headline());
            out.println("    " + Citations.outletCount(story)
                    + (outlets.isEmpty() ? "" : ": " + String.join(", ", outlets)));
            if (k < SUMMARISED) {
                List<SummarySentence> summary = story.summary();
                for (int i = 0; i < summary.size(); i++) {
                    SummarySentence s = summary.get(i);
                    out.println("    " + (i + 1) + ". " + s.text() + " [" + String.join("; ",
                            Citations.labels(story, s.sources())) + "]");
                }
            }
            out.println("    " + w.stories().get(k).markdown().getParent().resolve("story.{md,json,html}"));
        }
        out.println();
        if (result.stories().size() > SUMMARISED) {
            out.println("Summaries of the first " + SUMMARISED + " stories shown; every story is in the index.");
        }
        out.println("Index: " + w.index());
        out.println("       " + w.storiesJson());
    }

    /** Stories whose summary is printed on the terminal; the rest show their headline only. */
    static final int SUMMARISED = 10;

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
