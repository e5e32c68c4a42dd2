package org.newsfuse.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Request bodies read with a size limit: 413 as soon as one is over it, declared or streamed. */
final class Bodies {
    private Bodies() {
    }

    static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(declared + " bytes", limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0;) {
                total += n;
                if (total > limit) {
                    throw tooLarge("more than " + limit + " bytes", limit);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiError.badRequest("the body could not be read: " + Json.clip(String.valueOf(e.getMessage())));
        }
    }

    private static ApiError tooLarge(String size, long limit) {
        return new ApiError(413, "the body is " + size + ", over the limit of " + limit + " bytes");
    }
}
