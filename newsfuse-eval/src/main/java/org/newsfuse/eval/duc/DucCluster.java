package org.newsfuse.eval.duc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One DUC topic cluster on disk: {@code docs/D*.txt} (the source articles), {@code refs/*.txt}
 * (human summaries, one sentence per line) and {@code peers/<System>.txt} (system summaries).
 * Files are read on each call, as UTF-8.
 */
public final class DucCluster {

    private final String id;
    private final Path dir;

    DucCluster(Path dir) {
        this.dir = dir;
        this.id = dir.getFileName().toString();
    }

    /** The cluster id, e.g. {@code d30001}. */
    public String id() {
        return id;
    }

    /** The cluster's folder. */
    public Path dir() {
        return dir;
    }

    /** The source documents in numeric order (D1, D2, … D10). */
    public List<DucDocument> documents() {
        List<DucDocument> out = new ArrayList<>();
        for (Path file : files("docs")) {
            out.add(new DucDocument(baseName(file), paragraphs(readLines(file))));
        }
        return out;
    }

    /**
     * The reference summaries by name ({@code a}, {@code b}, …), each as its non-blank lines, kept
     * as they are in the file (ROUGE's word count sees leading whitespace, so it is not trimmed).
     */
    public Map<String, List<String>> references() {
        return summaries("refs");
    }

    /** The peer systems' summaries by system name, each as its non-blank lines, untrimmed. */
    public Map<String, List<String>> peers() {
        return summaries("peers");
    }

    /** The names of the systems with a summary here, sorted. */
    public List<String> systems() {
        return List.copyOf(peers().keySet());
    }

    private Map<String, List<String>> summaries(String sub) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Path file : files(sub)) {
            List<String> lines = new ArrayList<>();
            for (String line : readLines(file)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            out.put(baseName(file), List.copyOf(lines));
        }
        return out;
    }

    /**
     * Joins hard-wrapped lines: consecutive non-blank lines form one paragraph (joined with single
     * spaces, surrounding whitespace dropped); blank lines separate paragraphs.
     */
    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                flush(current, out);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(t);
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    private List<Path> files(String sub) {
        Path folder = dir.resolve(sub);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(DucCluster::baseName, DucCluster::naturalOrder))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    /** Orders names with digits by their number ({@code D2} before {@code D10}), then by text. */
    static int naturalOrder(String a, String b) {
        String pa = a.replaceAll("\\d+$", "");
        String pb = b.replaceAll("\\d+$", "");
        if (pa.equals(pb) && !pa.equals(a) && !pb.equals(b)) {
            int c = Long.compare(Long.parseLong(a.substring(pa.length())), Long.parseLong(b.substring(pb.length())));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return "DucCluster[" + id + "]";
    }
}
