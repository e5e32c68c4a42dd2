package org.newsfuse.cli;

import java.time.Duration;
import java.util.Locale;
import org.newsfuse.pipeline.Limits;
import picocli.CommandLine.Option;

/** The options that bound one document's work, shared by every command that reads articles. */
public final class LimitOptions {
    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "16M",
            description = "Read at most this much of one input (a file, standard input, one JSON line, one WARC "
                    + "record's page), e.g. 500K, 16M or 1G; a larger input is refused with an error "
                    + "(default: ${DEFAULT-VALUE}).")
    String maxBytes;

    @Option(names = "--max-token", paramLabel = "CHARS", defaultValue = "" + Limits.DEFAULT_MAX_TOKEN_CHARS,
            description = "Cut any run of non-space characters longer than this into pieces before tokenizing "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxToken;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time budget of one document's article stages; a document over it is skipped with an "
                    + "error (default: ${DEFAULT-VALUE}).")
    double docTimeout;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors on stderr: no warnings and no progress bar.")
    boolean quiet;

    /** The limits these options give; throws IllegalArgumentException with a message for the user. */
    public Limits limits() {
        if (!(docTimeout > 0) || docTimeout > 86_400) {
            throw new IllegalArgumentException("--doc-timeout must be a number of seconds between 0 and 86400, not "
                    + docTimeout);
        }
        return new Limits(parseSize(maxBytes), maxToken, Duration.ofMillis(Math.round(docTimeout * 1000)));
    }

    /** "16M" → 16 MiB; "500K", "1G", "1024" (bytes). */
    static long parseSize(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("IB")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("K")) {
            unit = 1L << 10;
        } else if (t.endsWith("M")) {
            unit = 1L << 20;
        } else if (t.endsWith("G")) {
            unit = 1L << 30;
        }
        if (unit > 1) {
            t = t.substring(0, t.length() - 1);
        }
        long n;
        try {
            n = Long.parseLong(t.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-bytes must be a size such as 500K, 16M or 1G, not '" + s + "'");
        }
        if (n < 1 || n > (1L << 31) / unit) {
            throw new IllegalArgumentException("--max-bytes must be between 1K and 2G, not '" + s + "'");
        }
        return n * unit;
    }
}
