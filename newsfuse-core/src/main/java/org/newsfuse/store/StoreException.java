package org.newsfuse.store;

import java.nio.file.Path;

/** A store that cannot be used: not a database, corrupt, newer, read-only, locked. The message names the file. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public StoreException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public StoreException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }
}
