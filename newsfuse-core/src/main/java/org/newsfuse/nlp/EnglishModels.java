package org.newsfuse.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English UD models, loaded once from the classpath (the opennlp-models-*-en jars) and
 * shared: models are thread-safe, the taggers made from them are not (see {@link Nlp}).
 *
 * <p>{@link #tokenizer()} and {@link #pos()} are the models as shipped with two speed settings
 * changed (issue 13): the tokenizer's alphanumeric optimisation on (a white-space piece made of
 * ASCII letters and digits only is one token without asking the model; 0.33–0.40× the time) and
 * the tagger's beam size 1 instead of the model's 3 (greedy decoding; 0.41–0.53× the time, no tag
 * changed on 2.1 million tokens of real news). {@link #shippedTokenizer()} and {@link #shippedPos()}
 * are the models with their own settings, for comparisons.
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
        static final TokenizerModel FAST_TOKENIZER = alphanumericOptimised(TOKENIZER);
        static final POSModel GREEDY_POS = withBeamSize(POS_MODEL, 1);
    }

    public static SentenceModel sentences() {
        return Holder.SENTENCES;
    }

    /** The tokenizer model with the alphanumeric optimisation on. */
    public static TokenizerModel tokenizer() {
        return Holder.FAST_TOKENIZER;
    }

    /** The part-of-speech model decoded greedily (beam size 1). */
    public static POSModel pos() {
        return Holder.GREEDY_POS;
    }

    /** The tokenizer model with its shipped settings (alphanumeric optimisation off). */
    public static TokenizerModel shippedTokenizer() {
        return Holder.TOKENIZER;
    }

    /** The part-of-speech model with its shipped beam size (3). */
    public static POSModel shippedPos() {
        return Holder.POS_MODEL;
    }

    private static TokenizerModel alphanumericOptimised(TokenizerModel m) {
        TokenizerFactory f = m.getFactory();
        return new TokenizerModel(m.getMaxentModel(), Map.of(), new TokenizerFactory(f.getLanguageCode(),
                f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
    }

    private static POSModel withBeamSize(POSModel m, int beam) {
        MaxentModel maxent = m.getArtifact("pos.model");
        return new POSModel(m.getLanguage(), maxent, beam, Map.of(), m.getFactory());
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
