package org.newsfuse.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the {@code --out} folder before any work, so that a run never ends with nowhere to write. */
final class OutputFolder {
    private OutputFolder() {
    }

    /** Null when {@code out} can take the reports (creating it if needed); else why not, in words. */
    static String problem(String out) {
        if (out == null || out.isBlank()) {
            return "--out needs a folder name (an empty name would write into the current folder)";
        }
        Path p;
        try {
            p = Path.of(out);
        } catch (RuntimeException e) {
            return "--out " + out + ": not a valid path (" + e.getMessage() + ")";
        }
        if (Files.exists(p) && !Files.isDirectory(p)) {
            return "--out " + out + ": is a file, not a folder";
        }
        try {
            Files.createDirectories(p);
        } catch (AccessDeniedException e) {
            return "--out " + out + ": cannot create the folder: permission denied" + at(e, out);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            return "--out " + out + ": cannot create the folder: " + reason.toLowerCase(java.util.Locale.ROOT) + at(e, out);
        } catch (IOException e) {
            return "--out " + out + ": cannot create the folder: " + e.getMessage();
        }
        if (!Files.isWritable(p)) {
            return "--out " + out + ": the folder is not writable (read-only or permission denied)";
        }
        try {
            Files.delete(Files.createTempFile(p, ".newsfuse-check-", ".tmp"));
        } catch (IOException e) {
            String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
            return "--out " + out + ": cannot write into the folder: " + reason.toLowerCase(java.util.Locale.ROOT);
        }
        return null;
    }

    private static String at(FileSystemException e, String out) {
        return e.getFile() != null && !e.getFile().equals(out) ? " (at " + e.getFile() + ")" : "";
    }
}
