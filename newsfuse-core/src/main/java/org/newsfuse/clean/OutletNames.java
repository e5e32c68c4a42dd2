package org.newsfuse.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Outlet names as a reader knows them. A bundled table ({@code outlets.tsv}) maps registered domains
 * ("wsj.com") and short names ("WSJ") to publication names ("The Wall Street Journal"); a URL or
 * host is reduced to its registered domain first ("www.nytimes.com/2021/…" to "nytimes.com",
 * "news.bbc.co.uk" to "bbc.co.uk"). Names not in the table are tidied (a URL becomes its domain)
 * but never invented; words that name no outlet ("Hosted", "Home") are dropped.
 */
public final class OutletNames {
    private static final Map<String, String> TABLE = load();
    /** Second-level labels under which registrations sit one level deeper ("co.uk", "com.au"). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "edu", "ne", "or",
            "go", "gen", "nic");
    /** Site names that name no outlet: page furniture read as a site name. */
    private static final Set<String> NOT_NAMES = Set.of("hosted", "home", "homepage", "news", "index", "article",
            "articles", "story", "website", "site", "web", "online", "latest", "main", "page", "null", "undefined");

    private OutletNames() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = OutletNames.class.getResourceAsStream("outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("outlets.tsv missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split("\t", 2);
                if (kv.length == 2) {
                    m.put(kv[0].strip().toLowerCase(Locale.ROOT), kv[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /** The bundled table's name for a domain or short name, or null. */
    public static String known(String key) {
        return key == null ? null : TABLE.get(key.strip().toLowerCase(Locale.ROOT));
    }

    /** The host of a URL ("https://www.example.com/a" gives "www.example.com"), or null. */
    public static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (!u.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            u = "http://" + u;
        }
        try {
            String h = URI.create(u.replace(" ", "%20")).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The registered domain of a host: "www.nytimes.com" gives "nytimes.com", "news.bbc.co.uk" "bbc.co.uk". */
    public static String registeredDomain(String host) {
        if (host == null) {
            return null;
        }
        String[] p = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").split("\\.");
        if (p.length <= 2) {
            return String.join(".", p);
        }
        int keep = p[p.length - 1].length() == 2 && SECOND_LEVEL.contains(p[p.length - 2]) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(p, Math.max(0, p.length - keep), p.length));
    }

    /** The publication name for a URL's host, from the table (the full host, then its registered domain), or null. */
    public static String forUrl(String url) {
        String h = host(url);
        if (h == null) {
            return null;
        }
        String bare = h.startsWith("www.") ? h.substring(4) : h;
        String n = known(bare);
        return n != null ? n : known(registeredDomain(bare));
    }

    /**
     * A display name for what a page or input gives as its outlet: the table's name for a short
     * name, domain or URL; a URL or host otherwise shown as its registered domain; a name as written
     * (blanks collapsed); null when it names nothing.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        if (s.isEmpty() || NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String k = known(s);
        if (k != null) {
            return k;
        }
        if (s.matches("(?i)[a-z][a-z0-9+.-]*://\\S+") || s.matches("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+/?")) {
            String fromUrl = forUrl(s);
            if (fromUrl != null) {
                return fromUrl;
            }
            String h = host(s);
            return h == null ? s : registeredDomain(h.startsWith("www.") ? h.substring(4) : h);
        }
        return s;
    }

    /**
     * The site name a page gives, checked against its URL: a bare lower-case word that is only the
     * domain's first label ("nj" on nj.com) gives way to the table's name or the domain.
     */
    public static String siteName(String name, String url) {
        String n = normalise(name);
        String h = host(url);
        if (h == null) {
            return n;
        }
        String domain = registeredDomain(h.startsWith("www.") ? h.substring(4) : h);
        String byDomain = forUrl(url);
        if (n == null) {
            return byDomain;
        }
        if (n.equals(n.toLowerCase(Locale.ROOT)) && !n.contains(" ") && domain.startsWith(n.toLowerCase(Locale.ROOT))) {
            return byDomain != null ? byDomain : domain;
        }
        return n;
    }
}
