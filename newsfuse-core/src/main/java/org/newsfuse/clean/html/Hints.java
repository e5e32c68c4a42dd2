package org.newsfuse.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Generic signals in an element's tag, class, id, role and itemprop — no site's names: words that
 * many sites use for the same thing (a share row is "share", a comment list "comments").
 */
final class Hints {
    private Hints() {
    }

    /** Tags whose text is never article text. */
    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "video", "audio", "button", "select", "textarea", "input", "option",
            "math", "head", "link", "meta", "dialog", "map", "area", "title");

    /** Tags whose text is boilerplate wherever they are (strong evidence). */
    static final Set<String> STRONG_BOILER_TAGS = Set.of("nav", "aside", "footer", "figcaption", "menu");

    /** Tags whose text is boilerplate when they sit inside the article (weak evidence: sites misuse them). */
    static final Set<String> BOILER_TAGS = Set.of("figure", "form", "header", "label", "fieldset", "legend",
            "address", "time");

    /** Tags that start a block of text. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
            "form", "fieldset", "legend", "address", "details", "summary", "center", "hr", "body", "html",
            "menu", "hgroup", "picture");

    /** Words (and two-word pairs, joined by "-") of class/id names that mark boilerplate. */
    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "commenting", "disqus", "share",
            "sharing", "sharebar", "social", "socials", "related", "recommended", "recommendation",
            "recommendations", "newsletter", "newsletters", "subscribe", "subscription", "signup", "sign-up", "promo",
            "promos", "promotion", "advert", "adverts", "advertisement", "advertising", "ad", "ads", "adslot",
            "adunit", "ad-unit", "dfp", "sponsor", "sponsored", "sidebar", "widget", "widgets", "cookie", "cookies",
            "consent", "gdpr", "banner", "popup", "modal", "overlay", "footer", "breadcrumb", "breadcrumbs", "byline",
            "bylines", "caption", "captions", "credit", "credits", "tags", "taglist", "tag-list", "toolbar",
            "trending", "popular", "most-read", "mostread", "most-popular", "outbrain", "taboola",
            "disclaimer", "copyright", "rating", "pagination", "pager", "masthead", "navigation", "nav", "navbar",
            "menu", "author-bio", "authorbio", "bio", "read-more", "readmore", "also-read", "more-stories",
            "morestories", "next-article", "recirc", "recirculation", "carousel", "slideshow", "gallery", "video",
            "player", "timestamp", "dateline", "meta", "metadata", "skip", "skiplink", "sr-only", "visually-hidden",
            "visuallyhidden", "screen-reader", "offscreen", "login", "signin", "sign-in", "teaser", "teasers",
            "topics", "keywords", "author-info", "contributor", "follow", "feedback", "survey", "alert", "alerts",
            "notification", "toast", "upsell", "donate", "donation", "membership", "header", "hero", "headline",
            "headlines", "standfirst", "lede-image");

    /** Words and pairs of class/id names that mark the article body. */
    private static final Set<String> STRONG_POSITIVE = Set.of("articlebody", "article-body", "article-content",
            "articlecontent", "article-text", "articletext", "story-body", "storybody", "story-content",
            "storycontent", "entry-content", "post-content", "postcontent", "post-body", "postbody", "post-text",
            "body-text", "bodytext", "article-main", "main-content", "maincontent", "content-body", "rich-text",
            "richtext", "prose");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Hidden from readers: {@code hidden}, {@code display:none}, {@code aria-hidden}. */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /** Marked as article body: {@code itemprop=articleBody} or a class/id that names it. */
    static boolean contentHint(Element e, List<String> words) {
        if ("articlebody".equalsIgnoreCase(e.attr("itemprop"))) {
            return true;
        }
        return anyWord(words, STRONG_POSITIVE);
    }

    /** No evidence of boilerplate. */
    static final int NONE = 0;
    /** Boilerplate by class/id or a loosely used tag: may be overruled when it holds much of the prose. */
    static final int WEAK = 1;
    /** Boilerplate by a tag or ARIA role made for it (nav, aside, footer, figcaption, menu). */
    static final int STRONG = 2;

    /** How strongly the element is marked as boilerplate by its tag, role or class/id. */
    static int boilerplate(Element e, String tag, List<String> words) {
        if (STRONG_BOILER_TAGS.contains(tag)) {
            return STRONG;
        }
        String role = e.attr("role");
        if (!role.isEmpty()) {
            String r = role.toLowerCase(Locale.ROOT);
            if (r.equals("navigation") || r.equals("complementary") || r.equals("contentinfo") || r.equals("menu")) {
                return STRONG;
            }
            if (r.equals("banner") || r.equals("dialog") || r.equals("alert")) {
                return WEAK;
            }
        }
        if (BOILER_TAGS.contains(tag)) {
            return WEAK;
        }
        return anyWord(words, NEGATIVE) && !anyWord(words, STRONG_POSITIVE) ? WEAK : NONE;
    }

    private static final Set<String> PAIR_STARTS = pairStarts();

    private static Set<String> pairStarts() {
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> set : List.of(NEGATIVE, STRONG_POSITIVE)) {
            for (String w : set) {
                int dash = w.indexOf('-');
                if (dash > 0) {
                    out.add(w.substring(0, dash));
                }
            }
        }
        return Set.copyOf(out);
    }

    private static boolean anyWord(List<String> words, Set<String> set) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (set.contains(w)) {
                return true;
            }
            if (i + 1 < words.size() && PAIR_STARTS.contains(w) && !words.get(i + 1).isEmpty()
                    && set.contains(w + "-" + words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-case letter words of an element's class and id; camelCase is split ("commentsContainer"
     * is "comments", "container"). An empty string separates one class name from the next.
     */
    static List<String> words(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String all = cls + " " + id;
        char prev = ' ';
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (letter && c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z') {
                out.add(w.toString());
                w.setLength(0);
            }
            if (letter) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
            if (Character.isWhitespace(c) && (out.isEmpty() || !out.get(out.size() - 1).isEmpty())) {
                out.add("");
            }
            prev = c;
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }
}
