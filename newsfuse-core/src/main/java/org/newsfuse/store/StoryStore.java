package org.newsfuse.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.newsfuse.model.Article;
import org.newsfuse.model.Story;

/**
 * Where stories live between runs. Readers (listing, search, one story, one article) never block
 * on a writer; every write happens inside {@link #write}, one transaction: what it wrote exists
 * for everyone after it returns, and nothing of it if it throws or the process dies.
 * Implementations report unusable storage (not a database, corrupt, newer schema, read-only,
 * locked by another writer) as a {@link StoreException} naming the file.
 */
public interface StoryStore extends AutoCloseable {

    /** The file (or other location) the store lives in, for messages. */
    Path location();

    /** Stories matching the query, newest activity first, one page. */
    StoryPage stories(StoryQuery query);

    /**
     * What a listing shows of a story, without its reports (cheap: for checking whether a story
     * changed, by its {@code updated}); an id merged into another story resolves to the surviving one.
     */
    Optional<StoryListing> listing(String id);

    /** A story's story.json alone (cheaper than {@link #story}); an id merged into another story resolves to the surviving one. */
    Optional<String> storyJson(String id);

    /** A story by id; an id merged into another story resolves to the surviving one. */
    Optional<StoredStory> story(String id);

    /** An article by id; the id of an input stored as a copy resolves to the article it copies. */
    Optional<StoredArticle> article(String id);

    /**
     * The id the latest stored input of this name got: its article's id, or the copy's id when it
     * was stored as a copy (a copy's id resolves to the article through {@link #article}); empty
     * when no input of this name is stored.
     */
    Optional<String> idOfInput(String input);

    /** Entities whose name or alias starts with the text (case-insensitive), at most {@code limit}. */
    List<EntityListing> entities(String prefix, int limit);

    /** Every outlet with the number of stories it reports, most first. */
    List<OutletCount> outlets();

    /** Every story, biggest first then oldest (the order {@code run} writes). */
    List<StoryListing> allStories();

    /** A story's articles with their copies, oldest first (an empty list for an unknown id). */
    List<StoredArticle> articlesOf(String storyId);

    /** Topics: id → the ids of their stories, in the order of {@link #allStories()}. */
    java.util.Map<String, List<String>> topics();

    /** Stored articles and copies: how many there are. */
    Counts counts();

    /** Runs {@code work} in one write transaction and commits it; nothing of it is kept when it throws. */
    <T> T write(Function<Transaction, T> work);

    @Override
    void close();

    /** How many of each thing the store holds. */
    record Counts(int articles, int copies, int stories) {
    }

    /** An outlet and how many stories it reports. */
    record OutletCount(String outlet, int stories) {
    }

    /** A live stored article, as the clusterer needs it: its story and the text and metadata it is compared on. */
    record LiveArticle(String id, String story, String input, String url, String outlet, String title,
            LocalDate published, String text) {
    }

    /** What changed in a story, for the writer: its processed form and the reports rendered from it. */
    record StoryResult(Story story, String topic, String json, String markdown, String html) {
    }

    /**
     * The operations of one write transaction: the look-ups an ingest needs and the writes it makes.
     * Ids handed out in a transaction that commits are never handed out again.
     */
    interface Transaction {
        /** True when this input with this raw content is stored already, as an article or a copy. */
        boolean hasInput(String input, String rawHash);

        /** The article with this URL, or null. */
        String articleByUrl(String url);

        /** The article whose clean text has this hash, or null. */
        String articleByContentHash(String hash);

        /** Articles sharing at least one MinHash band key ({@code keys[b]} is band b's). */
        Collection<String> articlesByBands(long[] keys);

        /** The stored MinHash signature of an article, or null. */
        long[] signature(String articleId);

        /**
         * Every article of the stories whose latest article was published on or after {@code since}
         * (or that have no dated article), oldest first; {@code since} null means every story.
         */
        List<LiveArticle> liveArticles(LocalDate since);

        /**
         * Up to {@code limit} dated articles of the stories that are not live at {@code since} (their
         * latest article is older), the most recently stored first.
         */
        List<LiveArticle> quietArticles(LocalDate since, int limit);

        /** The latest publication date of any stored article, or null. */
        LocalDate latestDate();

        /** The story an article belongs to. */
        String storyOf(String articleId);

        /** The ids of a story's articles, oldest first. */
        List<String> storyArticles(String storyId);

        /** A stored article with its sentences, tokens and copies, as the story stages need it. */
        Article load(String articleId);

        /** The order a story was created in (smaller is older). */
        long storyOrder(String storyId);

        /** A fresh article id. */
        String newArticleId();

        /** A fresh story id, with an empty story row made for it. */
        String newStory();

        /** Stores a new article into a story. */
        void addArticle(Article a, String storyId, String contentHash, String rawHash, long[] signature, long[] bandKeys);

        /** Stores an input found to be a copy of a stored article. */
        void addCopy(String copyId, String articleId, Article copy, String rawHash, double similarity, String reason);

        /** Moves a stored article into another story. */
        void moveArticle(String articleId, String storyId);

        /** Records that a story was merged into another (its id resolves to {@code into} from now on) and removes it. */
        void mergeStory(String old, String into);

        /** Saves a story's processed form: headline, summary and citations, quotes, entities, comparison, reports. */
        void saveStory(StoryResult result);

        /** Sets the topic of a story. */
        void setTopic(String storyId, String topicId);

        /** Writes a line of the ingest log. */
        void logIngest(String inputs, int newArticles, int copies, int created, int updated);
    }
}
