package org.newsfuse.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsfuse.report.StoryJson;
import org.newsfuse.store.StoreException;
import org.newsfuse.store.StoryListing;
import org.newsfuse.store.StoryPage;
import org.newsfuse.store.StoryQuery;
import org.newsfuse.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfuse stories}: the stored stories, newest activity first. */
@Command(name = "stories", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"List the stories of the store, newest activity first: id, headline, articles, outlets, dates. "
                + "--search finds stories by the words of their headline, summary or article text."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (possibly none)", "2:the database cannot be read (named on stderr) or the options are wrong"})
public final class StoriesCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "newsfuse.db", description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--json", description = "Print {\"stories\": [...], \"next\": CURSOR} instead of a table.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Stories to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only stories whose headline, summary or articles hold every word.")
    String search;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after the page that returned this cursor (--json prints it).")
    String cursor;

    @Override
    public Integer call() {
        StoryQuery q;
        try {
            q = StoryQuery.first(limit).withSearch(search).withCursor(cursor);
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse stories: --" + e.getMessage());
            return 2;
        }
        try (SqliteStore store = SqliteStore.open(db, false)) {
            StoryPage page = store.stories(q);
            System.out.print(json ? json(page) : table(page));
            return 0;
        } catch (StoreException e) {
            System.err.println("newsfuse: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse stories: --cursor: " + e.getMessage());
            return 2;
        }
    }

    static String table(StoryPage page) {
        StringBuilder sb = new StringBuilder();
        for (StoryListing s : page.stories()) {
            String when = s.from() == null ? "date unknown" : s.from().equals(s.to()) ? s.from().toString() : s.from() + " – " + s.to();
            sb.append(s.id()).append("  ").append(s.headline()).append('\n').append("    ").append(s.articles())
                    .append(s.articles() == 1 ? " article" : " articles").append(" · ").append(when)
                    .append(s.outlets().isEmpty() ? "" : " · " + String.join(", ", s.outlets())).append('\n');
        }
        if (page.next() != null) {
            sb.append("(more: --cursor ").append(page.next()).append(")\n");
        }
        return sb.toString();
    }

    /** {@code {"stories": [{"id", "headline", "topic", "articleCount", "outlets", "from", "to", "summary", "updated"}], "next"}}. */
    static String json(StoryPage page) {
        ObjectNode root = page.json();
        try {
            return StoryJson.MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
