package org.newsfuse.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PolNeAR in brat standoff: {@code SPLIT/text/NAME.txt} and {@code SPLIT/attributions/NAME_ANNOTATOR.ann}.
 * {@code T} lines are spans (Source, Cue, Content, Attribution, ...; discontinuous spans joined by
 * ";"), {@code E} lines tie one attribution's Content (and Content2 …), Cue and Source. A text may
 * have several annotators' files: each is kept, and the scorer weighs each annotator 1/n.
 */
public final class PolnearCorpus {
    private static final Pattern ANN = Pattern.compile("(.+)_([0-9a-f]{4})\\.ann");

    /** A character span. */
    public record Span(int start, int end) {
    }

    /** One gold attribution. */
    public record Gold(List<Span> content, List<Span> cue, String cueText, List<Span> source, String sourceText,
            String contentText) {
    }

    /** One text with each annotator's attributions. */
    public record Doc(String name, String text, Map<String, List<Gold>> byAnnotator) {
    }

    private PolnearCorpus() {
    }

    public static List<Doc> read(Path splitDir) throws IOException {
        Map<String, Map<String, Path>> anns = new TreeMap<>();
        try (Stream<Path> files = Files.list(splitDir.resolve("attributions"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = ANN.matcher(p.getFileName().toString());
                if (m.matches()) {
                    anns.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), p);
                }
            }
        }
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> e : anns.entrySet()) {
            Path txt = splitDir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) {
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            Map<String, List<Gold>> by = new TreeMap<>();
            for (Map.Entry<String, Path> a : e.getValue().entrySet()) {
                by.put(a.getKey(), parse(text, Files.readAllLines(a.getValue(), StandardCharsets.UTF_8)));
            }
            docs.add(new Doc(e.getKey(), text, by));
        }
        return docs;
    }

    static List<Gold> parse(String text, List<String> lines) {
        Map<String, List<Span>> spans = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f.length < 2) {
                continue;
            }
            if (f[0].startsWith("T")) {
                int sp = f[1].indexOf(' ');
                if (sp < 0) {
                    continue;
                }
                List<Span> s = new ArrayList<>();
                for (String part : f[1].substring(sp + 1).split(";")) {
                    String[] o = part.trim().split("\\s+");
                    int a = Integer.parseInt(o[0]);
                    int b = Integer.parseInt(o[1]);
                    if (a >= 0 && b <= text.length() && a < b) {
                        s.add(new Span(a, b));
                    }
                }
                spans.put(f[0], s);
                texts.put(f[0], f.length > 2 ? f[2] : "");
            } else if (f[0].startsWith("E")) {
                events.add(f[1].trim().split("\\s+"));
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String[] ev : events) {
            List<Span> content = new ArrayList<>();
            StringBuilder contentText = new StringBuilder();
            List<Span> cue = List.of();
            String cueText = "";
            List<Span> source = List.of();
            String sourceText = null;
            for (String kv : ev) {
                int c = kv.indexOf(':');
                if (c < 0) {
                    continue;
                }
                String role = kv.substring(0, c);
                String id = kv.substring(c + 1);
                List<Span> s = spans.getOrDefault(id, List.of());
                if (role.startsWith("Content")) {
                    content.addAll(s);
                    for (Span x : s) {
                        contentText.append(text, x.start(), x.end()).append(' ');
                    }
                } else if (role.equals("Cue")) {
                    cue = s;
                    cueText = texts.getOrDefault(id, "");
                } else if (role.startsWith("Source")) {
                    source = s;
                    sourceText = texts.get(id);
                }
            }
            if (!content.isEmpty()) {
                content.sort((x, y) -> Integer.compare(x.start(), y.start()));
                out.add(new Gold(content, cue, cueText, source, sourceText, contentText.toString().strip()));
            }
        }
        return out;
    }
}
