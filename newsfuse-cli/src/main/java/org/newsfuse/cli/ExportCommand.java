package org.newsfuse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsfuse.engine.Engine;
import org.newsfuse.model.Article;
import org.newsfuse.model.Duplicate;
import org.newsfuse.model.Story;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.StoredArticle;
import org.newsfuse.store.StoredStory;
import org.newsfuse.store.StoryListing;
import org.newsfuse.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse export --out DIR}: the store's stories in the layout {@code run} writes. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write every stored story in the layout 'run' writes: OUT/<story-id>/story.{md,json,html}, "
                + "OUT/stories.json and OUT/index.html (and OUT/story.* when there is exactly one story). Stories keep "
                + "their store ids; the biggest comes first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the reports could not be written",
                "2:the database cannot be read (named on stderr) or holds no story"})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsfuse.db", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the reports.")
    Path out;

    @Override
    public Integer call() {
        try (SqliteStore store = SqliteStore.open(db, false)) {
            Integer code = store.snapshot(() -> export(store));
            return code;
        } catch (StoreException e) {
            System.err.println("newsfuse: " + e.getMessage());
            return 2;
        }
    }

    private int export(SqliteStore store) {
        List<StoryListing> listings = store.allStories();
        if (listings.isEmpty()) {
            System.err.println("newsfuse: " + db + ": the store holds no story");
            return 2;
        }
        List<Story> stories = new ArrayList<>();
        for (StoryListing l : listings) {
            List<Article> arts = new ArrayList<>();
            for (StoredArticle a : store.articlesOf(l.id())) {
                List<Duplicate> d = new ArrayList<>();
                for (StoredArticle.Copy c : a.copies()) {
                    d.add(new Duplicate(c.id(), c.input(), c.outlet(), c.url(), c.published(), c.similarity()));
                }
                arts.add(new Article(a.id(), a.input(), null, a.url(), a.outlet(), a.title(), a.byline(), a.published(),
                        null, null, null, null, null, null, Set.of(), d));
            }
            stories.add(new Story(l.id(), arts, l.headline(), null, null, null, null, Set.of()));
        }
        List<Engine.Topic> topics = new ArrayList<>();
        store.topics().forEach((id, ids) -> topics.add(new Engine.Topic(id, ids)));
        Engine.Result result = new Engine.Result(stories, List.of(), List.of(), topics);
        boolean single = stories.size() == 1;
        Map<String, String> jsonPaths = new LinkedHashMap<>();
        Map<String, String> htmlLinks = new LinkedHashMap<>();
        try {
            Files.createDirectories(out);
            StoryWriter.removeStale(result, out);
            for (Story s : stories) {
                StoredStory st = store.story(s.id()).orElseThrow();
                write(st, out.resolve(s.id()));
                if (single) {
                    write(st, out);
                }
                jsonPaths.put(s.id(), single ? "story.json" : s.id() + "/story.json");
                htmlLinks.put(s.id(), single ? "story.html" : s.id() + "/story.html");
            }
            String version = Version.current();
            Path json = StoryWriter.writeAtomically(out.resolve("stories.json"), StoriesIndex.json(result, jsonPaths, version));
            Path index = StoryWriter.writeAtomically(out.resolve("index.html"), StoriesIndex.html(result, htmlLinks, version));
            System.out.println(stories.size() + (single ? " story" : " stories") + " written to " + out);
            System.out.println("Index: " + index);
            System.out.println("       " + json);
            return 0;
        } catch (IOException e) {
            System.err.println("newsfuse: " + out + ": cannot write the reports: " + e.getMessage());
            return 1;
        }
    }

    private static void write(StoredStory s, Path dir) throws IOException {
        Files.createDirectories(dir);
        StoryWriter.writeAtomically(dir.resolve("story.md"), s.markdown());
        StoryWriter.writeAtomically(dir.resolve("story.json"), s.json());
        StoryWriter.writeAtomically(dir.resolve("story.html"), s.html());
    }
}
