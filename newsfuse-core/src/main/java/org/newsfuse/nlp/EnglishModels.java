package org.newsfuse.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English UD models, loaded once from the classpath (the opennlp-models-*-en jars) and
 * shared: models are thread-safe, the taggers made from them are not (see {@link Nlp}).
 */
public final class EnglishModels {
    private EnglishModels() {
    }

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Holder {
        static final SentenceModel SENTENCES = load(SENTENCE, SentenceModel::new);
        static final TokenizerModel TOKENIZER = load(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = load(POS, POSModel::new);
    }

    public static SentenceModel sentences() {
        return Holder.SENTENCES;
    }

    public static TokenizerModel tokenizer() {
        return Holder.TOKENIZER;
    }

    public static POSModel pos() {
        return Holder.POS_MODEL;
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String name, Loader<T> loader) {
        try (InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name
                        + " is not on the classpath (the opennlp-models-*-en 1.3.0 jars are missing)");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + name, e);
        }
    }
}
