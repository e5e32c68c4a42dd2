package org.newsfuse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    /** Term → raw weight (a boosted count). */
    public Map<String, Double> weights(ClusterDocument d) {
        Map<String, Double> out = new HashMap<>();
        if (d.title() != null) {
            add(d.title(), false, Integer.MAX_VALUE, out);
        }
        add(d.text(), true, leadWords, out);
        for (String name : d.names()) {
            String key = "name:" + name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            out.merge(key, nameBoost, Double::sum);
        }
        return out;
    }

    private void add(String text, boolean findNames, int lead, Map<String, Double> out) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int n = 0;
            while (ts.incrementToken()) {
                double w = 1;
                if (findNames && isNameLike(text, off.startOffset())) {
                    w *= nameBoost;
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
