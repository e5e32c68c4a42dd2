package org.newsfuse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds ../shared (third-party evaluation data, never copied into the repository) or skips the test. */
final class Shared {
    private Shared() {
    }

    static Path require(String sub) {
        String prop = System.getProperty("newsfuse.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, sub))) {
            return Path.of(prop, sub);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("shared").resolve(sub);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        String why = "../shared/" + sub + " not found: skipping (it holds third-party data kept outside the repository)";
        System.err.println("SKIPPED: " + why);
        Assumptions.assumeTrue(false, why);
        return null;
    }
}
