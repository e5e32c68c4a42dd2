package org.newsfuse.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page: the charset a transport declared (HTTP Content-Type), else a
 * byte-order mark, else the page's own {@code <meta charset>} within its first 4 KB, else UTF-8 —
 * and when bytes are not valid in the chosen charset, windows-1252, which maps every byte.
 */
public final class HtmlBytes {
    private HtmlBytes() {
    }

    private static final Pattern META = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_\\-:.]+)");

    /** The page's text and the charset used. */
    public record Decoded(String text, String charset, String warning) {
    }

    public static Decoded decode(byte[] bytes, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", null);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        }
        Charset cs = charset(declared);
        if (cs == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META.matcher(head);
            if (m.find()) {
                cs = charset(m.group(1));
            }
        }
        if (cs == null || cs.equals(StandardCharsets.UTF_8) || cs.name().equalsIgnoreCase("US-ASCII")) {
            try {
                Decoding.Decoded d = Decoding.decode(bytes);
                return new Decoded(d.text(), d.warning() == null ? "UTF-8" : "windows-1252", d.warning());
            } catch (Decoding.NotTextException e) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", e.getMessage());
            }
        }
        return new Decoded(new String(bytes, cs), cs.name(), null);
    }

    /** A charset by name, with the aliases browsers apply (latin1 and ascii mean windows-1252), or null. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
        if (n.equals("latin1") || n.equals("iso-8859-1") || n.equals("ascii") || n.equals("us-ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
