package org.newsfuse.clean.html;

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

    private static final Pattern NEGATIVE = Pattern.compile("(?:^|[^a-z])(?:comments?|commenting|disqus|share|"
            + "sharing|sharebar|social|socials|related|recommended|recommendations?|newsletters?|subscribe|"
            + "subscription|signup|sign-up|promo|promos|promotion|advert|adverts|advertisement|advertising|ad|ads|"
            + "adslot|adunit|ad-unit|dfp|sponsor|sponsored|sidebar|widget|widgets|cookie|cookies|consent|gdpr|"
            + "banner|popup|modal|overlay|footer|breadcrumbs?|byline|bylines|caption|captions|credit|credits|tags|"
            + "taglist|tag-list|toolbar|trending|popular|most-read|mostread|most-popular|outbrain|taboola|"
            + "paywall|disclaimer|copyright|rating|pagination|pager|masthead|navigation|nav|navbar|menu|"
            + "author-bio|authorbio|bio|read-more|readmore|also-read|more-stories|morestories|next-article|"
            + "recirc|recirculation|carousel|slideshow|gallery|video|player|timestamp|dateline|meta|metadata|"
            + "skip|skiplink|sr-only|visually-hidden|visuallyhidden|screen-reader-text|offscreen|"
            + "login|signin|sign-in|inline-ad|native-ad|teaser|teasers|topics|keywords|author-info|"
            + "contributor|follow|feedback|survey|alert|alerts|notification|toast|upsell|donate|donation|"
            + "membership|header|hero|headline|headlines|standfirst|lede-image)(?:[^a-z]|$)");

    private static final Pattern STRONG_POSITIVE = Pattern.compile("(?:^|[^a-z])(?:articlebody|article-body|"
            + "article__body|article_body|article-content|article__content|articlecontent|article-text|"
            + "articletext|story-body|storybody|story__body|story-content|storycontent|entry-content|"
            + "post-content|postcontent|post-body|postbody|post-text|body-text|bodytext|article-main|"
            + "main-content|maincontent|content-body|rich-text|richtext|prose)(?:[^a-z]|$)");

    private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");
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
    static boolean contentHint(Element e) {
        if ("articlebody".equalsIgnoreCase(e.attr("itemprop"))) {
            return true;
        }
        String names = names(e);
        return !names.isEmpty() && STRONG_POSITIVE.matcher(names).find();
    }

    /** No evidence of boilerplate. */
    static final int NONE = 0;
    /** Boilerplate by class/id or a loosely used tag: may be overruled when it holds much of the prose. */
    static final int WEAK = 1;
    /** Boilerplate by a tag or ARIA role made for it (nav, aside, footer, figcaption, menu). */
    static final int STRONG = 2;

    /** How strongly the element is marked as boilerplate by its tag, role or class/id. */
    static int boilerplate(Element e, String tag) {
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
        String names = names(e);
        if (names.isEmpty()) {
            return NONE;
        }
        return NEGATIVE.matcher(names).find() && !STRONG_POSITIVE.matcher(names).find() ? WEAK : NONE;
    }

    private static String names(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        // camelCase names are words too: "commentsContainer" is "comments-container"
        return CAMEL.matcher(cls + " " + id).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }
}
