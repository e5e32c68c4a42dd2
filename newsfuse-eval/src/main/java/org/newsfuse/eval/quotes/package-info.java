/**
 * {@code newsfuse eval quotes}: PolNeAR attribution (who said what) scored on newsfuse's quote
 * extraction. {@link org.newsfuse.eval.quotes.PolnearCorpus} reads the brat standoff annotations;
 * {@link org.newsfuse.eval.quotes.AttributionScorer} matches predicted and gold contents by word
 * overlap and checks speakers; {@link org.newsfuse.eval.quotes.QuotesEval} runs the product stages
 * on every text, prints the table and writes docs/benchmarks.md.
 */
package org.newsfuse.eval.quotes;
