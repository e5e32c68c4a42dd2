package org.newsfuse.cli;

/**
 * A top-level subcommand contributed by another module (found with {@link java.util.ServiceLoader}).
 * The evaluation commands ({@code newsfuse eval ...}) arrive this way from newsfuse-eval, so that
 * the product jar carries no scorer, data-set reader or peer system.
 */
public interface CommandContribution {
    /** A picocli command object (a class annotated with {@code @Command}). */
    Object command();
}
