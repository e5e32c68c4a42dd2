package org.newsfuse.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.StoredStory;
import org.newsfuse.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse show STORY}: one stored story's report. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print one stored story's report (story.md, story.json or story.html, as 'run' writes them). "
                + "The id of a story merged into another shows the story it became."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:no such story, the database cannot be read (named on stderr), or the options are wrong"})
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "STORY", description = "A story id (s12).")
    String id;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsfuse.db", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("md") && !f.equals("json") && !f.equals("html")) {
            System.err.println("newsfuse show: --format must be md, json or html, not '" + format + "'");
            return 2;
        }
        try (SqliteStore store = SqliteStore.open(db, false)) {
            Optional<StoredStory> s = store.story(id);
            if (s.isEmpty()) {
                System.err.println("newsfuse: " + db + ": no story " + id);
                return 2;
            }
            StoredStory st = s.get();
            System.out.print(f.equals("md") ? st.markdown() : f.equals("json") ? st.json() : st.html());
            return 0;
        } catch (StoreException e) {
            System.err.println("newsfuse: " + e.getMessage());
            return 2;
        }
    }
}
