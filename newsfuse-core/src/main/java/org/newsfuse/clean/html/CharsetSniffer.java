package org.newsfuse.clean.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML page's bytes. The order: a byte-order mark; else UTF-8 when the bytes are valid
 * UTF-8 (valid multi-byte UTF-8 is very unlikely to be text in another charset, and a wrong
 * declared charset is a common fault); else the charset the page's own {@code <meta>} declares in its
 * first 4 KiB; else the charset declared outside the page (e.g. an HTTP header); else windows-1252,
 * which decodes any byte.
 */
public final class CharsetSniffer {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private CharsetSniffer() {
    }

    /** The page as text. */
    public static String decode(byte[] bytes, String declaredCharset) {
        return new String(bytes, detect(bytes, declaredCharset));
    }

    /** The charset to decode the page with (see the class comment for the order). */
    public static Charset detect(byte[] bytes, String declaredCharset) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset meta = m.find() ? forName(m.group(1)) : null;
        if (meta != null && !meta.equals(StandardCharsets.UTF_8)) {
            return meta;
        }
        Charset declared = forName(declaredCharset);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return declared;
        }
        return FALLBACK;
    }

    /** The charset the page's own {@code <meta>} declares in its first 4 KiB (null when none, or unknown). */
    public static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? forName(m.group(1)) : null;
    }

    /**
     * Whether the bytes are not text at all: more than 5% of the first 8 KiB are control bytes other
     * than tab, line feed, form feed and carriage return (UTF-16 pages, marked by a BOM, excepted).
     */
    public static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > n * 0.05;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // browsers read latin-1 and ascii labels as windows-1252
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return FALLBACK;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
