package org.newsfuse.clean.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in its JSON-LD ({@code <script type="application/ld+json">}): the
 * first object typed as an article (NewsArticle, Article, ReportageNewsArticle, BlogPosting, …),
 * looked for in top-level objects, arrays and {@code @graph}, and the values newsfuse reads from it.
 * Malformed JSON is skipped.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS).build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "liveblogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle",
            "advertisercontentarticle", "satiricalarticle", "posting");

    private final JsonNode article;
    private final List<JsonNode> all;

    private JsonLd(JsonNode article, List<JsonNode> all) {
        this.article = article;
        this.all = all;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = s.data().strip();
            if (data.isEmpty() || data.length() > 5_000_000) {
                continue;
            }
            try {
                collect(JSON.readTree(data), objects);
            } catch (Exception malformed) {
                // skip a block that does not parse
            }
        }
        JsonNode best = null;
        for (JsonNode o : objects) {
            if (isArticle(o) && (best == null || text(o.get("articleBody")) != null && text(best.get("articleBody")) == null)) {
                best = o;
            }
        }
        return new JsonLd(best, objects);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(node);
        int guard = 0;
        while (!todo.isEmpty() && guard++ < 10_000) {
            JsonNode n = todo.pop();
            if (n == null) {
                continue;
            }
            if (n.isArray()) {
                for (int i = n.size() - 1; i >= 0; i--) {
                    todo.push(n.get(i));
                }
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    todo.push(n.get("@graph"));
                }
                if (n.has("mainEntity") && n.get("mainEntity").isObject()) {
                    todo.push(n.get("mainEntity"));
                }
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    boolean hasArticle() {
        return article != null;
    }

    String articleBody() {
        return article == null ? null : text(article.get("articleBody"));
    }

    String headline() {
        return article == null ? null : text(article.get("headline"));
    }

    String datePublished() {
        return article == null ? null : text(article.get("datePublished"));
    }

    String dateModified() {
        return article == null ? null : text(article.get("dateModified"));
    }

    String description() {
        return article == null ? null : text(article.get("description"));
    }

    String inLanguage() {
        return article == null ? null : text(article.get("inLanguage"));
    }

    /** Author names: strings, or objects' {@code name}, from {@code author} (one or a list). */
    List<String> authors() {
        List<String> out = new ArrayList<>();
        if (article == null) {
            return out;
        }
        JsonNode a = article.get("author");
        if (a == null) {
            return out;
        }
        if (a.isArray()) {
            for (JsonNode x : a) {
                addName(x, out);
            }
        } else {
            addName(a, out);
        }
        return out;
    }

    private static void addName(JsonNode x, List<String> out) {
        String name = x.isObject() ? text(x.get("name")) : text(x);
        if (name != null) {
            out.add(name);
        }
    }

    /** The publisher's name: the article's {@code publisher}, else a NewsMediaOrganization/WebSite on the page. */
    String publisherName() {
        if (article != null) {
            JsonNode p = article.get("publisher");
            if (p != null && p.isArray() && p.size() > 0) {
                p = p.get(0);
            }
            if (p != null) {
                String n = p.isObject() ? text(p.get("name")) : text(p);
                if (n != null) {
                    return n;
                }
            }
        }
        for (JsonNode o : all) {
            String t = o.path("@type").asText("").toLowerCase(Locale.ROOT);
            if (t.equals("newsmediaorganization") || t.equals("website")) {
                String n = text(o.get("name"));
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.size() == 0 ? null : text(n.get(0));
        }
        if (!n.isValueNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
