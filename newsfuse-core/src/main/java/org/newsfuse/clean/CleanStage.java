package org.newsfuse.clean;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.newsfuse.clean.html.ExtractedPage;
import org.newsfuse.clean.html.HtmlMainTextExtractor;
import org.newsfuse.model.Annotations;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.ArticleStage;
import org.newsfuse.pipeline.StageException;
import org.newsfuse.text.Dates;

/**
 * Clean text and metadata for an article. Metadata the input supplied (JSON Lines fields) wins over
 * what the page shows; what neither says stays null.
 */
public final class CleanStage implements ArticleStage {
    private static final Pattern FILE_DOMAIN = Pattern.compile(
            "(?i)((?:[a-z0-9\\-]+\\.)+(?:com|net|org|in|co\\.uk|news|info|example))");
    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
    private final HtmlMainTextExtractor extractor = new HtmlMainTextExtractor();

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Annotations.RAW);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Annotations.TEXT, Annotations.METADATA);
    }

    @Override
    public Article apply(Article a) throws StageException {
        RawDocument raw = a.raw();
        CleanResult r;
        ExtractedPage html = null;
        if (raw.format() == SourceFormat.HTML) {
            Document doc = HtmlText.parse(raw.content(), raw.given("url"));
            html = extractor.extract(doc, raw.given("url"));
            if (!html.paragraphs().isEmpty()) {
                List<String> ps = new ArrayList<>(html.paragraphs());
                String dateline = ScrapedTextCleaner.liftDateline(ps);
                r = new CleanResult(ps, html.title(), null, null, dateline, null, null, List.of());
            } else {
                // a fragment without page structure (a feed item's content): its lines, cleaned as text
                r = cleaner.clean(HtmlText.lines(doc));
            }
        } else {
            r = cleaner.clean(raw.content());
        }
        if (r.paragraphs().isEmpty()) {
            throw new StageException("no article text found (everything looked like page clutter)");
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String p : r.paragraphs()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paragraphs.add(new Paragraph(paragraphs.size(), text.length(), text.length() + p.length()));
            text.append(p);
        }
        String url = firstNonNull(raw.given("url"), html != null ? html.canonicalUrl() : null, r.url());
        String outlet = firstNonNull(OutletNames.normalise(raw.given("outlet")),
                html != null ? OutletNames.siteName(html.siteName(), url) : null, OutletNames.forUrl(url),
                OutletNames.normalise(r.outlet()), OutletNames.normalise(domainOf(url)),
                OutletNames.normalise(domainInName(a.input())));
        String title = firstNonNull(raw.given("title"), r.title(), html != null ? html.title() : null);
        String authors = html == null || html.authors().isEmpty() ? null : String.join(" and ", html.authors());
        String byline = firstNonNull(raw.given("byline"), authors, r.byline());
        LocalDate published = Dates.parseGiven(raw.given("published"));
        if (published == null && html != null) {
            published = Dates.parseGiven(html.published());
        }
        if (published == null) {
            published = r.published();
        }
        return a.toBuilder()
                .text(text.toString())
                .paragraphs(paragraphs)
                .url(url)
                .outlet(outlet)
                .title(title)
                .byline(byline)
                .published(published)
                .dateline(r.dateline())
                .language(html != null ? primaryLanguage(html.language()) : null)
                .removed(r.removed())
                .annotate(Annotations.TEXT, Annotations.METADATA)
                .build();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The primary language subtag: "en-GB" gives "en". */
    static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String p = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return p.matches("[a-z]{2,3}") ? p : null;
    }

    static String domainOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A domain in the input's file name ("thehindu.com_4471.txt"), or null: a bare id is not an outlet. */
    static String domainInName(String input) {
        String name = input.replaceAll(".*[/\\\\]", "").replaceAll(":\\d+$", "")
                .replaceAll("(?i)\\.(txt|html?|jsonl|ndjson)$", "");
        Matcher m = FILE_DOMAIN.matcher(name);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") : null;
    }
}
