package org.newsfuse.server;

import io.javalin.http.Context;
import java.io.IOException;

/**
 * Sends cached bytes (a rendered page or JSON) as the body of a 200. They are written straight to the
 * response's stream (Javalin's, which still compresses when the client asks for it) rather than
 * handed over as a result, which Javalin copies through a new 32 KiB buffer on every request: on
 * the cached routes that buffer was most of what a request allocated, and so most of the young
 * collections under load.
 */
final class Cached {
    private Cached() {
    }

    static void send(Context ctx, String contentType, byte[] body) {
        ctx.status(200).contentType(contentType);
        try {
            ctx.outputStream().write(body);
        } catch (IOException e) {
            // the client went away: nothing is left to answer
        }
    }
}
