package org.newsfuse.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The irregular forms ROUGE-1.5.5 maps before Porter stemming ({@code said → say},
 * {@code fought → fight}, {@code children → child}, {@code were → be}, …).
 *
 * <p>With {@code -m}, ROUGE-1.5.5 does not call the Porter stemmer directly: every token longer
 * than three characters is first looked up in its {@code WordNet-2.0.exc.db}, built from WordNet's
 * morphological exception lists ({@code adj.exc}, {@code adv.exc}, {@code noun.exc},
 * {@code verb.exc}); a token found there becomes the first base form listed for it, and only other
 * tokens are Porter-stemmed. The reference DUC figures cannot be reproduced without it (about 280
 * of the 650 rows differ by a hit or more).
 *
 * <p>No WordNet text is kept in this project. {@link #rouge155()} reads the exception lists of
 * WordNet 2.1 from the {@code net.sf.extjwnl:extjwnl-data-wn21} artifact on the class path (the
 * nearest release published to Maven Central) and drops the entries known to be new in 2.1
 * ({@link #NOT_IN_WORDNET_20}); {@link #read(Path)} reads the lists from a folder instead, e.g.
 * ROUGE's own {@code data/WordNet-2.0-Exceptions}.
 */
public final class StemExceptions {

    /** Where extjwnl-data-wn21 keeps the WordNet 2.1 exception lists. */
    static final String WN21_RESOURCES = "/net/sf/extjwnl/data/wordnet/wn21/";

    /**
     * The order in which the lists are loaded; a later list overrides an earlier one for a form
     * listed in both. ROUGE's database has {@code best → good} and {@code better → good}, so the
     * adjective list must come after the adverb list (the only conflicts that can matter).
     */
    static final List<String> FILES = List.of("verb.exc", "noun.exc", "adv.exc", "adj.exc");

    /**
     * Forms listed in WordNet 2.1 but absent from ROUGE-1.5.5's WordNet 2.0 database, as found by
     * the reference figures: {@code offer} ({@code adj.exc} of 2.1 maps it to {@code off}, which
     * would cost ROUGE-1/-2 hits that the reference script gives).
     */
    static final Set<String> NOT_IN_WORDNET_20 = Set.of("offer");

    private static volatile Map<String, String> rouge155;

    private StemExceptions() {
    }

    /**
     * ROUGE-1.5.5's exception table as nearly as it can be rebuilt: WordNet 2.1's lists less the
     * entries new in 2.1. Loaded once; an empty map if extjwnl-data-wn21 is not on the class path.
     */
    public static Map<String, String> rouge155() {
        Map<String, String> m = rouge155;
        if (m == null) {
            synchronized (StemExceptions.class) {
                m = rouge155;
                if (m == null) {
                    m = loadWordNet21();
                    rouge155 = m;
                }
            }
        }
        return m;
    }

    /**
     * Reads the {@code *.exc} lists in {@code folder} (a missing list is skipped), in the order of
     * {@link #FILES}, as ROUGE's {@code buildExeptionDB.pl} builds its database: each line is
     * {@code form base [base…]}; the first base is kept; a later line overrides an earlier one.
     */
    public static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String name : FILES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                    addLines(r, out);
                }
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> loadWordNet21() {
        Map<String, String> out = new HashMap<>();
        for (String name : FILES) {
            try (InputStream in = StemExceptions.class.getResourceAsStream(WN21_RESOURCES + name)) {
                if (in == null) {
                    return Map.of();
                }
                addLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.keySet().removeAll(NOT_IN_WORDNET_20);
        return Map.copyOf(out);
    }

    private static void addLines(BufferedReader r, Map<String, String> out) throws IOException {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2) {
                out.put(fields[0], fields[1]);
            }
        }
    }
}
