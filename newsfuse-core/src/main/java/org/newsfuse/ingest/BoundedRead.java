package org.newsfuse.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an input as a stream with a ceiling: never more than {@code max + 1} bytes are held, so a
 * 1 GB file, {@code /dev/zero} or a FIFO that never ends costs at most the ceiling in memory and
 * the time to read it. Also reads lines (for JSON Lines) under the same ceiling per line.
 */
final class BoundedRead {
    private BoundedRead() {
    }

    /** Bytes read and whether the input had more than the ceiling. */
    record Result(byte[] bytes, boolean over) {
    }

    /** Up to {@code max} bytes of {@code in}; {@code over} when there was at least one more. */
    static Result read(InputStream in, long max) throws IOException {
        int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 1 << 16));
        byte[] buf = new byte[1 << 16];
        long total = 0;
        while (true) {
            int want = (int) Math.min(buf.length, cap + 1L - total);
            if (want <= 0) {
                break;
            }
            int n = in.read(buf, 0, want);
            if (n < 0) {
                break;
            }
            out.write(buf, 0, n);
            total += n;
        }
        if (total > cap) {
            return new Result(null, true);
        }
        return new Result(out.toByteArray(), false);
    }

    /** One line of a stream: its bytes (without the line end), or null bytes when it was longer than the ceiling. */
    record Line(byte[] bytes, long length) {
        boolean over() {
            return bytes == null;
        }
    }

    /** Reads lines from a stream through its own buffer; a line over the ceiling is skipped, not held. */
    static final class Lines {
        private final InputStream in;
        private final long max;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int len;

        Lines(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        /** The next line (null at the end of the input). */
        Line next() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            long length = 0;
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        break;
                    }
                }
                any = true;
                int nl = -1;
                for (int i = pos; i < len; i++) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                int end = nl < 0 ? len : nl;
                int n = end - pos;
                if (out != null && length + n > max) {
                    out = null;
                }
                if (out != null) {
                    out.write(buf, pos, n);
                }
                length += n;
                pos = nl < 0 ? len : nl + 1;
                if (nl >= 0) {
                    break;
                }
            }
            if (!any) {
                return null;
            }
            if (out == null) {
                return new Line(null, length);
            }
            byte[] bytes = out.toByteArray();
            int n = bytes.length;
            if (n > 0 && bytes[n - 1] == '\r') {
                bytes = java.util.Arrays.copyOf(bytes, n - 1);
            }
            return new Line(bytes, length);
        }
    }
}
