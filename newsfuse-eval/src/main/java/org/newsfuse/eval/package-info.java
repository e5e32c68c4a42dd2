/**
 * Evaluation: the {@code newsfuse eval ...} commands, each scoring one stage of newsfuse on a
 * public data set (read from ../shared/eval at run time, never copied into the repository) next to
 * the published figures of peer systems. Subcommands arrive through {@link
 * org.newsfuse.eval.EvalSubcommand} service entries, one per evaluation.
 */
package org.newsfuse.eval;
