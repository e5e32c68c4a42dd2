package org.newsfuse.clean;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet a page belongs to from what the page itself carries: the web domain it names
 * most often (in comment disclaimers, "read more at" lines, copyright lines), turned into the
 * outlet's name when the page also spells the name out ("newindianexpress.com" and "The New Indian
 * Express"), or a copyright line. Social networks and other platforms' domains do not count. When
 * the page carries nothing, the outlet stays unknown.
 */
public final class OutletFinder {
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?<![@\\w.\\-/])(?:https?://)?((?:www\\.)?[a-z0-9][a-z0-9\\-]{1,62}(?:\\.[a-z0-9\\-]{2,62})*"
                    + "\\.(?:com|net|org|in|co\\.uk|co\\.in|co\\.za|com\\.au|co\\.nz|news|info|io|us|uk|ca|au|ie|nz|"
                    + "de|fr|es|it|nl|tv|press|media|online|example))(?![\\w\\-])");
    private static final Set<String> PLATFORMS = Set.of("twitter.com", "x.com", "facebook.com", "fb.com", "t.me",
            "instagram.com", "youtube.com", "youtu.be", "google.com", "news.google.com", "whatsapp.com",
            "linkedin.com", "telegram.org", "telegram.me", "reddit.com", "pinterest.com", "flipboard.com",
            "apple.com", "play.google.com", "tiktok.com", "threads.net", "bit.ly", "wikipedia.org", "example.com");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\([cC]\\)|\\bCopyright\\b)\\s*(?:\\d{4}\\s*(?:[-–]\\s*\\d{4}\\s*)?)?,?\\s*"
                    + "((?:The\\s+)?[A-Z][\\w&'.\\-]*(?:\\s+(?:of\\s+|&\\s+)?[A-Z][\\w&'.\\-]*){0,5})");
    /**
     * A wire service's credit: "WASHINGTON (AP) —", "(Reuters) -" at a story's opening, or an
     * "Associated Press Writer" / "By Reuters" line.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?m)^[^\\n]{0,60}?\\((AP|Reuters|AFP|PTI|IANS|ANI|UPI|Xinhua)\\)\\s*[-–—_]"
                    + "|(?m)^\\s*(?:By\\s+)?(Associated Press|Reuters|Agence France-Presse)(?:\\s+Writer)?\\s*$");
    private static final Pattern CAPITALIZED_RUN = Pattern.compile(
            "\\b((?:The\\s+)?[A-Z][\\w'&.\\-]*(?:\\s+[A-Z][\\w'&.\\-]*){0,6})");

    /** The outlet's name, its domain when no name goes with it, or null. */
    public String find(String rawText) {
        String domain = mostFrequentDomain(rawText);
        if (domain != null) {
            String name = nameForDomain(rawText, domain);
            return name != null ? name : domain;
        }
        Matcher credit = CREDIT.matcher(rawText);
        if (credit.find()) {
            String wire = credit.group(1) != null ? credit.group(1) : credit.group(2);
            String name = OutletNames.known(wire);
            return name != null ? name : wire;
        }
        Matcher c = COPYRIGHT.matcher(rawText);
        if (c.find()) {
            String name = trimName(c.group(1).split("\\.\\s")[0]);
            if (name.length() >= 3 && !name.equalsIgnoreCase("All Rights Reserved")) {
                return name;
            }
        }
        return null;
    }

    /** The most often named non-platform domain, lower-cased without "www.", or null. */
    public static String mostFrequentDomain(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = DOMAIN.matcher(text);
        while (m.find()) {
            String d = m.group(1).toLowerCase(Locale.ROOT);
            if (d.startsWith("www.")) {
                d = d.substring(4);
            }
            if (PLATFORMS.contains(d) || d.chars().filter(ch -> ch == '.').count() > 3) {
                continue;
            }
            // "e.g" or "U.S" style abbreviations are not domains: a label must have 2+ letters
            if (d.split("\\.")[0].length() < 2) {
                continue;
            }
            counts.merge(d, 1, Integer::sum);
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The spelled-out name matching a domain ("The New Indian Express" for newindianexpress.com), or null. */
    static String nameForDomain(String text, String domain) {
        String core = domain.split("\\.")[0].replace("-", "");
        if (core.startsWith("the") && core.length() > 5) {
            core = core.substring(3);
        }
        String found = null;
        Matcher m = CAPITALIZED_RUN.matcher(text);
        while (m.find()) {
            String[] words = m.group(1).split("\\s+");
            // try every contiguous sub-run: "The New Indian Express Group" contains "The New Indian Express"
            for (int i = 0; i < words.length; i++) {
                StringBuilder letters = new StringBuilder();
                for (int j = i; j < words.length; j++) {
                    letters.append(words[j].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
                    String l = letters.toString();
                    String withoutThe = l.startsWith("the") ? l.substring(3) : l;
                    if (withoutThe.equals(core) || l.equals(core)) {
                        String name = trimName(String.join(" ", java.util.Arrays.copyOfRange(words, i, j + 1)));
                        if (name.startsWith("The ")) {
                            return name; // the full form, as the outlet writes its own name
                        }
                        if (found == null) {
                            found = name;
                        }
                        if (i > 0 && words[i - 1].equals("The")) {
                            return "The " + name;
                        }
                    }
                    if (l.length() > core.length() + 3) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static String trimName(String s) {
        return s.strip().replaceAll("[.,;:]+$", "");
    }
}
