package org.newsfuse.cluster;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newsfuse.text.StopWords;

/**
 * The analysis chain for clustering features: Unicode word tokens → possessive "'s" dropped →
 * lower case → function words (our {@link StopWords}) and one-letter tokens dropped → Porter stem.
 * The order of the filters is the whole configuration.
 */
public final class ContentAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new FunctionWordFilter(ts);
        ts = new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    /** Drops stop words and tokens of one character. */
    static final class FunctionWordFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FunctionWordFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            return term.length() > 1 && !StopWords.is(term.toString());
        }
    }
}
