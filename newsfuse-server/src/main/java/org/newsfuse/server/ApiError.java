package org.newsfuse.server;

/** A request the server refuses: the status (4xx) and a message naming the problem. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("an API error is a 4xx, not " + status);
        }
    }

    public int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
