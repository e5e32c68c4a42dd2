package org.newsfuse.clean;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsfuse.text.Dates;

/** Metadata an HTML page declares in its head: title, published date, author, site name, URL, language. */
public record HtmlMetadata(String title, LocalDate published, String author, String siteName, String url,
        String language) {

    public static HtmlMetadata of(Document doc) {
        String title = first(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : null;
        }
        if (title == null && !doc.title().isBlank()) {
            title = doc.title().strip();
        }
        String date = first(doc, "meta[property=article:published_time]", "meta[name=pubdate]",
                "meta[name=publishdate]", "meta[itemprop=datePublished]", "meta[name=date]",
                "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=parsely-pub-date]");
        if (date == null) {
            Element time = doc.selectFirst("time[datetime]");
            date = time != null ? time.attr("datetime") : null;
        }
        String author = first(doc, "meta[name=author]", "meta[property=article:author]");
        if (author != null && (author.startsWith("http") || author.contains("/"))) {
            author = null;
        }
        String site = first(doc, "meta[property=og:site_name]", "meta[name=application-name]");
        String url = first(doc, "link[rel=canonical]", "meta[property=og:url]");
        String lang = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang") : null;
        if (lang != null) {
            lang = lang.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
            if (lang.isBlank()) {
                lang = null;
            }
        }
        return new HtmlMetadata(title, Dates.parseGiven(date), author, site, url, lang);
    }

    private static String first(Document doc, String... selectors) {
        for (String sel : selectors) {
            Element e = doc.selectFirst(sel);
            if (e != null) {
                String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("href") ? e.attr("abs:href") : e.text();
                if (v == null || v.isBlank()) {
                    v = e.attr("href");
                }
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return null;
    }
}
