package org.newsfuse.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns a summary (its lines, one sentence per line) into the tokens ROUGE-1.5.5 counts.
 *
 * <p>The steps and their order are those of the reference script:
 * <ol>
 *   <li>Each line is lower-cased (ASCII letters only); empty lines are skipped.</li>
 *   <li>The length limit is applied to the raw lines: for a word limit, words are the
 *       whitespace-separated pieces of a line (a line starting with whitespace counts one extra,
 *       empty, word, as Perl's {@code split} does); sentences are taken whole while the running
 *       count stays below the limit, and the sentence that reaches it is cut to fill it exactly.</li>
 *   <li>{@code -} is set apart, every character other than ASCII letters, digits and {@code -}
 *       becomes a space, and whitespace is collapsed.</li>
 *   <li>Tokens are split on whitespace; stop words are dropped (only when a stop-word list is
 *       configured); only tokens starting with a letter or digit are kept, which drops the
 *       {@code -} tokens; tokens longer than three characters are stemmed when stemming is on:
 *       looked up in the irregular-form table ({@link StemExceptions}), else Porter-stemmed
 *       ({@link PorterStemmer}).</li>
 * </ol>
 * Text is handled as the bytes of its UTF-8 encoding, as the Perl script reads files, so every
 * non-ASCII byte is punctuation to ROUGE and byte limits count bytes.
 */
public final class RougeTokenizer {

    /** Perl's {@code \s} on byte strings. */
    private static final Pattern PERL_SPACES = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
    private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^A-Za-z0-9\\-]");

    private final boolean stemming;
    private final Set<String> stopWords;
    private final Map<String, String> stemExceptions;
    private final PorterStemmer stemmer = new PorterStemmer();
    /** Stems already computed: stemming is most of the cost of scoring. Bounded by clearing. */
    private final Map<String, String> stemCache = new ConcurrentHashMap<>();
    private static final int STEM_CACHE_LIMIT = 200_000;

    /**
     * @param stemming       stem tokens longer than three characters ({@code -m})
     * @param stopWords      tokens to drop ({@code -s}); empty to keep every token
     * @param stemExceptions irregular forms mapped instead of Porter-stemmed (see
     *                       {@link StemExceptions}); empty for plain Porter
     */
    public RougeTokenizer(boolean stemming, Set<String> stopWords, Map<String, String> stemExceptions) {
        this.stemming = stemming;
        this.stopWords = Set.copyOf(stopWords);
        this.stemExceptions = Map.copyOf(stemExceptions);
    }

    /**
     * The whole summary as one token list, read as ROUGE reads it for n-gram counts.
     *
     * @param lines the summary, one sentence per element (an element holding line breaks counts
     *              as several lines)
     */
    public List<String> tokens(List<String> lines, LengthLimit limit) {
        String text = readText(lines(lines), limit);
        return text == null ? List.of() : tokenize(text);
    }

    /**
     * The summary as one token list per sentence, read as ROUGE reads it for ROUGE-L (the same
     * truncation, except the byte-limit quirk described at {@link #readSentences}).
     */
    public List<List<String>> sentenceTokens(List<String> lines, LengthLimit limit) {
        List<List<String>> out = new ArrayList<>();
        for (String sentence : readSentences(lines(lines), limit)) {
            out.add(tokenize(clean(sentence)));
        }
        return out;
    }

    /** The tokens of one already cleaned text: split, stop words dropped, filtered and stemmed. */
    List<String> tokenize(String cleaned) {
        List<String> out = new ArrayList<>();
        for (String token : perlSplit(cleaned)) {
            if (stopWords.contains(token) || token.isEmpty()) {
                continue;
            }
            char first = token.charAt(0);
            boolean startsWithWordChar = (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9')
                    || first == '$';
            if (!startsWithWordChar) {
                continue;
            }
            out.add(stemming && token.length() > 3 ? morphStem(token) : token);
        }
        return out;
    }

    /** ROUGE's {@code MorphStem}: the exception table first, else the Porter stemmer. */
    private String morphStem(String token) {
        String cached = stemCache.get(token);
        if (cached != null) {
            return cached;
        }
        String base = stemExceptions.get(token);
        String stem = base != null ? base : stemmer.stem(token);
        if (stemCache.size() >= STEM_CACHE_LIMIT) {
            stemCache.clear();
        }
        stemCache.put(token, stem);
        return stem;
    }

    /** Non-empty lines, as bytes in a Latin-1 string, ASCII lower-cased. */
    private static List<String> lines(List<String> elements) {
        List<String> out = new ArrayList<>();
        for (String element : elements) {
            for (String line : element.split("\n", -1)) {
                if (!line.isEmpty()) {
                    out.add(lowerAscii(new String(line.getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.ISO_8859_1)));
                }
            }
        }
        return out;
    }

    /** {@code readText}: the truncated summary as one cleaned string, or null when empty. */
    private static String readText(List<String> lines, LengthLimit limit) {
        String text;
        switch (limit.unit()) {
            case NONE -> text = String.join(" ", lines);
            case WORDS -> {
                StringBuilder sb = new StringBuilder();
                int count = 0;
                for (String s : lines) {
                    String[] words = perlSplit(s);
                    if (count + words.length < limit.value()) {
                        if (count != 0) {
                            sb.append(' ');
                        }
                        sb.append(s);
                        count += words.length;
                    } else {
                        if (count > 0) {
                            sb.append(' ');
                        }
                        sb.append(String.join(" ", Arrays.copyOf(words, limit.value() - count)));
                        break;
                    }
                }
                text = sb.length() > 0 ? sb.toString() : null;
            }
            case BYTES -> {
                StringBuilder sb = new StringBuilder();
                int count = 0;
                for (String s : lines) {
                    if (count + s.length() < limit.value()) {
                        if (count != 0) {
                            sb.append(' ');
                        }
                        sb.append(s);
                        count += s.length();
                    } else {
                        if (count > 0) {
                            sb.append(' ');
                        }
                        sb.append(s, 0, limit.value() - count);
                        break;
                    }
                }
                text = sb.length() > 0 ? sb.toString() : null;
            }
            default -> throw new AssertionError(limit);
        }
        return text == null ? null : clean(text);
    }

    /**
     * {@code readText_LCS}: the truncated summary as sentences (not yet cleaned). With a byte
     * limit ROUGE-1.5.5 never adds up the bytes taken so far, so it keeps every sentence shorter
     * than the limit and cuts the first longer one; that quirk is reproduced.
     */
    private static List<String> readSentences(List<String> lines, LengthLimit limit) {
        List<String> out = new ArrayList<>();
        switch (limit.unit()) {
            case NONE -> out.addAll(lines);
            case WORDS -> {
                int count = 0;
                for (String s : lines) {
                    String[] words = perlSplit(s);
                    if (count + words.length < limit.value()) {
                        count += words.length;
                        out.add(s);
                    } else {
                        out.add(String.join(" ", Arrays.copyOf(words, limit.value() - count)));
                        break;
                    }
                }
            }
            case BYTES -> {
                for (String s : lines) {
                    if (s.length() < limit.value()) {
                        out.add(s);
                    } else {
                        out.add(s.substring(0, limit.value()));
                        break;
                    }
                }
            }
            default -> throw new AssertionError(limit);
        }
        return out;
    }

    /** Sets {@code -} apart, turns other non-word characters into spaces, collapses whitespace. */
    private static String clean(String text) {
        String t = text.replace("-", " - ");
        t = NOT_WORD_CHAR.matcher(t).replaceAll(" ");
        return PERL_SPACES.matcher(t.strip()).replaceAll(" ").strip();
    }

    /** Perl's {@code split(/\s+/, s)}: a leading empty field is kept, trailing ones dropped. */
    static String[] perlSplit(String s) {
        if (s.isEmpty()) {
            return new String[0];
        }
        return PERL_SPACES.split(s);
    }

    private static String lowerAscii(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
