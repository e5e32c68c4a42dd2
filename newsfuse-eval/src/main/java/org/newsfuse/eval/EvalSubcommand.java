package org.newsfuse.eval;

/**
 * One {@code newsfuse eval NAME} subcommand, found with {@link java.util.ServiceLoader} (list the
 * implementing class in {@code META-INF/services/org.newsfuse.eval.EvalSubcommand}).
 */
public interface EvalSubcommand {
    /** A picocli command object. */
    Object command();
}
