/**
 * Evaluation of main-text extraction from news HTML on the two public benchmarks kept in
 * {@code ../shared/eval/extraction}: readers for the Zyte/scrapinghub article-extraction benchmark
 * ({@link org.newsfuse.eval.extraction.ScrapinghubSet}) and the Fundus benchmark
 * ({@link org.newsfuse.eval.extraction.FundusSet}); their metrics, reproduced so that they give the
 * published figures from the published peer outputs (the scrapinghub 4-gram shingle F1,
 * {@link org.newsfuse.eval.extraction.ShingleScorer}, and Fundus's ROUGE-LSum,
 * {@link org.newsfuse.eval.extraction.RougeLsumScorer}); and the runner
 * {@link org.newsfuse.eval.extraction.ExtractionEval}, which scores newsfuse's extractor, the
 * published peer outputs and the peers we can run live in the JVM (readability4j, boilerpipe) in one
 * table with F1, precision, recall and the median milliseconds per page.
 */
package org.newsfuse.eval.extraction;
