/**
 * {@code newsfuse eval claims}: audits every coverage claim (exclusive, omission) and every
 * disagreement a run makes against the full input texts, with a stricter, slower matcher written
 * apart from the product's (its own sentence splitter, tokens, stems and thresholds; raw input
 * texts, not the cleaned articles), and reports the share it cannot confirm.
 */
package org.newsfuse.eval.claims;
