/**
 * ROUGE as the reference ROUGE-1.5.5 Perl script computes it, so that newsfuse's summaries are
 * judged on the same scale as the published DUC figures. {@link org.newsfuse.eval.rouge.Rouge} is
 * the entry point: an immutable configuration mirroring the script's options (n-gram orders,
 * ROUGE-L, {@code -m} stemming, {@code -s} stop words, {@code -l}/{@code -b} length limits,
 * {@code -p} alpha, {@code -f A|B} reference combination) that scores one peer summary against its
 * references. Everything the script does to text is reproduced, including its quirks: lower-casing
 * and punctuation removal, word limits counted on raw whitespace-separated words and applied to
 * peer and references alike, the WordNet irregular-form table consulted before its own variant of
 * the Porter stemmer ({@link org.newsfuse.eval.rouge.StemExceptions},
 * {@link org.newsfuse.eval.rouge.PorterStemmer}), hits and totals summed over references for
 * {@code -f A}, per-evaluation rounding to five decimals, and the bootstrap-resampled averages the
 * script prints ({@link org.newsfuse.eval.rouge.Bootstrap}). It is checked against every
 * per-cluster figure of the script on DUC 2004.
 */
package org.newsfuse.eval.rouge;
