package org.newsfuse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Raw term weights of a document, before IDF: every stemmed content word of the title and text
 * ({@link ContentAnalyzer}), a capitalised word inside a sentence (a name, most often) weighted
 * {@code nameBoost}, a word of the title or of the first {@code leadWords} words weighted
 * {@code leadBoost}; names given by an entities stage add a whole-name term each. Thread-safe.
 */
public final class FeatureExtractor {
    private final Analyzer analyzer = new ContentAnalyzer();
    private final double nameBoost;
    private final double leadBoost;
    private final int leadWords;

    public FeatureExtractor(double nameBoost, double leadBoost, int leadWords) {
        this.nameBoost = nameBoost;
        this.leadBoost = leadBoost;
        this.leadWords = leadWords;
    }

    /**
     * The features of one document.
     *
     * @param words term → raw weight (a boosted count) over every content word
     * @param names name → count: the names an entities stage found (whole, lower case), or, when
     *              none was given, the capitalised words inside sentences (stemmed)
     * @param years distinct years (1900-2099) the title and text name, ascending
     */
    public record Features(Map<String, Double> words, Map<String, Double> names, int[] years) {
    }

    /** Term → raw weight (a boosted count). */
    public Map<String, Double> weights(ClusterDocument d) {
        return features(d).words();
    }

    public Features features(ClusterDocument d) {
        Map<String, Double> out = new HashMap<>();
        Map<String, Double> nameLike = new HashMap<>();
        if (d.title() != null) {
            add(d.title(), false, Integer.MAX_VALUE, out, null);
        }
        add(d.text(), true, leadWords, out, d.names().isEmpty() ? nameLike : null);
        Map<String, Double> names = nameLike;
        if (!d.names().isEmpty()) {
            names = new HashMap<>();
            for (String name : d.names()) {
                String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
                if (!key.isEmpty()) {
                    names.merge(key, 1.0, Double::sum);
                }
            }
        }
        return new Features(out, names, years(d));
    }

    /** A year: four digits 1900-2099 standing alone (not part of a longer number, a price or a decimal). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,$£€])(19\\d\\d|20\\d\\d)(?![\\d,%]|\\.\\d)");

    static int[] years(ClusterDocument d) {
        TreeSet<Integer> ys = new TreeSet<>();
        for (String t : new String[] {d.title(), d.text()}) {
            if (t == null) {
                continue;
            }
            Matcher m = YEAR.matcher(t);
            while (m.find()) {
                ys.add(Integer.parseInt(m.group(1)));
            }
        }
        return ys.stream().mapToInt(Integer::intValue).toArray();
    }

    private void add(String text, boolean findNames, int lead, Map<String, Double> out, Map<String, Double> nameLike) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int n = 0;
            while (ts.incrementToken()) {
                double w = 1;
                if (findNames && isNameLike(text, off.startOffset())) {
                    w *= nameBoost;
                    if (nameLike != null) {
                        nameLike.merge(term.toString(), 1.0, Double::sum);
                    }
                }
                if (n < lead) {
                    w *= leadBoost;
                }
                n++;
                out.merge(term.toString(), w, Double::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A capitalised word that does not open a sentence or a line. */
    static boolean isNameLike(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return !(c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201c' || c == '\''
                || c == '\u2018' || c == ':' || c == '-' || c == '\u2014' || c == '`');
    }
}
