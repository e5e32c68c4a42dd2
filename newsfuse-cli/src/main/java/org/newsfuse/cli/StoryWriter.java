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
import org.newsfuse.text.WireQuotes;

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
        return writeAll(result, out, 1, null);
    }

    /**
     * As {@link #writeAll(Engine.Result, Path)}, with the stories' reports written by {@code threads}
     * threads, calling {@code afterStory} (may be null) after each story's reports.
     */
    static WrittenRun writeAll(Engine.Result result, Path out, int threads, Runnable afterStory) throws IOException {
        Files.createDirectories(out);
        removeStale(result, out);
        Map<String, String> jsonPaths = new LinkedHashMap<>();
        Map<String, String> htmlLinks = new LinkedHashMap<>();
        boolean single = result.stories().size() == 1;
        List<Written> written;
        if (single) {
            Story s = result.stories().get(0);
            write(s, out.resolve(s.id()));
            written = List.of(write(s, out));
            if (afterStory != null) {
                afterStory.run();
            }
        } else {
            written = writeStories(result.stories(), out, threads, afterStory);
        }
        for (Story s : result.stories()) {
            jsonPaths.put(s.id(), single ? "story.json" : s.id() + "/story.json");
            htmlLinks.put(s.id(), single ? "story.html" : s.id() + "/story.html");
        }
        String version = Version.current();
        Path json = writeAtomically(out.resolve("stories.json"), StoriesIndex.json(result, jsonPaths, version));
        Path index = writeAtomically(out.resolve("index.html"), StoriesIndex.html(result, htmlLinks, version));
        return new WrittenRun(written, json, index);
    }

    /** Every story's reports into {@code OUT/<story-id>/}, on {@code threads} threads; in story order. */
    private static List<Written> writeStories(List<Story> stories, Path out, int threads, Runnable afterStory)
            throws IOException {
        if (threads <= 1) {
            List<Written> written = new ArrayList<>();
            for (Story s : stories) {
                written.add(write(s, out.resolve(s.id())));
                if (afterStory != null) {
                    afterStory.run();
                }
            }
            return written;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsfuse-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Written>> futures = new ArrayList<>();
            for (Story s : stories) {
                futures.add(pool.submit(() -> {
                    Written w = write(s, out.resolve(s.id()));
                    if (afterStory != null) {
                        afterStory.run();
                    }
                    return w;
                }));
            }
            List<Written> written = new ArrayList<>();
            for (java.util.concurrent.Future<Written> f : futures) {
                written.add(f.get());
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the reports", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("writing a report failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static void removeStale(Engine.Result result, Path out) throws IOException {
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
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < result.stories().size(); k++) {
            index.put(result.stories().get(k).id(), k);
        }
        // topics as named groups, their stories under them; a story no topic lists comes last
        List<Engine.Topic> groups = new java.util.ArrayList<>(result.topics());
        java.util.Set<String> listed = new java.util.HashSet<>();
        groups.forEach(t -> listed.addAll(t.stories()));
        List<String> rest = index.keySet().stream().filter(id -> !listed.contains(id)).sorted(
                java.util.Comparator.comparing(index::get)).toList();
        if (!rest.isEmpty()) {
            groups.add(new Engine.Topic("", rest, null));
        }
        for (Engine.Topic t : groups) {
            out.println();
            if (!t.id().isEmpty()) {
                int m = t.stories().size();
                out.println("Topic " + t.id() + ": " + (t.name() == null || t.name().isBlank() ? "(unnamed)" : t.name()) + " ("
                        + m + (m == 1 ? " story)" : " stories)"));
            }
            for (String id : t.stories()) {
                Integer k = index.get(id);
                if (k != null) {
                    printStory(out, result.stories().get(k), w.stories().get(k), k < SUMMARISED);
                }
            }
        }
        out.println();
        if (result.stories().size() > SUMMARISED) {
            out.println("Summaries of the first " + SUMMARISED + " stories shown; every story is in the index.");
        }
        out.println("Index: " + w.index());
        out.println("       " + w.storiesJson());
    }

    private static void printStory(PrintStream out, Story story, Written written, boolean summarised) {
        List<String> outlets = StoriesIndex.outlets(story);
        out.println("  " + story.id() + "  " + story.headline());
        out.println("      " + Citations.outletCount(story) + (outlets.isEmpty() ? "" : ": " + String.join(", ", outlets)));
        if (summarised) {
            List<SummarySentence> summary = story.summary();
            for (int i = 0; i < summary.size(); i++) {
                SummarySentence s = summary.get(i);
                out.println("      " + (i + 1) + ". " + WireQuotes.typeset(s.text()) + " ["
                    + String.join("; ", Citations.labels(story, s.sources())) + "]");
            }
        }
        out.println("      " + written.markdown().getParent().resolve("story.{md,json,html}"));
    }

    /** Stories whose summary is printed on the terminal; the rest show their headline only. */
    static final int SUMMARISED = 10;

    static void print(PrintStream out, Story story, Written w) {
        out.println(story.headline());
        out.println();
        List<SummarySentence> summary = story.summary();
        for (int i = 0; i < summary.size(); i++) {
            SummarySentence s = summary.get(i);
            out.println((i + 1) + ". " + WireQuotes.typeset(s.text()) + " ["
                    + String.join("; ", Citations.labels(story, s.sources())) + "]");
        }
        out.println();
        out.println(story.articles().size() + " articles. Reports:");
        out.println("  " + w.markdown());
        out.println("  " + w.json());
        out.println("  " + w.html());
    }
}
