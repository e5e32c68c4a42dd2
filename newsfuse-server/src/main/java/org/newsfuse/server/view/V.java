package org.newsfuse.server.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Helpers the templates call. Every value they return is still escaped by the template. */
public final class V {
    private V() {
    }

    /** The URL when it is an absolute http(s) URL with a host, else null (no link is made). */
    public static String safeUrl(String url) {
        if (url == null || url.length() > 2000) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u.toASCIIString();
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }

    /** A value as one path segment or query value. */
    public static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String entityHref(String name) {
        return "/entities/" + enc(name);
    }

    public static String outletHref(String name) {
        return "/outlets/" + enc(name);
    }

    public static String articleHref(String id, int sentence) {
        return sentence < 0 ? "/articles/" + id : "/articles/" + id + "?s=" + sentence + "#s" + sentence;
    }

    /** The index of the sentence of an article (its story.json entry) that holds an offset, or -1. */
    public static int sentenceAt(JsonNode article, int offset) {
        int i = 0;
        for (JsonNode s : article.path("sentences")) {
            if (offset >= s.path(0).asInt() && offset < s.path(1).asInt()) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** A text or null. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : v.isNumber() ? v.asText() : null;
    }
}
