package org.newsfuse.pipeline;

/** One document could not go through a stage; the message says why, in words for the user. */
public class StageException extends Exception {
    private static final long serialVersionUID = 1L;

    public StageException(String message) {
        super(message);
    }

    public StageException(String message, Throwable cause) {
        super(message, cause);
    }
}
