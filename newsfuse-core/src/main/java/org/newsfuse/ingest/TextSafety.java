package org.newsfuse.ingest;

/**
 * Makes text that came from an input safe to carry through the pipeline and into the reports: a
 * lone UTF-16 surrogate (JSON allows {@code "\udfff"}; no encoder can write it) becomes U+FFFD, and
 * control characters that no article means (NUL, escape sequences, the C1 block) are dropped — in a
 * metadata field (title, outlet, byline, URL), line breaks and tabs become spaces and the value is
 * cut at {@link #MAX_FIELD_CHARS}.
 */
final class TextSafety {
    /** Longest metadata value kept: no real title, byline, outlet or URL comes near. */
    static final int MAX_FIELD_CHARS = 2000;

    private TextSafety() {
    }

    /** What cleaning changed in one value, for a warning. */
    record Cleaned(String value, int surrogates, int controls, boolean cut) {
        boolean changed() {
            return surrogates > 0 || controls > 0 || cut;
        }

        String what() {
            StringBuilder sb = new StringBuilder();
            if (surrogates > 0) {
                sb.append(surrogates).append(" lone UTF-16 surrogate").append(surrogates == 1 ? "" : "s")
                        .append(" replaced with U+FFFD");
            }
            if (controls > 0) {
                sb.append(sb.length() > 0 ? ", " : "").append(controls).append(" control character")
                        .append(controls == 1 ? "" : "s").append(" dropped");
            }
            if (cut) {
                sb.append(sb.length() > 0 ? ", " : "").append("cut at ").append(MAX_FIELD_CHARS).append(" characters");
            }
            return sb.toString();
        }
    }

    /** Article text: surrogates repaired, control characters other than white space dropped. */
    static Cleaned text(String s) {
        return clean(s, false);
    }

    /** A metadata field: as {@link #text}, white-space controls turned into spaces, length capped. */
    static Cleaned field(String s) {
        return clean(s, true);
    }

    private static Cleaned clean(String s, boolean field) {
        int surrogates = 0;
        int controls = 0;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                rep = "\uFFFD";
                surrogates++;
            } else if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                rep = field ? " " : null;
            } else if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                rep = "";
                controls++;
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        String out = sb == null ? s : sb.toString();
        boolean cut = false;
        if (field && out.length() > MAX_FIELD_CHARS) {
            int end = MAX_FIELD_CHARS;
            if (Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            out = out.substring(0, end);
            cut = true;
        }
        return new Cleaned(out, surrogates, controls, cut);
    }
}
