package org.newsfuse.pipeline;

import java.time.Duration;

/**
 * Bounds on the work one document may cost, so that one hostile or broken input cannot stall a run
 * or exhaust memory. The defaults are far above any real news article (a long article is 50 KB of
 * text and takes well under a second); see {@code docs/robustness.md}.
 *
 * @param maxBytes      bytes read at most from one input (a file, standard input, one JSON line, one
 *                      WARC record's page); a larger input is refused with an error (command line:
 *                      {@code --max-bytes})
 * @param maxTokenChars longest run of non-space characters handed to the tokenizer; a longer run is
 *                      junk, dropped before tokenizing ({@code --max-token})
 * @param docTimeout    time budget of one document's article stages; an overrun turns into an error
 *                      for that document ({@code --doc-timeout})
 */
public record Limits(long maxBytes, int maxTokenChars, Duration docTimeout) {
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_TOKEN_CHARS = 256;
    public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(60);

    public Limits {
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("--max-bytes must be at least 1024");
        }
        if (maxTokenChars < 16) {
            throw new IllegalArgumentException("--max-token must be at least 16 characters");
        }
        if (docTimeout == null || docTimeout.isNegative() || docTimeout.isZero()) {
            throw new IllegalArgumentException("--doc-timeout must be a positive number of seconds");
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_TOKEN_CHARS, DEFAULT_DOC_TIMEOUT);
    }

    public Limits withMaxBytes(long n) {
        return new Limits(n, maxTokenChars, docTimeout);
    }

    public Limits withMaxTokenChars(int n) {
        return new Limits(maxBytes, n, docTimeout);
    }

    public Limits withDocTimeout(Duration d) {
        return new Limits(maxBytes, maxTokenChars, d);
    }

    /** A byte count for messages: "16 MiB", "1500 bytes". */
    public static String bytes(long n) {
        if (n >= 1024L * 1024 && n % (1024L * 1024) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return (n >> 10) + " KiB";
        }
        return n + " bytes";
    }
}
