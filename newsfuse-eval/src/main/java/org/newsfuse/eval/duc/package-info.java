/**
 * Readers for DUC-style multi-document summarization data sets as laid out in
 * {@code shared/eval/duc2004}: clusters of source articles (hard-wrapped plain text, returned as
 * paragraphs), human reference summaries and published systems' summaries (one sentence per
 * line), and the reference scorer's per-cluster figures. The data are third-party and read in
 * place: {@link org.newsfuse.eval.duc.DucCorpus#locateDuc2004()} finds them beside the checkout,
 * and callers skip cleanly when they are absent.
 */
package org.newsfuse.eval.duc;
