package org.newsfuse.eval.duc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A DUC multi-document summarization data set laid out as in {@code shared/eval/duc2004}: one
 * folder per cluster holding {@code docs/}, {@code refs/} and {@code peers/}, plus the reference
 * scorer's figures ({@value #OFFICIAL_SCORES}) at the top. The data are third-party: they are read
 * from where they lie, never copied into the project.
 */
public final class DucCorpus {

    /** The file of ROUGE-1.5.5's per-cluster figures, at the corpus root. */
    public static final String OFFICIAL_SCORES = "official-rouge155-per-cluster.tsv";

    /** System property naming the {@code shared} folder explicitly. */
    public static final String SHARED_PROPERTY = "newsfuse.shared";

    private final Path root;

    private DucCorpus(Path root) {
        this.root = root;
    }

    /** Opens the corpus at {@code root} (the folder holding the cluster folders). */
    public static DucCorpus open(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("not a folder: " + root);
        }
        return new DucCorpus(root);
    }

    /**
     * Finds {@code shared/eval/duc2004}: under the folder named by the system property
     * {@value #SHARED_PROPERTY} if set, else as a {@code shared} folder beside the working
     * directory or beside any of its parents (a checkout at {@code X/main} finds {@code X/shared}).
     */
    public static Optional<Path> locateDuc2004() {
        return locate(Path.of("eval", "duc2004"));
    }

    /** Finds {@code relative} inside the shared folder, as {@link #locateDuc2004()} does. */
    public static Optional<Path> locate(Path relative) {
        String property = System.getProperty(SHARED_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path candidate = Path.of(property).resolve(relative);
            return Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve(relative);
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            candidate = dir.resolve("shared").resolve(relative);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The corpus root. */
    public Path root() {
        return root;
    }

    /** The clusters (every sub-folder holding a {@code refs} folder), by id. */
    public List<DucCluster> clusters() {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isDirectory(p.resolve("refs")))
                    .sorted()
                    .map(DucCluster::new)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cluster by id. */
    public DucCluster cluster(String id) {
        Path dir = root.resolve(id);
        if (!Files.isDirectory(dir.resolve("refs"))) {
            throw new IllegalArgumentException("no cluster " + id + " in " + root);
        }
        return new DucCluster(dir);
    }

    /** The reference scorer's per-cluster figures, when the corpus has them. */
    public Optional<Path> officialScores() {
        Path file = root.resolve(OFFICIAL_SCORES);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
