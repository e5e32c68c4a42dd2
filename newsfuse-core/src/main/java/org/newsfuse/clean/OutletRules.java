package org.newsfuse.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfuse.model.RawDocument;

/**
 * A user's outlet names for inputs that carry none ({@code run --outlets FILE}, and any command that
 * reads inputs): one rule a line, {@code PATTERN<TAB>Outlet name}. PATTERN is a glob matched against
 * the input's file name ({@code 000_*.txt}, {@code D?.txt}), or a host matched against the input's
 * URL ({@code nytimes.com} matches {@code www.nytimes.com} and {@code nytimes.com}). Blank lines and
 * lines starting with {@code #} are ignored; the first matching rule wins. An outlet the input itself
 * gives (a JSON line's {@code outlet}) is kept.
 */
public final class OutletRules {
    private record Rule(String pattern, PathMatcher glob, String host, String outlet) {
    }

    private final List<Rule> rules;

    private OutletRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No rules. */
    public static OutletRules none() {
        return new OutletRules(List.of());
    }

    /** Reads a rules file; a malformed line is an error naming the file and line. */
    public static OutletRules load(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses rule lines; {@code source} names them in errors. */
    public static OutletRules parse(List<String> lines, String source) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = lines.get(i).split("\t", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected PATTERN<TAB>Outlet name");
            }
            String pattern = kv[0].strip();
            String outlet = kv[1].strip().replaceAll("\\s+", " ");
            boolean hostLike = pattern.matches("(?i)(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+") && !pattern.matches(
                    "(?i).*\\.(txt|html?|jsonl|ndjson|json|xml|rss|atom|warc|arc|gz)$");
            PathMatcher glob;
            try {
                glob = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": bad pattern '" + pattern + "': " + e.getMessage());
            }
            String host = hostLike ? pattern.toLowerCase(Locale.ROOT).replaceFirst("^\\*\\.", "").replaceFirst("^www\\.", "")
                    : null;
            rules.add(new Rule(pattern, glob, host, outlet));
        }
        return new OutletRules(rules);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The outlet a rule gives for an input name and URL (either may be null), or null. */
    public String outletFor(String input, String url) {
        String name = fileName(input);
        String host = OutletNames.host(url);
        if (host != null && host.startsWith("www.")) {
            host = host.substring(4);
        }
        for (Rule r : rules) {
            if (r.host() != null && host != null && (host.equals(r.host()) || host.endsWith("." + r.host()))) {
                return r.outlet();
            }
            if (name != null && !name.isEmpty()) {
                try {
                    if (r.glob().matches(Path.of(name))) {
                        return r.outlet();
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // an input name that is no file name (stdin:3) matches no glob
                }
            }
        }
        return null;
    }

    /** The document with the rules' outlet as given metadata, unless it gives one itself or no rule matches. */
    public RawDocument apply(RawDocument d) {
        if (rules.isEmpty() || d.given("outlet") != null) {
            return d;
        }
        String outlet = outletFor(d.input(), d.given("url"));
        if (outlet == null) {
            return d;
        }
        Map<String, String> given = new HashMap<>(d.given());
        given.put("outlet", outlet);
        return new RawDocument(d.input(), d.format(), d.content(), given);
    }

    /** Every document with {@link #apply(RawDocument)}. */
    public List<RawDocument> apply(List<RawDocument> docs) {
        List<RawDocument> out = new ArrayList<>(docs.size());
        for (RawDocument d : docs) {
            out.add(apply(d));
        }
        return out;
    }

    /** The file name of an input: "dir/x.txt" gives "x.txt", "feed.jsonl:3" gives "feed.jsonl", "a.warc@120" "a.warc". */
    static String fileName(String input) {
        if (input == null) {
            return null;
        }
        String n = input.replaceAll(".*[/\\\\]", "");
        return n.replaceFirst("(?:[:#@]\\d+)$", "");
    }
}
