package org.newsfuse.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newsfuse.clean.html.CharsetSniffer;

/** Turns bytes into text, telling binary data and non-UTF-8 text apart from good UTF-8. */
public final class Decoding {
    private Decoding() {
    }

    /** Result of decoding: the text, and a warning when it was not clean UTF-8 (else null). */
    public record Decoded(String text, String warning) {
    }

    /** Thrown when the bytes are not text at all. */
    public static final class NotTextException extends Exception {
        private static final long serialVersionUID = 1L;

        public NotTextException(String message) {
            super(message);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Decodes bytes as UTF-8 (a BOM is dropped). Bytes with NUL characters or many control
     * characters are binary and rejected. Text that is not valid UTF-8 is read as windows-1252 (a
     * superset of Latin-1 that maps every byte) with a warning saying so.
     */
    public static Decoded decode(byte[] bytes) throws NotTextException {
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            return new Decoded(utf16(bytes, utf16), null);
        }
        checkText(bytes);
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(utf8.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), null);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252),
                    "not valid UTF-8 (first bad byte at offset " + bad + "); read as windows-1252");
        }
    }

    /**
     * Throws when the first 64 KiB of {@code bytes} are not text: a NUL byte, or many control bytes
     * (a UTF-16 byte-order mark excepted: its text has NUL bytes).
     */
    public static void checkText(byte[] bytes) throws NotTextException {
        if (utf16ByBom(bytes) != null) {
            return;
        }
        int n = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new NotTextException("binary file (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (n > 0 && control > Math.max(8, n / 50)) {
            throw new NotTextException("binary file (" + control + " control bytes in the first " + n + "), not text");
        }
    }

    /**
     * Decodes an HTML page: a byte-order mark, else valid UTF-8, else the charset the page declares
     * ({@code <meta charset>} or {@code http-equiv}), else windows-1252 with a warning. A page with a
     * few NUL bytes (common in crawls) is still a page; one where more than 5% of the first 8 KiB are
     * control bytes is not text.
     */
    public static Decoded decodeHtml(byte[] bytes) throws NotTextException {
        if (CharsetSniffer.looksBinary(bytes)) {
            throw new NotTextException("binary file (many control bytes), not an HTML page");
        }
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            return new Decoded(utf16(bytes, utf16), null);
        }
        Charset cs = CharsetSniffer.detect(bytes, null);
        String text = new String(bytes, cs);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String warning = cs.equals(WINDOWS_1252) && CharsetSniffer.metaCharset(bytes) == null
                ? "not valid UTF-8 and no charset declared (first bad byte at offset " + firstInvalidUtf8(bytes, 0)
                        + "); read as windows-1252"
                : null;
        return new Decoded(text, warning);
    }

    /** UTF-16 (big- or little-endian) when the bytes start with its byte-order mark, else null. */
    static Charset utf16ByBom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** UTF-16 text after its byte-order mark; malformed units (a lone surrogate, an odd last byte) become U+FFFD. */
    private static String utf16(byte[] b, Charset cs) {
        return new String(b, 2, b.length - 2, cs);
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : -1;
            if (len < 0 || i + len > b.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return i;
    }
}
