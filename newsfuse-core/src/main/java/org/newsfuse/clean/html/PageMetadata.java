package org.newsfuse.clean.html;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsfuse.text.Dates;

/**
 * A page's metadata, each field from the first source that gives a usable value (the order is in
 * docs/extraction.md): JSON-LD, then meta tags, then markup, then the URL or the visible text.
 */
final class PageMetadata {
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/-]|$)");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Pattern SLASH_DATE = Pattern.compile("\\b((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*(?:by|written by|words by|reported by|story by|von|par|por|di)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_WORD = Pattern.compile("(?:[\\p{Lu}][\\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al|dos|du|y)");
    private static final Set<String> NOT_NAMES = Set.of("staff", "admin", "editor", "editors", "news", "desk",
            "team", "reporter", "reporters", "correspondent", "agency", "agencies", "newsroom", "associated",
            "press", "reuters", "afp", "contributor", "guest", "author", "the", "and", "updated", "published",
            "share", "follow", "view", "more", "all", "posts", "by", "email", "twitter", "facebook");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:•·»]\\s+");

    private PageMetadata() {
    }

    static String title(Document doc, JsonLd ld, String siteName) {
        String t = clean(ld.headline());
        if (t == null) {
            t = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]", "meta[property=twitter:title]");
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 != null ? clean(h1.text()) : null;
        }
        if (t == null) {
            t = clean(doc.title());
        }
        return t == null ? null : stripSiteName(t, siteName);
    }

    /** Removes a trailing (or leading) " | Site Name" when it names the site or is a short label. */
    static String stripSiteName(String title, String siteName) {
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return title;
        }
        String tail = title.substring(lastEnd).strip();
        String head = title.substring(0, firstStart).strip();
        String site = siteName == null ? "" : norm(siteName);
        if (!site.isEmpty() && (norm(tail).equals(site) || norm(tail).contains(site) || site.contains(norm(tail)))) {
            return title.substring(0, lastStart).strip();
        }
        if (!site.isEmpty() && (norm(head).equals(site) || site.contains(norm(head)))) {
            return title.substring(firstEnd).strip();
        }
        // an unknown short tail after a long headline is a site name or a section label
        if (tail.split("\\s+").length <= 4 && title.substring(0, lastStart).split("\\s+").length >= 4
                && title.charAt(lastStart + 1) == '|') {
            return title.substring(0, lastStart).strip();
        }
        return title;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static String siteName(Document doc, JsonLd ld, String url) {
        String s = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]",
                "meta[name=apple-mobile-web-app-title]");
        if (s == null) {
            s = clean(ld.publisherName());
        }
        if (s == null) {
            s = host(url);
        }
        return s;
    }

    static String canonical(Document doc, String url) {
        String c = meta(doc, "link[rel=canonical]", "meta[property=og:url]");
        if (c != null && url != null && !c.startsWith("http")) {
            try {
                c = URI.create(url).resolve(c).toString();
            } catch (IllegalArgumentException e) {
                c = null;
            }
        }
        return c != null ? c : url;
    }

    static String language(Document doc, JsonLd ld) {
        Element html = doc.selectFirst("html");
        String l = attr(html, "lang");
        if (l == null) {
            l = attr(html, "xml:lang");
        }
        if (l == null) {
            l = meta(doc, "meta[http-equiv=content-language]", "meta[name=language]", "meta[property=og:locale]");
        }
        if (l == null) {
            l = clean(ld.inLanguage());
        }
        if (l == null) {
            return null;
        }
        l = l.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return l.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*") ? l : null;
    }

    static String description(Document doc, JsonLd ld) {
        String d = meta(doc, "meta[name=description]", "meta[property=og:description]", "meta[name=twitter:description]");
        return d != null ? d : clean(ld.description());
    }

    static String published(Document doc, JsonLd ld, String url) {
        LocalDate d = date(ld.datePublished());
        if (d == null) {
            d = date(meta(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                    "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=pubdate]",
                    "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]",
                    "meta[name=DC.date.issued]", "meta[name=dcterms.created]", "meta[name=article.published]",
                    "meta[property=og:published_time]", "meta[name=citation_publication_date]"));
        }
        if (d == null) {
            Element t = doc.selectFirst("[itemprop=datePublished][datetime], time[datetime][pubdate], time[datetime]");
            d = t != null ? date(t.attr("datetime")) : null;
        }
        if (d == null && url != null) {
            d = urlDate(url);
        }
        if (d == null) {
            Element t = doc.selectFirst("time");
            d = t != null ? date(t.text()) : null;
        }
        return d == null ? null : d.toString();
    }

    static String modified(Document doc, JsonLd ld) {
        LocalDate d = date(ld.dateModified());
        if (d == null) {
            d = date(meta(doc, "meta[property=article:modified_time]", "meta[itemprop=dateModified]",
                    "meta[property=og:updated_time]", "meta[name=last-modified]", "meta[name=dcterms.modified]"));
        }
        if (d == null) {
            Element t = doc.selectFirst("[itemprop=dateModified][datetime]");
            d = t != null ? date(t.attr("datetime")) : null;
        }
        return d == null ? null : d.toString();
    }

    static LocalDate urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_DATE_COMPACT.matcher(url);
            if (!m.find()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d = Dates.parseGiven(value);
        if (d != null) {
            return d;
        }
        Matcher m = SLASH_DATE.matcher(value);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Author names from JSON-LD, meta tags, rel=author links and "By …" lines; only what looks like names. */
    static List<String> authors(Document doc, JsonLd ld) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : ld.authors()) {
            addNames(a, out);
        }
        if (out.isEmpty()) {
            for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=parsely-author], "
                    + "meta[name=sailthru.author], meta[name=dc.creator], meta[name=byl]")) {
                addNames(m.attr("content"), out);
            }
        }
        if (out.isEmpty()) {
            for (Element a : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
                addNames(a.text(), out);
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select("[class*=byline], [class*=author]")) {
                String t = e.text();
                if (t.length() < 120) {
                    Matcher m = BYLINE.matcher(t);
                    if (m.find()) {
                        addNames(m.group(1), out);
                    }
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void addNames(String raw, Set<String> out) {
        if (raw == null || raw.isBlank() || raw.startsWith("http") || raw.contains("@") || raw.contains("/")) {
            return;
        }
        String s = raw.strip();
        Matcher by = BYLINE.matcher(s);
        if (by.find()) {
            s = by.group(1);
        }
        for (String part : s.split("\\s*(?:,|;|\\band\\b|&|\\|)\\s*")) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (looksLikeName(name)) {
                out.add(name);
            }
        }
    }

    /** Two to five words, each capitalised (or a name particle), no digits, no newsroom words. */
    static boolean looksLikeName(String s) {
        if (s.length() < 4 || s.length() > 60 || s.matches(".*\\d.*")) {
            return false;
        }
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The first usable value of the {@code meta} / {@code link} elements named by selectors of the form
     * {@code tag[attr=value]}, looked up in an index of the page's meta and link elements built once.
     */
    private static String meta(Document doc, String... selectors) {
        Map<String, Element> index = INDEXES.computeIfAbsent(doc, PageMetadata::index);
        for (String sel : selectors) {
            Element e = index.get(sel.toLowerCase(Locale.ROOT));
            if (e == null) {
                continue;
            }
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("href") ? e.attr("abs:href") : "";
            if (v.isBlank() && e.hasAttr("href")) {
                v = e.attr("href");
            }
            v = clean(v);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static final Map<Document, Map<String, Element>> INDEXES = Collections.synchronizedMap(new WeakHashMap<>());

    private static Map<String, Element> index(Document doc) {
        Map<String, Element> out = new HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            add(out, "meta", e, "name", "property", "itemprop", "http-equiv");
        }
        for (Element e : doc.getElementsByTag("link")) {
            add(out, "link", e, "rel");
        }
        return out;
    }

    private static void add(Map<String, Element> out, String tag, Element e, String... attrs) {
        boolean usable = usable(e);
        for (String a : attrs) {
            String v = e.attr(a).strip();
            if (!v.isEmpty()) {
                String key = (tag + "[" + a + "=" + v + "]").toLowerCase(Locale.ROOT);
                Element prev = out.get(key);
                if (prev == null || !usable(prev) && usable) {
                    out.put(key, e);
                }
            }
        }
    }

    private static boolean usable(Element e) {
        return clean(e.attr("content").isEmpty() ? e.attr("href") : e.attr("content")) != null;
    }

    /** Forgets the index of a page (called when its extraction is done). */
    static void release(Document doc) {
        INDEXES.remove(doc);
    }

    private static String attr(Element e, String name) {
        return e == null ? null : clean(e.attr(name));
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
