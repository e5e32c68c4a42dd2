package org.newsfuse.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsfuse.model.Token;

/**
 * Sentence splitting, tokenization, tagging and stemming of English text. One instance per thread
 * ({@link #get()}): OpenNLP's taggers keep state between calls.
 */
public final class Nlp {
    private static final ThreadLocal<Nlp> PER_THREAD = ThreadLocal.withInitial(Nlp::new);

    private final SentenceDetectorME sentences = new SentenceDetectorME(EnglishModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizer());
    private final POSTaggerME tagger = new POSTaggerME(EnglishModels.pos(), POSTagFormat.UD);
    private final PorterStemmer stemmer = new PorterStemmer();

    private Nlp() {
    }

    /** This thread's instance. */
    public static Nlp get() {
        return PER_THREAD.get();
    }

    /** Sentence spans in {@code text}, trimmed of surrounding white space. */
    public List<Span> sentenceSpans(String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences.sentPosDetect(text)) {
            int start = s.getStart();
            int end = s.getEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new Span(start, end));
            }
        }
        return out;
    }

    /**
     * Tokens of {@code text} (offsets shifted by {@code offset}), tagged when {@code tag} is set,
     * each with its lower-cased Porter stem.
     */
    public List<Token> tokens(String text, int offset, boolean tag) {
        Span[] spans = tokenizer.tokenizePos(text);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tag && words.length > 0 ? tagger.tag(words) : null;
        List<Token> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Token(offset + spans[i].getStart(), offset + spans[i].getEnd(), words[i],
                    tags == null ? null : tags[i], stem(words[i])));
        }
        return out;
    }

    /** The lower-cased Porter stem of a word; punctuation and numbers are returned as they are. */
    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.length() < 3 || !Character.isLetter(lower.charAt(0))) {
            return lower;
        }
        return stemmer.stem(lower);
    }
}
