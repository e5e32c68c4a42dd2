package org.newsfuse.eval.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Finds {@code shared/eval/extraction} (third-party data kept outside the repository): the system
 * property {@code newsfuse.shared} (the folder holding {@code eval/}), else the first
 * {@code shared/eval/extraction} found walking up from the working directory.
 */
public final class SharedData {
    /** The sub-path under the shared folder. */
    public static final String EXTRACTION = "eval/extraction";

    private SharedData() {
    }

    /** The extraction data folder, if present. */
    public static Optional<Path> locateExtraction() {
        String prop = System.getProperty("newsfuse.shared");
        if (prop != null) {
            Path p = Path.of(prop).resolve(EXTRACTION);
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("shared").resolve(EXTRACTION);
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The bytes of a file, gunzipped when its name ends in {@code .gz}. */
    static byte[] readMaybeGzipped(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
