package org.newsfuse.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.DocumentError;

/**
 * Reads RSS and Atom feeds (with Rome). An item that carries the article's full content becomes a
 * raw HTML document named {@code feed#N}, with the item's title, link, date and author as given
 * metadata and the feed's title as the outlet. An item that carries only a summary is not an
 * article: it is reported as such, by name.
 */
final class FeedInput {
    private FeedInput() {
    }

    /** Fewest words of text for an item's content to count as a full article. */
    static final int MIN_ARTICLE_WORDS = 120;

    static boolean isFeedName(String lower) {
        return lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml");
    }

    static boolean looksLikeFeed(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    /** A DOCTYPE with an internal subset (entity declarations: XXE, "billion laughs"). */
    private static final java.util.regex.Pattern DOCTYPE_SUBSET = java.util.regex.Pattern.compile(
            "<!DOCTYPE[^>\\[]*\\[", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A plain DOCTYPE naming an external DTD (RSS 0.91's), which is never fetched. */
    private static final java.util.regex.Pattern DOCTYPE_PLAIN = java.util.regex.Pattern.compile(
            "<!DOCTYPE[^>\\[]*>", java.util.regex.Pattern.CASE_INSENSITIVE);

    static void read(String name, String xml, List<RawDocument> docs, Consumer<DocumentError> errors) {
        SyndFeed feed;
        if (DOCTYPE_SUBSET.matcher(xml).find()) {
            errors.accept(DocumentError.error(name, "feed", "the feed declares entities in its DOCTYPE (a way to read "
                    + "local files or expand text without bound); refused"));
            return;
        }
        // a plain DOCTYPE (RSS 0.91) is dropped: its DTD is never fetched, nothing is resolved
        xml = DOCTYPE_PLAIN.matcher(xml).replaceFirst("");
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | RuntimeException | StackOverflowError e) {
            errors.accept(DocumentError.error(name, "feed", "not a readable RSS/Atom feed: " + e.getMessage()));
            return;
        }
        String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        int n = 0;
        int articles = 0;
        int summaries = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String where = name + "#" + n;
            String html = fullContent(e);
            String title = e.getTitle() == null ? null : e.getTitle().strip();
            if (html == null) {
                String summary = e.getDescription() == null ? "" : e.getDescription().getValue();
                int words = words(summary);
                errors.accept(DocumentError.warning(where, "feed", "item \"" + (title == null ? "untitled" : title)
                        + "\" carries only a summary (" + words + " words), not the article; skipped"));
                summaries++;
                continue;
            }
            Map<String, String> given = new LinkedHashMap<>();
            put(given, "title", title);
            put(given, "url", e.getLink());
            put(given, "outlet", outlet);
            put(given, "byline", author(e));
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            if (d != null) {
                given.put("published", d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
            }
            given.replaceAll((k, v) -> TextSafety.field(v).value());
            docs.add(new RawDocument(where, SourceFormat.HTML,
                    "<html><body>" + TextSafety.text(html).value() + "</body></html>", given));
            articles++;
        }
        if (articles == 0) {
            errors.accept(DocumentError.error(name, "feed", n == 0 ? "the feed has no items"
                    : "none of its " + n + " items carries a full article (" + summaries + " carry only a summary)"));
        }
    }

    /** The item's full content (content:encoded, Atom content, or a description long enough to be the article), or null. */
    static String fullContent(SyndEntry e) {
        List<String> candidates = new ArrayList<>();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                candidates.add(c.getValue());
            }
        }
        if (e.getDescription() != null && e.getDescription().getValue() != null) {
            candidates.add(e.getDescription().getValue());
        }
        String best = null;
        int bestWords = 0;
        for (String c : candidates) {
            int w = words(c);
            if (w > bestWords) {
                best = c;
                bestWords = w;
            }
        }
        return bestWords >= MIN_ARTICLE_WORDS ? best : null;
    }

    private static int words(String htmlOrText) {
        String text = Jsoup.parse(htmlOrText).text();
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static String author(SyndEntry e) {
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
            return e.getAuthor().strip();
        }
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                return p.getName().strip();
            }
        }
        return null;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v.strip());
        }
    }
}
