package org.newsfuse.pipeline;

/**
 * An unchecked {@link StageException} for stages whose {@code apply} declares none (so that callers
 * that use the stage directly need not change): the pipeline reports it the same way, as an error
 * for that document with this message.
 */
public final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Rejected(String message) {
        super(message, null, false, false);
    }
}
